import type { Actor } from "~/kit/context";
import { eq } from "drizzle-orm";
import { db, type Transaction } from "~/kit/db.server";
import { goal, strategy } from "~/domains/plan/db";
import { recordChanges } from "~/domains/history/index.server";
import { AppError } from "~/kit/errors";
import { byId, scoped } from "~/kit/tenant-scope.server";
import { assertCan, type Principal } from "~/kit/permissions";
import { parseInput } from "~/kit/validation";
import { updateVersioned } from "~/kit/versioned-update.server";
import type { Goal, Strategy } from "./queries.server";
import { type CreateGoalInput, createGoalSchema, isUuid, type StrategyInput, strategyInputSchema, updateGoalSchema } from "./schema";

export const STRATEGY_HISTORY_FIELDS = ["title", "periodFrom", "periodTo", "adoptedOn", "caseReference", "summary", "focusAreas"] as const;
export const GOAL_HISTORY_FIELDS = ["strategyId", "parentId", "number", "title", "description", "indicator"] as const;

/** What another user saved, sent back with a conflict so the form can show it (plain JSON values). */
export interface StrategySnapshot {
  id: string;
  title: string;
  periodFrom: number;
  periodTo: number;
  adoptedOn: string | null;
  caseReference: string | null;
  summary: string | null;
  focusAreas: string[];
  version: number;
  updatedAt: string;
}

export interface GoalSnapshot {
  id: string;
  strategyId: string;
  parentId: string | null;
  number: string;
  title: string;
  description: string | null;
  indicator: string | null;
  version: number;
  updatedAt: string;
}

