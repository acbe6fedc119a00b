import type { TenancyWalk } from "~/kit/tenancy-walk";
import { createGoal, createStrategy } from "./mutations.server";

export const tenancyWalk: TenancyWalk = {
  async seed({ municipality, principal, actor }) {
    const strategy = await createStrategy({
      municipalityId: municipality.id,
      principal,
      input: { title: "B-strategi", periodFrom: 2024, periodTo: 2027 },
      actor,
    });
    const goal = await createGoal({ municipalityId: municipality.id, principal, input: { strategyId: strategy.id, number: "1", title: "B-mål" }, actor });
    return { strategy: strategy.id, goal: goal.id };
  },
  segments: { strategies: "strategy", goals: "goal" },
};
