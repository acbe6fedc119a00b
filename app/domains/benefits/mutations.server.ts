import type { Actor } from "~/kit/context";
import { randomUUID } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import { db, type Transaction } from "~/kit/db.server";
import { benefit, benefitGoal, indicator, measurement, municipalityValuation } from "~/domains/benefits/db";
import { goal } from "~/domains/plan/index.server";
import { measure } from "~/domains/measures/index.server";
import { membership } from "~/domains/tenancy/index.server";
import { recordChanges } from "~/domains/history/index.server";
import { AppError, type FieldErrors } from "~/kit/errors";
import { assertCan, canEditBenefit, type Principal } from "~/kit/permissions";
import { isUuid } from "~/kit/ids";
import { byId, scoped } from "~/kit/tenant-scope.server";
import { updateVersioned } from "~/kit/versioned-update.server";
import { isOutsidePeriod, parseNumericValue } from "./measurement-rules";
import {
  getBenefitById,
  getIndicatorById,
  getMeasurementById,
  getValuationSettings,
  type BenefitDetail,
  type IndicatorRow,
  type MeasurementRow,
} from "./queries.server";
import {
  type BenefitInput,
  benefitInputSchema,
  EMPTY_BENEFIT,
  EMPTY_INDICATOR,
  type IndicatorInput,
  indicatorInputSchema,
  type MeasurementInput,
  measurementInputSchema,
  parseBenefitInput,
  valuationSettingsSchema,
} from "./schema";
import { BENEFIT_HISTORY_FIELDS, INDICATOR_HISTORY_FIELDS, MEASUREMENT_HISTORY_FIELDS, VALUATION_HISTORY_FIELDS } from "./history-fields";
import { validateValuationSettings } from "./valuation";

type Patch<T> = Partial<Record<keyof T, unknown>>;

function conflict(currentVersion: number): AppError {
  return new AppError("conflict", { messageRef: { key: "benefits.conflict" }, details: { currentVersion } });
}

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return e?.code === "23505" || e?.cause?.code === "23505";
}

/** Users must be members of the municipality; unknown ids become field errors. */
async function assertUsers(tx: Transaction, municipalityId: string, users: Record<string, string | null>, errors: FieldErrors) {
  for (const [field, userId] of Object.entries(users)) {
    if (!userId) continue;
    const [m] = await tx
      .select({ id: membership.id })
      .from(membership)
      .where(scoped(membership, municipalityId, eq(membership.userId, userId)));
    if (!m) errors[field] = { key: "validation.invalidChoice" };
  }
}

function throwIfAny(errors: FieldErrors) {
  if (Object.keys(errors).length > 0) throw new AppError("validation", { fieldErrors: errors });
}

/**
 * Benefits, their indicators and measurements follow the edit rule of their measure (canEditBenefit): forbidden
 * unless the principal may edit it; not found when the measure or benefit is not the municipality's.
 */
async function assertCanEditBenefits({
  municipalityId,
  principal,
  ...of
}: { municipalityId: string; principal: Principal } & ({ measureId: string } | { benefitId: string })) {
  const access = { sectorId: measure.sectorId, responsibleUserId: measure.responsibleUserId };
  const [row] =
    "measureId" in of
      ? await db()
          .select(access)
          .from(measure)
          .where(byId(measure, { municipalityId, id: of.measureId }))
      : await db()
          .select(access)
          .from(benefit)
          .innerJoin(measure, byId(measure, { municipalityId, id: benefit.measureId }))
          .where(byId(benefit, { municipalityId, id: of.benefitId }));
  if (!row) throw new AppError("not_found");
  if (!canEditBenefit(principal, row)) throw new AppError("forbidden");
}

// ── Benefits ───────────────────────────────────────────────────────────────

async function snapshotBenefit(tx: Transaction, municipalityId: string, id: string) {
  const [row] = await tx.select().from(benefit).where(byId(benefit, { municipalityId, id }));
  const goals = await tx
    .select({ number: goal.number })
    .from(benefitGoal)
    .innerJoin(goal, byId(goal, { municipalityId, id: benefitGoal.goalId }))
    .where(scoped(benefitGoal, municipalityId, eq(benefitGoal.benefitId, id)))
    .orderBy(goal.number);
  return { ...row, goals: goals.map((g) => g.number) };
}

