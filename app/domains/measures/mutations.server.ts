import type { Actor } from "~/kit/context";
import { randomUUID } from "node:crypto";
import { eq, inArray, sql } from "drizzle-orm";
import { db, type Transaction } from "~/kit/db.server";
import { goal } from "~/domains/plan/index.server";
import { measure, measureCost, measureDependency, measureGoal, measureStatusEvent } from "~/domains/measures/db";
import { membership, sector } from "~/domains/tenancy/index.server";
import { can, canCreateMeasureWith, canEditMeasure, editsOwnMeasuresOnly, type Principal } from "~/kit/permissions";
import { recordChanges } from "~/domains/history/index.server";
import { AppError, type FieldErrors } from "~/kit/errors";
import { byId, scoped } from "~/kit/tenant-scope.server";
import { parseInput } from "~/kit/validation";
import { updateVersioned } from "~/kit/versioned-update.server";
import { normalizeCode } from "./codes";
import { MEASURE_SNAPSHOT_FIELDS } from "./fields";
import { findCyclePath } from "./dependencies";
import { parsePeriod } from "./period";
import { getMeasureById, isUuid, type MeasureDetail } from "./queries.server";
import { EMPTY_MEASURE, type MeasureInput, measureInputSchema } from "./schema";
import { validateTransition } from "./status";

export const MEASURE_HISTORY_FIELDS = MEASURE_SNAPSHOT_FIELDS;

type Snapshot = Record<(typeof MEASURE_HISTORY_FIELDS)[number], unknown>;

// Outer-query columns written out in full: drizzle leaves columns unqualified in single-table queries,
// and inside these subqueries an unqualified name would bind to the subquery's own tables.
const outer = {
  id: sql.raw('"measure"."id"'),
  sectorId: sql.raw('"measure"."sector_id"'),
  responsibleUserId: sql.raw('"measure"."responsible_user_id"'),
  mergedIntoId: sql.raw('"measure"."merged_into_id"'),
};

/** A readable snapshot for the history: names and codes rather than ids. */
async function snapshotMeasure(tx: Transaction, municipalityId: string, id: string): Promise<Snapshot> {
  const [row] = await tx
    .select({
      m: measure,
      sectorName: sql<string | null>`(select s.name from ${sector} s where s.id = ${outer.sectorId} and s.municipality_id = ${municipalityId})`,
      responsibleUser: sql<string | null>`(select u.name from "user" u where u.id = ${outer.responsibleUserId})`,
      mergedInto: sql<string | null>`(select t.code from ${measure} t where t.id = ${outer.mergedIntoId} and t.municipality_id = ${municipalityId})`,
      goals: sql<
        string[] | null
      >`(select array_agg(g.number order by g.number) from ${measureGoal} mg join ${goal} g on g.id = mg.goal_id and g.municipality_id = mg.municipality_id where mg.measure_id = ${outer.id} and mg.municipality_id = ${municipalityId})`,
      dependsOn: sql<
        string[] | null
      >`(select array_agg(d.code order by d.code) from ${measureDependency} md join ${measure} d on d.id = md.depends_on_id and d.municipality_id = md.municipality_id where md.measure_id = ${outer.id} and md.municipality_id = ${municipalityId})`,
    })
    .from(measure)
    .where(byId(measure, { municipalityId, id }));
  const costs = await tx
    .select({
      amountNok: measureCost.amountNok,
      usedNok: measureCost.usedNok,
      recurrence: measureCost.recurrence,
      year: measureCost.year,
      costType: measureCost.costType,
      fundingSource: measureCost.fundingSource,
      description: measureCost.description,
    })
    .from(measureCost)
    .where(scoped(measureCost, municipalityId, eq(measureCost.measureId, id)))
    .orderBy(measureCost.sortOrder);
  const m = row.m;
  return {
    code: m.code,
    title: m.title,
    description: m.description,
    sector: row.sectorName,
    responsibleText: m.responsibleText,
    responsibleUser: row.responsibleUser,
    userOriented: m.userOriented,
    tags: m.tags,
    status: m.status,
    completedOn: m.completedOn,
    dropReason: m.dropReason,
    mergedInto: row.mergedInto,
    planYear: m.planYear,
    priority: m.priority,
    startPeriod: m.startPeriod,
    endPeriod: m.endPeriod,
    benefitsCitizens: m.benefitsCitizens,
    benefitsEmployees: m.benefitsEmployees,
    benefitsQuantitative: m.benefitsQuantitative,
    published: m.published,
    goals: row.goals ?? [],
    dependsOn: row.dependsOn ?? [],
    costs,
  };
}

