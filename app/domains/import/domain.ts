import { defineDomain } from "../../kit/domain";
import { importMessages } from "./messages";
import { importColumnsMessages } from "./messages.columns";
import { importReview } from "./messages.review";

/** Importing an existing strategy or action plan (PDF, Word, Excel, CSV, text) through a reviewed draft. */
export const importDomain = defineDomain({
  name: "import",
  messages: [importMessages, importReview, importColumnsMessages],
  navigation: [{ to: "/import", labelKey: "importReview.nav", order: 70, capability: "import.use" }],
});