function benefitColumns(input: BenefitInput) {
  const { goalIds: _goalIds, ...columns } = input;
  return columns;
}

async function assertBenefitReferences(tx: Transaction, municipalityId: string, input: BenefitInput) {
  const errors: FieldErrors = {};
  await assertUsers(tx, municipalityId, { ownerUserId: input.ownerUserId, managerUserId: input.managerUserId }, errors);
  if (input.goalIds.length > 0) {
    const found = await tx
      .select({ id: goal.id })
      .from(goal)
      .where(scoped(goal, municipalityId, inArray(goal.id, input.goalIds)));
    if (found.length !== input.goalIds.length) errors.goalIds = { key: "validation.invalidChoice" };
  }
  throwIfAny(errors);
}

async function writeBenefitGoals(tx: Transaction, municipalityId: string, id: string, goalIds: string[]) {
  await tx.delete(benefitGoal).where(scoped(benefitGoal, municipalityId, eq(benefitGoal.benefitId, id)));
  if (goalIds.length > 0) await tx.insert(benefitGoal).values(goalIds.map((goalId) => ({ benefitId: id, goalId, municipalityId })));
}

export async function createBenefit({
  municipalityId,
  principal,
  measureId,
  actor,
  input,
}: {
  municipalityId: string;
  principal: Principal;
  measureId: string;
  actor: Actor;
  input: Patch<BenefitInput>;
}): Promise<BenefitDetail> {
  if (!isUuid(measureId)) throw new AppError("not_found");
  await assertCanEditBenefits({ municipalityId, principal, measureId });
  const data = parseBenefitInput(benefitInputSchema, { ...EMPTY_BENEFIT, ...input });
  const id = await db().transaction(async (tx) => {
    await assertBenefitReferences(tx, municipalityId, data);
    const [row] = await tx
      .insert(benefit)
      .values({ ...benefitColumns(data), municipalityId, measureId })
      .returning({ id: benefit.id });
    await writeBenefitGoals(tx, municipalityId, row.id, data.goalIds);
    await recordChanges({
      tx,
      municipalityId,
      entityType: "benefit",
      entityId: row.id,
      before: null,
      after: await snapshotBenefit(tx, municipalityId, row.id),
      fields: BENEFIT_HISTORY_FIELDS,
      actor,
    });
    return row.id;
  });
  return getBenefitById({ municipalityId, id });
}

function benefitToInput(b: BenefitDetail): Patch<BenefitInput> {
  const { goals, ...rest } = b;
  const input: Record<string, unknown> = { goalIds: goals.map((g) => g.id) };
  for (const key of Object.keys(EMPTY_BENEFIT).concat(["title", "type"])) if (key in rest) input[key] = rest[key as keyof typeof rest];
  return input as Patch<BenefitInput>;
}

/** Updates a benefit; a stale `version` throws conflict and writes nothing. */
export async function updateBenefit({
  municipalityId,
  principal,
  id,
  version,
  actor,
  input,
}: {
  municipalityId: string;
  principal: Principal;
  id: string;
  version: number;
  actor: Actor;
  input: Patch<BenefitInput>;
}): Promise<BenefitDetail> {
  const current = await getBenefitById({ municipalityId, id });
  await assertCanEditBenefits({ municipalityId, principal, measureId: current.measureId });
  const data = parseBenefitInput(benefitInputSchema, { ...benefitToInput(current), ...input });
  if (current.version !== version) throw conflict(current.version);
  await db().transaction(async (tx) => {
    await assertBenefitReferences(tx, municipalityId, data);
    const before = await snapshotBenefit(tx, municipalityId, id);
    await updateVersioned({
      tx,
      table: benefit,
      municipalityId,
      id,
      version,
      values: benefitColumns(data),
      conflict: (locked) => conflict(locked.version),
      record: async () => {
        await writeBenefitGoals(tx, municipalityId, id, data.goalIds);
        await recordChanges({
          tx,
          municipalityId,
          entityType: "benefit",
          entityId: id,
          before,
          after: await snapshotBenefit(tx, municipalityId, id),
          fields: BENEFIT_HISTORY_FIELDS,
          actor,
          changeSetId: randomUUID(),
        });
      },
    });
  });
  return getBenefitById({ municipalityId, id });
}