function yearBounds(input: MeasureInput): { startYear: number | null; endYear: number | null } {
  const start = input.startPeriod ? parsePeriod(input.startPeriod) : null;
  const end = input.endPeriod ? parsePeriod(input.endPeriod) : null;
  const startYear = start && start.kind !== "continuous" ? start.year : null;
  const endYear = end && end.kind !== "continuous" ? end.year : startYear;
  return { startYear: startYear ?? (end && end.kind !== "continuous" ? end.year : null), endYear };
}

/** Checks that every referenced id belongs to the municipality; unknown ids become field errors. */
async function assertReferences(tx: Transaction, municipalityId: string, input: MeasureInput, selfId: string | null) {
  const errors: FieldErrors = {};
  if (input.sectorId) {
    const [s] = await tx
      .select({ id: sector.id })
      .from(sector)
      .where(byId(sector, { municipalityId, id: input.sectorId }));
    if (!s) errors.sectorId = { key: "validation.invalidChoice" };
  }
  if (input.responsibleUserId) {
    const [m] = await tx
      .select({ id: membership.id })
      .from(membership)
      .where(scoped(membership, municipalityId, eq(membership.userId, input.responsibleUserId)));
    if (!m) errors.responsibleUserId = { key: "validation.invalidChoice" };
  }
  if (input.goalIds.length > 0) {
    const found = await tx
      .select({ id: goal.id })
      .from(goal)
      .where(scoped(goal, municipalityId, inArray(goal.id, input.goalIds)));
    if (found.length !== input.goalIds.length) errors.goalIds = { key: "validation.invalidChoice" };
  }
  const measureIds = [...input.dependsOnIds, ...(input.mergedIntoId ? [input.mergedIntoId] : [])];
  if (measureIds.length > 0) {
    const found = await tx
      .select({ id: measure.id })
      .from(measure)
      .where(scoped(measure, municipalityId, inArray(measure.id, measureIds)));
    const ids = new Set(found.map((f) => f.id));
    if (input.dependsOnIds.some((id) => !ids.has(id))) errors.dependsOnIds = { key: "validation.invalidChoice" };
    if (input.mergedIntoId && !ids.has(input.mergedIntoId)) errors.mergedIntoId = { key: "validation.invalidChoice" };
  }
  if (selfId && input.dependsOnIds.includes(selfId)) errors.dependsOnIds = { key: "measures.dependencySelf" };
  if (Object.keys(errors).length > 0) throw new AppError("validation", { fieldErrors: errors });
}

async function assertCodeFree(tx: Transaction, municipalityId: string, code: string, selfId: string | null) {
  const [clash] = await tx
    .select({ id: measure.id })
    .from(measure)
    .where(scoped(measure, municipalityId, sql`upper(${measure.code}) = upper(${code})`));
  if (clash && clash.id !== selfId) {
    throw new AppError("validation", { fieldErrors: { code: { key: "measures.codeTaken", params: { code } } } });
  }
}

async function assertNoCycle(tx: Transaction, municipalityId: string, selfId: string, dependsOnIds: string[]) {
  if (dependsOnIds.length === 0) return;
  const edges = await tx
    .select({ measureId: measureDependency.measureId, dependsOnId: measureDependency.dependsOnId })
    .from(measureDependency)
    .where(scoped(measureDependency, municipalityId, sql`${measureDependency.measureId} <> ${selfId}`));
  for (const to of dependsOnIds) {
    const path = findCyclePath({ edges, from: selfId, to });
    if (path) {
      const codes = await tx
        .select({ id: measure.id, code: measure.code })
        .from(measure)
        .where(scoped(measure, municipalityId, inArray(measure.id, [...new Set(path)])));
      const codeById = new Map(codes.map((c) => [c.id, c.code]));
      throw new AppError("validation", {
        fieldErrors: { dependsOnIds: { key: "measures.dependencyCycle", params: { path: path.map((p) => codeById.get(p) ?? "?").join(" → ") } } },
      });
    }
    edges.push({ measureId: selfId, dependsOnId: to });
  }
}

