import type { Goal, Strategy } from "~/domains/plan/queries.server";
import type { StrategyInput, UpdateGoalInput } from "~/domains/plan/schema";

/** The stored strategy as input, so a partial update (PATCH) can be merged onto it. */
export function strategyToInput(s: Strategy): StrategyInput {
  return {
    title: s.title,
    periodFrom: s.periodFrom,
    periodTo: s.periodTo,
    adoptedOn: s.adoptedOn,
    caseReference: s.caseReference,
    summary: s.summary,
    focusAreas: s.focusAreas,
  };
}

/** The stored goal as update input (the strategy cannot change). */
export function goalToInput(g: Goal): UpdateGoalInput {
  return {
    parentId: g.parentId,
    number: g.number,
    title: g.title,
    description: g.description,
    indicator: g.indicator,
  };
}
