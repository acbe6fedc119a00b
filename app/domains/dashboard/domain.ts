import { defineDomain } from "../../kit/domain";
import { dashboard } from "./messages";

/** The overview dashboard: counts, costs and benefit key figures with charts. */
export const dashboardDomain = defineDomain({
  name: "dashboard",
  messages: [dashboard],
  navigation: [{ to: "/dashboard", labelKey: "nav.dashboard", order: 10 }],
});
