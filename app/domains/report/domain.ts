import { defineDomain } from "../../kit/domain";
import { report } from "./messages";

/** The council report (DOCX and PDF) for a reporting round or a year. */
export const reportDomain = defineDomain({
  name: "report",
  messages: [report],
  navigation: [{ to: "/reports", labelKey: "report.nav", order: 80 }],
});