/** Deletes a benefit with its indicators and measurements (cascade); history keeps the benefit's last state. */
export async function deleteBenefit({
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
}) {
  const current = await getBenefitById({ municipalityId, id });
  await assertCanEditBenefits({ municipalityId, principal, measureId: current.measureId });
  if (version !== undefined && current.version !== version) throw conflict(current.version);
  await db().transaction(async (tx) => {
    const before = await snapshotBenefit(tx, municipalityId, id);
    const deleted = await tx
      .delete(benefit)
      .where(and(byId(benefit, { municipalityId, id }), ...(version !== undefined ? [eq(benefit.version, version)] : [])))
      .returning({ id: benefit.id });
    if (deleted.length === 0) throw conflict(current.version);
    await recordChanges({ tx, municipalityId, entityType: "benefit", entityId: id, before, after: null, fields: BENEFIT_HISTORY_FIELDS, actor });
  });
}

// ── Indicators ─────────────────────────────────────────────────────────────

/** Indicators and measurements are recorded in the history with their benefit as parent. */
function benefitParent(benefitId: string) {
  return { type: "benefit", id: benefitId };
}

function indicatorColumns(input: IndicatorInput) {
  return input;
}

async function assertIndicatorReferences(tx: Transaction, municipalityId: string, input: IndicatorInput) {
  const errors: FieldErrors = {};
  await assertUsers(tx, municipalityId, { responsibleUserId: input.responsibleUserId }, errors);
  throwIfAny(errors);
}

function valuationTaken(): AppError {
  return new AppError("validation", { fieldErrors: { isValuationIndicator: { key: "benefits.valuationIndicatorTaken" } } });
}

export async function createIndicator({
  municipalityId,
  principal,
  benefitId,
  actor,
  input,
}: {
  municipalityId: string;
  principal: Principal;
  benefitId: string;
  actor: Actor;
  input: Patch<IndicatorInput>;
}): Promise<IndicatorRow> {
  await getBenefitById({ municipalityId, id: benefitId });
  await assertCanEditBenefits({ municipalityId, principal, benefitId });
  const data = parseBenefitInput(indicatorInputSchema, { ...EMPTY_INDICATOR, ...input });
  try {
    const id = await db().transaction(async (tx) => {
      await assertIndicatorReferences(tx, municipalityId, data);
      const [row] = await tx
        .insert(indicator)
        .values({ ...indicatorColumns(data), municipalityId, benefitId })
        .returning();
      await recordChanges({
        tx,
        municipalityId,
        entityType: "indicator",
        entityId: row.id,
        before: null,
        after: row,
        fields: INDICATOR_HISTORY_FIELDS,
        actor,
        parent: benefitParent(benefitId),
      });
      return row.id;
    });
    return getIndicatorById({ municipalityId, id });
  } catch (error) {
    if (isUniqueViolation(error)) throw valuationTaken();
    throw error;
  }
}

