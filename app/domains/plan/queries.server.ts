import { asc, desc, eq, inArray, sql } from "drizzle-orm";
import { db } from "~/kit/db.server";
import { goal, strategy } from "~/domains/plan/db";
import { measure, measureGoal } from "~/domains/measures/index.server";
import { listHistory } from "~/domains/history/index.server";
import { AppError } from "~/kit/errors";
import { byId, scoped } from "~/kit/tenant-scope.server";
import { isUuid } from "./schema";
import { buildGoalTree, type TreeNode } from "./tree";

export type Strategy = typeof strategy.$inferSelect;
export type Goal = typeof goal.$inferSelect;

export interface GoalFields {
  id: string;
  strategyId: string;
  parentId: string | null;
  number: string;
  title: string;
  description: string | null;
  indicator: string | null;
  version: number;
  /** Rows in measure_goal for this goal. */
  measureCount: number;
}

export type GoalNode = TreeNode<GoalFields>;

/** The municipality's strategies, newest period first. */
export async function listStrategies({ municipalityId }: { municipalityId: string }): Promise<Strategy[]> {
  return db()
    .select()
    .from(strategy)
    .where(eq(strategy.municipalityId, municipalityId))
    .orderBy(desc(strategy.periodFrom), desc(strategy.periodTo), asc(strategy.title));
}

/** Throws not_found for an unknown id, a malformed id, or another municipality's strategy. */
export async function getStrategyById({ municipalityId, id }: { municipalityId: string; id: string }): Promise<Strategy> {
  if (!isUuid(id)) throw new AppError("not_found");
  const [row] = await db().select().from(strategy).where(byId(strategy, { municipalityId, id })).limit(1);
  if (!row) throw new AppError("not_found");
  return row;
}

/** Throws not_found for an unknown id, a malformed id, or another municipality's goal. */
export async function getGoalById({ municipalityId, id }: { municipalityId: string; id: string }): Promise<Goal> {
  if (!isUuid(id)) throw new AppError("not_found");
  const [row] = await db().select().from(goal).where(byId(goal, { municipalityId, id })).limit(1);
  if (!row) throw new AppError("not_found");
  return row;
}

/**
 * The goals of the municipality (or of one strategy) as a tree, every level sorted by number naturally,
 * with the number of linked measures per goal. Roots of different strategies are all in the top level.
 */
export async function listGoalTree({ municipalityId, strategyId }: { municipalityId: string; strategyId?: string }): Promise<GoalNode[]> {
  if (strategyId !== undefined && !isUuid(strategyId)) throw new AppError("not_found");
  const rows = await db()
    .select({
      id: goal.id,
      strategyId: goal.strategyId,
      parentId: goal.parentId,
      number: goal.number,
      title: goal.title,
      description: goal.description,
      indicator: goal.indicator,
      version: goal.version,
      measureCount: sql<number>`(select count(*)::int from ${measureGoal} where ${measureGoal.goalId} = ${goal.id})`,
    })
    .from(goal)
    .where(scoped(goal, municipalityId, strategyId ? eq(goal.strategyId, strategyId) : undefined));
  return buildGoalTree(rows.map((row) => ({ ...row, measureCount: Number(row.measureCount) })));
}

export interface GoalMeasure {
  id: string;
  code: string;
  title: string;
  status: (typeof measure.$inferSelect)["status"];
}

const codeCollator = new Intl.Collator("nb", { numeric: true, sensitivity: "base" });

/** Measures linked to a goal, sorted by code ("TF2" before "TF10"). */
export async function listMeasuresForGoal({ municipalityId, goalId }: { municipalityId: string; goalId: string }): Promise<GoalMeasure[]> {
  if (!isUuid(goalId)) throw new AppError("not_found");
  const rows = await db()
    .select({ id: measure.id, code: measure.code, title: measure.title, status: measure.status })
    .from(measureGoal)
    .innerJoin(measure, byId(measure, { municipalityId, id: measureGoal.measureId }))
    .where(scoped(measureGoal, municipalityId, eq(measureGoal.goalId, goalId)))
    .orderBy(asc(measure.code));
  return rows.sort((a, b) => codeCollator.compare(a.code, b.code));
}

/** Field-level history of a strategy, newest first. Throws not_found like `getStrategyById`. */
export async function listStrategyHistory({ municipalityId, id }: { municipalityId: string; id: string }) {
  const row = await getStrategyById({ municipalityId, id });
  return listHistory({ municipalityId, entityType: "strategy", entityId: row.id });
}

/** Field-level history of a goal, newest first. Throws not_found like `getGoalById`. */
export async function listGoalHistory({ municipalityId, id }: { municipalityId: string; id: string }) {
  const row = await getGoalById({ municipalityId, id });
  return listHistory({ municipalityId, entityType: "goal", entityId: row.id });
}

/** Display names ("1.2 Title", strategy title) of the municipality's goals and strategies among `ids`. */
export async function listPlanReferenceNames({ municipalityId, ids }: { municipalityId: string; ids: string[] }): Promise<Record<string, string>> {
  const valid = [...new Set(ids.filter(isUuid))];
  if (valid.length === 0) return {};
  const [goals, strategies] = await Promise.all([
    db()
      .select({ id: goal.id, number: goal.number, title: goal.title })
      .from(goal)
      .where(scoped(goal, municipalityId, inArray(goal.id, valid))),
    db()
      .select({ id: strategy.id, title: strategy.title })
      .from(strategy)
      .where(scoped(strategy, municipalityId, inArray(strategy.id, valid))),
  ]);
  const names: Record<string, string> = {};
  for (const g of goals) names[g.id] = `${g.number} ${g.title}`;
  for (const s of strategies) names[s.id] = s.title;
  return names;
}
