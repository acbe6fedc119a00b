import { defineDomain } from "../../kit/domain";
import { benefits } from "./messages";
import { benefitMap } from "./messages.benefit-map";
import { benefitPortfolio } from "./messages.benefit-portfolio";
import { benefitRecords } from "./messages.benefit-records";

/** Benefits realisation: benefits, indicators, measurements, valuation, the portfolio and the benefit map. */
export const benefitsDomain = defineDomain({
  name: "benefits",
  messages: [benefits, benefitPortfolio, benefitMap, benefitRecords],
  navigation: [{ to: "/benefits", labelKey: "benefits.followUp.nav", order: 30 }],
  entityTypes: ["benefit", "indicator", "measurement", "valuation_settings"],
});
