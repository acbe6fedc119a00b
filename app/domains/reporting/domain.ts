import { defineDomain } from "../../kit/domain";
import { reporting } from "./messages";
import { exportMessages } from "./messages.exports";

/** Status reports per measure, reporting rounds with reminders and snapshots, and the portfolio exports. */
export const reportingDomain = defineDomain({
  name: "reporting",
  messages: [reporting, exportMessages],
  navigation: [{ to: "/reporting", labelKey: "reporting.nav", order: 60, capability: "reporting.view" }],
  entityTypes: ["reporting_round", "status_update"],
});
