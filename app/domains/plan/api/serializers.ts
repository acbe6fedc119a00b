/**
 * Between the plan's stored rows and the JSON API v1: the representations (camelCase, ISO 8601 dates, no internal
 * columns), typed against the response schemas in ./schemas.ts, and the stored values as input for a partial update.
 */
import { isoDateTime } from "~/kit/api.server";
import type { Goal, GoalMeasure, GoalNode, Strategy } from "~/domains/plan/queries.server";
import type { StrategyInput, UpdateGoalInput } from "~/domains/plan/schema";
import { flattenGoalTree } from "~/domains/plan/tree";
import type { GoalDetailJson, GoalFlatItemJson, GoalJson, GoalNodeJson, StrategyDetailJson, StrategyJson } from "./schemas";

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

export function serializeStrategy(s: Strategy): StrategyJson {
  return {
    id: s.id,
    title: s.title,
    periodFrom: s.periodFrom,
    periodTo: s.periodTo,
    adoptedOn: s.adoptedOn,
    caseReference: s.caseReference,
    summary: s.summary,
    focusAreas: s.focusAreas,
    version: s.version,
    createdAt: isoDateTime(s.createdAt),
    updatedAt: isoDateTime(s.updatedAt),
  };
}

export function serializeGoal(g: Goal): GoalJson {
  return {
    id: g.id,
    strategyId: g.strategyId,
    parentId: g.parentId,
    number: g.number,
    title: g.title,
    description: g.description,
    indicator: g.indicator,
    version: g.version,
    createdAt: isoDateTime(g.createdAt),
    updatedAt: isoDateTime(g.updatedAt),
  };
}

export function serializeGoalDetail(g: Goal, measures: GoalMeasure[]): GoalDetailJson {
  return {
    ...serializeGoal(g),
    measures: measures.map((m) => ({ id: m.id, code: m.code, title: m.title, status: m.status })),
  };
}

function goalNodeFields(node: GoalNode) {
  return {
    id: node.id,
    strategyId: node.strategyId,
    parentId: node.parentId,
    number: node.number,
    title: node.title,
    description: node.description,
    indicator: node.indicator,
    version: node.version,
    measureCount: Number(node.measureCount),
  };
}

export function serializeGoalTree(nodes: GoalNode[]): GoalNodeJson[] {
  return nodes.map((node) => ({ ...goalNodeFields(node), children: serializeGoalTree(node.children) }));
}

export function serializeGoalList(nodes: GoalNode[]): GoalFlatItemJson[] {
  return flattenGoalTree(nodes).map(({ node, depth }) => ({ ...goalNodeFields(node), depth }));
}

export function serializeStrategyDetail(s: Strategy, goals: GoalNode[]): StrategyDetailJson {
  return { ...serializeStrategy(s), goals: serializeGoalTree(goals) };
}