export async function updateIndicator({
  municipalityId,
  principal,
  id,
  version,
  actor,
  input,
}: {
  municipalityId: string;
  principal: Principal;
  id: string;
  version: number;
  actor: Actor;
  input: Patch<IndicatorInput>;
}): Promise<IndicatorRow> {
  const current = await getIndicatorById({ municipalityId, id });
  await assertCanEditBenefits({ municipalityId, principal, benefitId: current.benefitId });
  const stored: Record<string, unknown> = {};
  for (const field of INDICATOR_HISTORY_FIELDS) stored[field] = current[field];
  const data = parseBenefitInput(indicatorInputSchema, { ...stored, ...input });
  if (current.version !== version) throw conflict(current.version);
  try {
    await db().transaction(async (tx) => {
      await assertIndicatorReferences(tx, municipalityId, data);
      await updateVersioned({
        tx,
        table: indicator,
        municipalityId,
        id,
        version,
        values: indicatorColumns(data),
        conflict: (locked) => conflict(locked.version),
        record: (before, after) =>
          recordChanges({
            tx,
            municipalityId,
            entityType: "indicator",
            entityId: id,
            before,
            after,
            fields: INDICATOR_HISTORY_FIELDS,
            actor,
            parent: benefitParent(current.benefitId),
          }),
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw valuationTaken();
    throw error;
  }
  return getIndicatorById({ municipalityId, id });
}

/** Deletes an indicator with its measurements (cascade); the history records the deletion of each of them. */
export async function deleteIndicator({
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
}) {
  const current = await getIndicatorById({ municipalityId, id });
  await assertCanEditBenefits({ municipalityId, principal, benefitId: current.benefitId });
  if (version !== undefined && current.version !== version) throw conflict(current.version);
  const parent = benefitParent(current.benefitId);
  await db().transaction(async (tx) => {
    const measurements = await tx
      .select()
      .from(measurement)
      .where(scoped(measurement, municipalityId, eq(measurement.indicatorId, id)));
    const deleted = await tx
      .delete(indicator)
      .where(and(byId(indicator, { municipalityId, id }), ...(version !== undefined ? [eq(indicator.version, version)] : [])))
      .returning({ id: indicator.id });
    if (deleted.length === 0) throw conflict(current.version);
    for (const m of measurements) {
      await recordChanges({
        tx,
        municipalityId,
        entityType: "measurement",
        entityId: m.id,
        before: m,
        after: null,
        fields: MEASUREMENT_HISTORY_FIELDS,
        actor,
        parent,
      });
    }
    await recordChanges({
      tx,
      municipalityId,
      entityType: "indicator",
      entityId: id,
      before: current,
      after: null,
      fields: INDICATOR_HISTORY_FIELDS,
      actor,
      parent,
    });
  });
}

// ── Measurements ───────────────────────────────────────────────────────────

export interface MeasurementResult {
  measurement: MeasurementRow;
  /** The measurement is dated outside the benefit's realisation period: saved, but warn the user. */
  outsidePeriod: boolean;
}

async function periodOf(municipalityId: string, ind: IndicatorRow) {
  const b = await getBenefitById({ municipalityId, id: ind.benefitId });
  return { from: b.periodFrom, to: b.periodTo };
}

async function withWarning(municipalityId: string, ind: IndicatorRow, row: MeasurementRow): Promise<MeasurementResult> {
  const period = await periodOf(municipalityId, ind);
  return { measurement: row, outsidePeriod: isOutsidePeriod({ date: row.measuredOn, ...period }) };
}

export async function createMeasurement({
  municipalityId,
  principal,
  indicatorId,
  actor,
  input,
}: {
  municipalityId: string;
  principal: Principal;
  indicatorId: string;
  actor: Actor;
  input: Patch<MeasurementInput>;
}): Promise<MeasurementResult> {
  const ind = await getIndicatorById({ municipalityId, id: indicatorId });
  await assertCanEditBenefits({ municipalityId, principal, benefitId: ind.benefitId });
  const data = parseBenefitInput(measurementInputSchema(ind.unit), input);
  const row = await db().transaction(async (tx) => {
    const [created] = await tx
      .insert(measurement)
      .values({ ...data, municipalityId, indicatorId, createdBy: actor.userId })
      .returning();
    await recordChanges({
      tx,
      municipalityId,
      entityType: "measurement",
      entityId: created.id,
      before: null,
      after: created,
      fields: MEASUREMENT_HISTORY_FIELDS,
      actor,
      parent: benefitParent(ind.benefitId),
    });
    return created;
  });
  return withWarning(municipalityId, ind, row);
}

export async function updateMeasurement({
  municipalityId,
  principal,
  id,
  version,
  actor,
  input,
}: {
  municipalityId: string;
  principal: Principal;
  id: string;
  version: number;
  actor: Actor;
  input: Patch<MeasurementInput>;
}): Promise<MeasurementResult> {
  const current = await getMeasurementById({ municipalityId, id });
  const ind = await getIndicatorById({ municipalityId, id: current.indicatorId });
  await assertCanEditBenefits({ municipalityId, principal, benefitId: ind.benefitId });
  const stored = { measuredOn: current.measuredOn, value: current.value, comment: current.comment, assessment: current.assessment };
  const data = parseBenefitInput(measurementInputSchema(ind.unit), { ...stored, ...input });
  if (current.version !== version) throw conflict(current.version);
  const row = await updateVersioned({
    table: measurement,
    municipalityId,
    id,
    version,
    values: data,
    conflict: (locked) => conflict(locked.version),
    record: (before, after, tx) =>
      recordChanges({
        tx,
        municipalityId,
        entityType: "measurement",
        entityId: id,
        before,
        after,
        fields: MEASUREMENT_HISTORY_FIELDS,
        actor,
        parent: benefitParent(ind.benefitId),
      }),
  });
  return withWarning(municipalityId, ind, row);
}

export async function deleteMeasurement({
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
}) {
  const current = await getMeasurementById({ municipalityId, id });
  const ind = await getIndicatorById({ municipalityId, id: current.indicatorId });
  await assertCanEditBenefits({ municipalityId, principal, benefitId: ind.benefitId });
  if (version !== undefined && current.version !== version) throw conflict(current.version);
  await db().transaction(async (tx) => {
    const deleted = await tx
      .delete(measurement)
      .where(and(byId(measurement, { municipalityId, id }), ...(version !== undefined ? [eq(measurement.version, version)] : [])))
      .returning({ id: measurement.id });
    if (deleted.length === 0) throw conflict(current.version);
    await recordChanges({
      tx,
      municipalityId,
      entityType: "measurement",
      entityId: id,
      before: current,
      after: null,
      fields: MEASUREMENT_HISTORY_FIELDS,
      actor,
      parent: benefitParent(ind.benefitId),
    });
  });
}

// ── Valuation settings ─────────────────────────────────────────────────────

function settingNumber(value: unknown): number | "invalid" | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") return value;
  const parsed = parseNumericValue(String(value), "custom");
  return parsed.ok ? parsed.value : "invalid";
}

/**
 * Saves hourly cost and hours per FTE. `version` is the one from getValuationSettings (0 while the
 * defaults apply); a stale version throws conflict. History: entityType "valuation_settings",
 * entityId = the municipality id.
 */
export async function updateValuationSettings({
  municipalityId,
  principal,
  version,
  actor,
  input,
}: {
  municipalityId: string;
  principal: Principal;
  version: number;
  actor: Actor;
  input: { hourlyCostNok?: unknown; hoursPerFte?: unknown };
}) {
  assertCan(principal, "admin.settings");
  const current = await getValuationSettings({ municipalityId });
  const raw = parseBenefitInput(valuationSettingsSchema, input);
  const hourlyCostNok = settingNumber(raw.hourlyCostNok ?? current.hourlyCostNok);
  const hoursPerFte = settingNumber(raw.hoursPerFte ?? current.hoursPerFte);
  const errors: FieldErrors = {};
  if (hourlyCostNok === "invalid" || hourlyCostNok === null) errors.hourlyCostNok = { key: "validation.number" };
  if (hoursPerFte === "invalid" || hoursPerFte === null) errors.hoursPerFte = { key: "validation.number" };
  throwIfAny(errors);
  const settings = { hourlyCostNok: hourlyCostNok as number, hoursPerFte: hoursPerFte as number };
  Object.assign(errors, validateValuationSettings(settings));
  throwIfAny(errors);
  if (current.version !== version) throw conflict(current.version);
  await db().transaction(async (tx) => {
    if (current.isDefault) {
      const inserted = await tx
        .insert(municipalityValuation)
        .values({ municipalityId, ...settings })
        .onConflictDoNothing()
        .returning({ id: municipalityValuation.municipalityId });
      if (inserted.length === 0) throw conflict(current.version);
    } else {
      const updated = await tx
        .update(municipalityValuation)
        .set({ ...settings, version: sql`${municipalityValuation.version} + 1`, updatedAt: new Date() })
        .where(scoped(municipalityValuation, municipalityId, eq(municipalityValuation.version, version)))
        .returning({ id: municipalityValuation.municipalityId });
      if (updated.length === 0) throw conflict(current.version);
    }
    await recordChanges({
      tx,
      municipalityId,
      entityType: "valuation_settings",
      entityId: municipalityId,
      before: { ...current },
      after: { ...settings },
      fields: VALUATION_HISTORY_FIELDS,
      actor,
    });
  });
  return getValuationSettings({ municipalityId });
}