function strategySnapshot(row: Strategy): StrategySnapshot {
  return {
    id: row.id,
    title: row.title,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    adoptedOn: row.adoptedOn,
    caseReference: row.caseReference,
    summary: row.summary,
    focusAreas: row.focusAreas,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

function goalSnapshot(row: Goal): GoalSnapshot {
  return {
    id: row.id,
    strategyId: row.strategyId,
    parentId: row.parentId,
    number: row.number,
    title: row.title,
    description: row.description,
    indicator: row.indicator,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

function conflict(current: StrategySnapshot | GoalSnapshot): AppError {
  return new AppError("conflict", { messageRef: { key: "plan.conflict" }, details: { current } });
}

// ── Strategies ──────────────────────────────────────────────────────────────

export async function createStrategy({
  municipalityId,
  principal,
  input,
  actor,
}: {
  municipalityId: string;
  principal: Principal;
  input: unknown;
  actor: Actor;
}): Promise<Strategy> {
  assertCan(principal, "plan.edit");
  const data = parseInput(strategyInputSchema, input);
  return db().transaction((tx) => insertStrategy({ tx, municipalityId, data, actor }));
}

/** Inserts a validated strategy and its history in the caller's transaction. */
export async function insertStrategy({
  tx,
  municipalityId,
  data,
  actor,
}: {
  tx: Transaction;
  municipalityId: string;
  data: StrategyInput;
  actor: Actor;
}): Promise<Strategy> {
  const [row] = await tx
    .insert(strategy)
    .values({ ...data, municipalityId })
    .returning();
  await recordChanges({ tx, municipalityId, entityType: "strategy", entityId: row.id, before: null, after: row, fields: STRATEGY_HISTORY_FIELDS, actor });
  return row;
}

/**
 * Saves a strategy edited from `version`. A stale version throws conflict (with the current values in
 * details.current) and writes nothing; a successful save bumps the version.
 */
export async function updateStrategy({
  municipalityId,
  principal,
  id,
  input,
  version,
  actor,
}: {
  municipalityId: string;
  principal: Principal;
  id: string;
  input: unknown;
  version: number;
  actor: Actor;
}): Promise<Strategy> {
  assertCan(principal, "plan.edit");
  if (!isUuid(id)) throw new AppError("not_found");
  const data = parseInput(strategyInputSchema, input);
  return updateVersioned({
    table: strategy,
    municipalityId,
    id,
    version,
    values: data,
    conflict: (current) => conflict(strategySnapshot(current)),
    record: (before, after, tx) =>
      recordChanges({ tx, municipalityId, entityType: "strategy", entityId: id, before, after, fields: STRATEGY_HISTORY_FIELDS, actor }),
  });
}

// ── Goals ───────────────────────────────────────────────────────────────────

function numberTaken(): AppError {
  return new AppError("validation", { fieldErrors: { number: { key: "plan.goalNumberTaken" } } });
}

function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 4; depth++) {
    if (typeof e === "object" && (e as { code?: unknown }).code === "23505") return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

async function assertNumberFree(
  tx: Transaction,
  { municipalityId, strategyId, number, exceptId }: { municipalityId: string; strategyId: string; number: string; exceptId?: string },
) {
  const rows = await tx
    .select({ id: goal.id })
    .from(goal)
    .where(scoped(goal, municipalityId, eq(goal.strategyId, strategyId), eq(goal.number, number)));
  if (rows.some((r) => r.id !== exceptId)) throw numberTaken();
}

/**
 * The parent must be a goal of the same strategy and municipality, and (when `goalId` is set, i.e. editing)
 * must not be the goal itself or one of its descendants.
 */
async function assertValidParent(
  tx: Transaction,
  { municipalityId, strategyId, parentId, goalId }: { municipalityId: string; strategyId: string; parentId: string; goalId?: string },
) {
  const rows = await tx
    .select({ id: goal.id, parentId: goal.parentId })
    .from(goal)
    .where(scoped(goal, municipalityId, eq(goal.strategyId, strategyId)));
  const parents = new Map(rows.map((r) => [r.id, r.parentId]));
  if (!parents.has(parentId)) {
    throw new AppError("validation", { fieldErrors: { parentId: { key: "plan.parentInvalid" } } });
  }
  if (!goalId) return;
  const seen = new Set<string>();
  for (let at: string | null | undefined = parentId; at; at = parents.get(at)) {
    if (at === goalId || seen.has(at)) {
      throw new AppError("validation", { fieldErrors: { parentId: { key: "plan.parentCycle" } } });
    }
    seen.add(at);
  }
}

export async function createGoal({
  municipalityId,
  principal,
  input,
  actor,
}: {
  municipalityId: string;
  principal: Principal;
  input: unknown;
  actor: Actor;
}): Promise<Goal> {
  assertCan(principal, "plan.edit");
  const data = parseInput(createGoalSchema, input);
  try {
    return await db().transaction((tx) => insertGoal({ tx, municipalityId, data, actor }));
  } catch (error) {
    if (isUniqueViolation(error)) throw numberTaken();
    throw error;
  }
}

/** Inserts a validated goal (its strategy, parent and free number checked) and its history in the caller's transaction. */
export async function insertGoal({
  tx,
  municipalityId,
  data,
  actor,
}: {
  tx: Transaction;
  municipalityId: string;
  data: CreateGoalInput;
  actor: Actor;
}): Promise<Goal> {
  const [owner] = await tx
    .select({ id: strategy.id })
    .from(strategy)
    .where(byId(strategy, { municipalityId, id: data.strategyId }));
  if (!owner) throw new AppError("validation", { fieldErrors: { strategyId: { key: "validation.invalidChoice" } } });
  if (data.parentId) await assertValidParent(tx, { municipalityId, strategyId: data.strategyId, parentId: data.parentId });
  await assertNumberFree(tx, { municipalityId, strategyId: data.strategyId, number: data.number });
  const [row] = await tx
    .insert(goal)
    .values({ ...data, municipalityId })
    .returning();
  await recordChanges({ tx, municipalityId, entityType: "goal", entityId: row.id, before: null, after: row, fields: GOAL_HISTORY_FIELDS, actor });
  return row;
}

/** Saves a goal edited from `version` (conflict and nothing written when stale). The strategy cannot change. */
export async function updateGoal({
  municipalityId,
  principal,
  id,
  input,
  version,
  actor,
}: {
  municipalityId: string;
  principal: Principal;
  id: string;
  input: unknown;
  version: number;
  actor: Actor;
}): Promise<Goal> {
  assertCan(principal, "plan.edit");
  if (!isUuid(id)) throw new AppError("not_found");
  const data = parseInput(updateGoalSchema, input);
  try {
    return await updateVersioned({
      table: goal,
      municipalityId,
      id,
      version,
      values: data,
      conflict: (current) => conflict(goalSnapshot(current)),
      check: async (current, tx) => {
        if (data.parentId) await assertValidParent(tx, { municipalityId, strategyId: current.strategyId, parentId: data.parentId, goalId: id });
        if (data.number !== current.number) await assertNumberFree(tx, { municipalityId, strategyId: current.strategyId, number: data.number, exceptId: id });
      },
      record: (before, after, tx) => recordChanges({ tx, municipalityId, entityType: "goal", entityId: id, before, after, fields: GOAL_HISTORY_FIELDS, actor }),
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw numberTaken();
    throw error;
  }
}

/**
 * Deletes a goal without sub-goals (a goal with sub-goals is a validation error). Links to measures are
 * removed with it. When `version` is given, a stale version throws conflict.
 */
export async function deleteGoal({
  municipalityId,
  principal,
  id,
  version,
  actor,
}: {
  municipalityId: string;
  principal: Principal;
  id: string;
  version?: number;
  actor: Actor;
}): Promise<Goal> {
  assertCan(principal, "plan.edit");
  if (!isUuid(id)) throw new AppError("not_found");
  return db().transaction(async (tx) => {
    const [current] = await tx.select().from(goal).where(byId(goal, { municipalityId, id })).for("update");
    if (!current) throw new AppError("not_found");
    if (version !== undefined && current.version !== version) throw conflict(goalSnapshot(current));
    const children = await tx
      .select({ id: goal.id })
      .from(goal)
      .where(scoped(goal, municipalityId, eq(goal.parentId, id)))
      .limit(1);
    if (children.length > 0) throw new AppError("validation", { messageRef: { key: "plan.goalHasChildren" } });
    await tx.delete(goal).where(byId(goal, { municipalityId, id }));
    await recordChanges({ tx, municipalityId, entityType: "goal", entityId: id, before: current, after: null, fields: GOAL_HISTORY_FIELDS, actor });
    return current;
  });
}