export function assertTransition(from: MeasureInput["status"] | null, input: MeasureInput, selfId: string | null) {
  if (from === null) {
    // A new measure may start in any status, but closed ones need their data.
    const result = validateTransition({ from: input.status, to: input.status, ...input, measureId: selfId });
    if (!result.ok) throw new AppError("validation", { fieldErrors: { [result.field]: { key: `measures.transition.${result.code}` } } });
    return;
  }
  const result = validateTransition({ from, to: input.status, ...input, measureId: selfId });
  if (!result.ok) throw new AppError("validation", { fieldErrors: { [result.field]: { key: `measures.transition.${result.code}` } } });
}

/** Contributors propose and report; prioritising and planning is for coordinators and admins. */
function assertContributorLimits(principal: Principal, before: MeasureInput | null, after: MeasureInput) {
  if (can(principal, "measures.plan")) return;
  const restricted = ["prioritised", "planned", "merged"] as const;
  const statusChanged = before === null || before.status !== after.status;
  if (statusChanged && (restricted as readonly string[]).includes(after.status)) {
    throw new AppError("validation", { fieldErrors: { status: { key: "measures.contributorStatus" } } });
  }
  if (before && (before.priority !== after.priority || before.planYear !== after.planYear)) {
    throw new AppError("validation", { fieldErrors: { priority: { key: "measures.contributorPriority" } } });
  }
}

export function cleanedForStatus(input: MeasureInput): MeasureInput {
  return {
    ...input,
    completedOn: input.status === "completed" ? input.completedOn : null,
    dropReason: input.status === "dropped" ? input.dropReason : null,
    mergedIntoId: input.status === "merged" ? input.mergedIntoId : null,
  };
}

async function writeRelations(tx: Transaction, municipalityId: string, id: string, input: MeasureInput) {
  await tx.delete(measureGoal).where(scoped(measureGoal, municipalityId, eq(measureGoal.measureId, id)));
  if (input.goalIds.length > 0) {
    await tx.insert(measureGoal).values(input.goalIds.map((goalId) => ({ measureId: id, goalId, municipalityId })));
  }
  await tx.delete(measureDependency).where(scoped(measureDependency, municipalityId, eq(measureDependency.measureId, id)));
  if (input.dependsOnIds.length > 0) {
    await tx.insert(measureDependency).values(input.dependsOnIds.map((dependsOnId) => ({ measureId: id, dependsOnId, municipalityId })));
  }
  await tx.delete(measureCost).where(scoped(measureCost, municipalityId, eq(measureCost.measureId, id)));
  if (input.costs.length > 0) {
    await tx.insert(measureCost).values(input.costs.map((c, index) => ({ ...c, measureId: id, municipalityId, sortOrder: index })));
  }
}

function columnsFrom(input: MeasureInput) {
  return {
    code: input.code,
    title: input.title,
    description: input.description,
    sectorId: input.sectorId,
    responsibleText: input.responsibleText,
    responsibleUserId: input.responsibleUserId,
    userOriented: input.userOriented,
    tags: input.tags,
    status: input.status,
    completedOn: input.completedOn,
    dropReason: input.dropReason,
    mergedIntoId: input.mergedIntoId,
    planYear: input.planYear,
    priority: input.priority,
    startPeriod: input.startPeriod,
    endPeriod: input.endPeriod,
    ...yearBounds(input),
    benefitsCitizens: input.benefitsCitizens,
    benefitsEmployees: input.benefitsEmployees,
    benefitsQuantitative: input.benefitsQuantitative,
    published: input.published,
  };
}

/** Validates measure input; a taken code is reported together with the other field errors, not after them. */
export async function parseMeasureInput({ municipalityId, input, selfId }: { municipalityId: string; input: unknown; selfId: string | null }) {
  try {
    return parseInput(measureInputSchema, input);
  } catch (error) {
    const code = (input as { code?: unknown }).code;
    if (!(error instanceof AppError) || error.code !== "validation" || error.fieldErrors?.code || typeof code !== "string") throw error;
    const normalized = normalizeCode(code);
    const [clash] = await db()
      .select({ id: measure.id })
      .from(measure)
      .where(scoped(measure, municipalityId, sql`upper(${measure.code}) = upper(${normalized})`));
    if (!clash || clash.id === selfId) throw error;
    throw new AppError("validation", {
      fieldErrors: { code: { key: "measures.codeTaken", params: { code: normalized } }, ...error.fieldErrors },
    });
  }
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return e?.code === "23505" || e?.cause?.code === "23505";
}

