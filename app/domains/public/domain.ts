import { defineDomain } from "../../kit/domain";
import { publicPlan } from "./messages";

/** The public plan page for citizens and politicians, and the open data API. */
export const publicDomain = defineDomain({
  name: "public",
  messages: [publicPlan],
  entityTypes: ["public_plan_settings"],
});
