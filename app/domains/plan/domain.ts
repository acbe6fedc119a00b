import { defineDomain } from "../../kit/domain";
import { plan } from "./messages";

/** Strategies and their goal trees. */
export const planDomain = defineDomain({
  name: "plan",
  messages: [plan],
  navigation: [
    { to: "/goals", labelKey: "nav.goals", order: 40 },
    { to: "/strategies", labelKey: "nav.strategies", order: 50 },
  ],
  entityTypes: ["strategy", "goal"],
});