export async function createMeasure({
  municipalityId,
  principal,
  actor,
  input,
}: {
  municipalityId: string;
  principal: Principal;
  actor: Actor;
  input: Partial<Record<keyof MeasureInput, unknown>>;
}) {
  const merged = { ...EMPTY_MEASURE, ...input };
  if (editsOwnMeasuresOnly(principal) && !merged.responsibleUserId && principal.userId) merged.responsibleUserId = principal.userId;
  const data = cleanedForStatus(await parseMeasureInput({ municipalityId, input: merged, selfId: null }));
  if (!canCreateMeasureWith(principal, { sectorId: data.sectorId, status: data.status })) {
    throw new AppError(!can(principal, "measures.propose") ? "forbidden" : "validation", {
      fieldErrors: !can(principal, "measures.plan") ? { status: { key: "measures.contributorStatus" } } : { sectorId: { key: "measures.sectorNotAllowed" } },
    });
  }
  assertTransition(null, data, null);
  try {
    const id = await db().transaction((tx) => insertMeasure({ tx, municipalityId, data, actor }));
    return getMeasureById({ municipalityId, id });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("validation", { fieldErrors: { code: { key: "measures.codeTaken", params: { code: data.code } } }, cause: error });
    }
    throw error;
  }
}

/**
 * Inserts a validated measure with its relations, first status event and history, in the caller's transaction
 * (creating one measure and committing an import share it).
 */
export async function insertMeasure({
  tx,
  municipalityId,
  data,
  actor,
}: {
  tx: Transaction;
  municipalityId: string;
  data: MeasureInput;
  actor: Actor;
}): Promise<string> {
  await assertCodeFree(tx, municipalityId, data.code, null);
  await assertReferences(tx, municipalityId, data, null);
  const [row] = await tx
    .insert(measure)
    .values({ ...columnsFrom(data), municipalityId })
    .returning({ id: measure.id });
  await assertNoCycle(tx, municipalityId, row.id, data.dependsOnIds);
  await writeRelations(tx, municipalityId, row.id, data);
  await tx.insert(measureStatusEvent).values({
    measureId: row.id,
    municipalityId,
    fromStatus: null,
    toStatus: data.status,
    reason: data.dropReason,
    changedBy: actor.userId,
  });
  await recordChanges({
    tx,
    municipalityId,
    entityType: "measure",
    entityId: row.id,
    before: null,
    after: await snapshotMeasure(tx, municipalityId, row.id),
    fields: MEASURE_HISTORY_FIELDS,
    actor,
  });
  return row.id;
}

/** The stored measure as input, so a partial update can be merged onto it. */
export function measureToInput(m: MeasureDetail): MeasureInput {
  return {
    code: m.code,
    title: m.title,
    description: m.description,
    sectorId: m.sectorId,
    responsibleText: m.responsibleText,
    responsibleUserId: m.responsibleUserId,
    userOriented: m.userOriented,
    tags: m.tags,
    status: m.status,
    completedOn: m.completedOn,
    dropReason: m.dropReason,
    mergedIntoId: m.mergedIntoId,
    planYear: m.planYear,
    priority: m.priority,
    startPeriod: m.startPeriod,
    endPeriod: m.endPeriod,
    benefitsCitizens: m.benefitsCitizens,
    benefitsEmployees: m.benefitsEmployees,
    benefitsQuantitative: m.benefitsQuantitative,
    published: m.published,
    goalIds: m.goals.map((g) => g.id),
    dependsOnIds: m.dependsOn.map((d) => d.id),
    costs: m.costs.map((c) => ({
      amountNok: c.amountNok,
      usedNok: c.usedNok,
      recurrence: c.recurrence,
      year: c.year,
      costType: c.costType,
      fundingSource: c.fundingSource,
      description: c.description,
    })),
  };
}

/**
 * Updates a measure with optimistic concurrency: `version` must be the version the user edited,
 * otherwise a conflict is thrown with the current measure and nothing is written.
 */
