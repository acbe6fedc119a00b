import { defineDomain } from "../../kit/domain";
import { measures } from "./messages";

/** Measures (tiltak): the portfolio, codes, status flow, periods, costs and dependencies. */
export const measuresDomain = defineDomain({
  name: "measures",
  messages: [measures],
  navigation: [{ to: "/measures", labelKey: "nav.measures", order: 20 }],
  entityTypes: ["measure"],
});