export async function updateMeasure({
  municipalityId,
  id,
  version,
  principal,
  actor,
  input,
}: {
  municipalityId: string;
  id: string;
  version: number;
  principal: Principal;
  actor: Actor;
  input: Partial<Record<keyof MeasureInput, unknown>>;
}) {
  const current = await getMeasureById({ municipalityId, id });
  if (!canEditMeasure(principal, current)) throw new AppError("forbidden");
  const before = measureToInput(current);
  const data = cleanedForStatus(await parseMeasureInput({ municipalityId, input: { ...before, ...input }, selfId: id }));
  if (
    !canEditMeasure(principal, {
      sectorId: data.sectorId,
      responsibleUserId: editsOwnMeasuresOnly(principal) ? current.responsibleUserId : data.responsibleUserId,
    })
  ) {
    throw new AppError("validation", { fieldErrors: { sectorId: { key: "measures.sectorNotAllowed" } } });
  }
  if (current.version !== version) {
    throw new AppError("conflict", { messageRef: { key: "measures.conflict" }, details: { currentVersion: current.version } });
  }
  assertContributorLimits(principal, before, data);
  if (before.status !== data.status) assertTransition(before.status, data, id);
  else assertTransition(null, data, id);
  if (data.mergedIntoId === id) {
    throw new AppError("validation", { fieldErrors: { mergedIntoId: { key: "measures.transition.merge_target_self" } } });
  }
  try {
    await db().transaction((tx) => writeMeasureUpdate({ tx, municipalityId, id, version, before, data, actor }));
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("validation", { fieldErrors: { code: { key: "measures.codeTaken", params: { code: data.code } } }, cause: error });
    }
    throw error;
  }
  return getMeasureById({ municipalityId, id });
}

/**
 * Writes a validated update of a measure edited from `version`, with its relations, status event and history, in
 * the caller's transaction. A version that is no longer current throws conflict.
 */
export async function writeMeasureUpdate({
  tx,
  municipalityId,
  id,
  version,
  before,
  data,
  actor,
}: {
  tx: Transaction;
  municipalityId: string;
  id: string;
  version: number;
  before: MeasureInput;
  data: MeasureInput;
  actor: Actor;
}): Promise<void> {
  await assertCodeFree(tx, municipalityId, data.code, id);
  await assertReferences(tx, municipalityId, data, id);
  await assertNoCycle(tx, municipalityId, id, data.dependsOnIds);
  const beforeSnapshot = await snapshotMeasure(tx, municipalityId, id);
  const statusChanged = before.status !== data.status;
  await updateVersioned({
    tx,
    table: measure,
    municipalityId,
    id,
    version,
    values: { ...columnsFrom(data), ...(statusChanged ? { statusChangedAt: new Date() } : {}) },
    // Someone saved between our read and this write.
    conflict: () => new AppError("conflict", { messageRef: { key: "measures.conflict" } }),
    record: async () => {
      await writeRelations(tx, municipalityId, id, data);
      if (statusChanged) {
        await tx.insert(measureStatusEvent).values({
          measureId: id,
          municipalityId,
          fromStatus: before.status,
          toStatus: data.status,
          reason: data.status === "dropped" ? data.dropReason : null,
          changedBy: actor.userId,
        });
      }
      await recordChanges({
        tx,
        municipalityId,
        entityType: "measure",
        entityId: id,
        before: beforeSnapshot,
        after: await snapshotMeasure(tx, municipalityId, id),
        fields: MEASURE_HISTORY_FIELDS,
        actor,
        changeSetId: randomUUID(),
      });
    },
  });
}

/** Changes only the status (drop with a reason, complete with a date, merge into another measure …). */
export async function changeMeasureStatus({
  municipalityId,
  id,
  version,
  principal,
  actor,
  input,
}: {
  municipalityId: string;
  id: string;
  version: number;
  principal: Principal;
  actor: Actor;
  input: { status: unknown; completedOn?: unknown; dropReason?: unknown; mergedIntoId?: unknown };
}) {
  if (!isUuid(id)) throw new AppError("not_found");
  return updateMeasure({
    municipalityId,
    id,
    version,
    principal,
    actor,
    input: {
      status: input.status,
      completedOn: input.completedOn ?? null,
      dropReason: input.dropReason ?? null,
      mergedIntoId: input.mergedIntoId ?? null,
    },
  });
}
