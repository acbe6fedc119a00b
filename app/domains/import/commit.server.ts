/**
 * Committing a reviewed draft: the strategy (new or chosen), its goals and every measure row (created, or written
 * onto the matched existing measure) in ONE transaction. Every row is validated before anything is written; a
 * row that fails stops the whole commit with the row named. History entries carry the actor label
 * "import:<file>", shown as "imported from <file>".
 */
import type { Actor } from "~/kit/context";
import { and, eq, sql } from "drizzle-orm";
import { db, type Transaction } from "~/kit/db.server";
import { goal, strategy } from "~/domains/plan/index.server";
import { measure } from "~/domains/measures/index.server";
import { planImport } from "~/domains/import/db";
import { translate, type Lang } from "~/kit/i18n";
import { assertCan, canCreateMeasureWith, canEditMeasure, type Principal } from "~/kit/permissions";
import { IMPORT_LABEL } from "~/domains/history";
import { suggestNextCode } from "~/domains/measures";
import { assertTransition, cleanedForStatus, insertMeasure, measureToInput, parseMeasureInput, writeMeasureUpdate } from "~/domains/measures/index.server";
import { getMeasureById } from "~/domains/measures/index.server";
import { EMPTY_MEASURE, type MeasureInput } from "~/domains/measures/index.server";
import { insertGoal, insertStrategy } from "~/domains/plan/index.server";
import { strategyInputSchema } from "~/domains/plan/index.server";
import { listSectors } from "~/domains/tenancy/index.server";
import { AppError, type MessageRef } from "~/kit/errors";
import { parseInput } from "~/kit/validation";
import { byId, scoped } from "~/kit/tenant-scope.server";
import type { DraftMeasure, ImportDraft, MeasureDecision } from "./draft";
import { sectorInitials } from "./merge";
import { findMeasureMatches, getImportById, type ImportResult, type MeasureMatch } from "./queries.server";

export interface CommitRowError {
  rowId: string;
  code: string;
  title: string;
  errors: { field: string; message: MessageRef }[];
}

type Sector = { id: string; name: string; codePrefix: string };

/** The municipality sector a row belongs to: the reviewer's choice, else by name, else by code prefix. */
export function matchSector(row: DraftMeasure, sectors: readonly Sector[]): string | null {
  if (row.review && row.review.sectorId !== undefined) return row.review.sectorId;
  const name = row.sector?.toLowerCase().trim();
  if (name) {
    const exact = sectors.find((s) => s.name.toLowerCase() === name);
    if (exact) return exact.id;
    const partial = sectors.find((s) => s.name.toLowerCase().startsWith(name) || name.startsWith(s.name.toLowerCase()));
    if (partial) return partial.id;
  }
  const prefix = /^([A-ZÆØÅ]+)\d/u.exec(row.code ?? "")?.[1];
  return sectors.find((s) => prefix && s.codePrefix.toUpperCase() === prefix)?.id ?? null;
}

/** What committing does with a row, given the reviewer's decision and the match found. */
export function decisionFor(row: DraftMeasure, match: MeasureMatch | undefined): Pick<MeasureDecision, "action" | "matchId"> {
  const action = row.review?.action ?? (match ? "update" : "create");
  const matchId = row.review?.matchId ?? match?.id ?? null;
  if (action === "update" && matchId === null) return { action: "create", matchId: null };
  return { action, matchId };
}

/** Reads "2023–2027", "2019-2020", "2023 - 2027" or a single year. */
export function parseStrategyPeriod(text: string | null): { from: number; to: number } | null {
  const years = [...(text ?? "").matchAll(/\b(19|20)\d{2}\b/gu)].map((m) => Number(m[0]));
  if (years.length === 0) return null;
  return { from: years[0], to: years.at(-1) ?? years[0] };
}

function osloToday(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}

// A stand-in target for validating a merged row before the measure it moved to exists.
const PENDING_ID = "00000000-0000-4000-8000-000000000000";

/** The measure fields a draft row gives (fields it lacks are absent, so an update keeps what is stored). */
export function rowFields(row: DraftMeasure, lang: Lang): Partial<Record<keyof MeasureInput, unknown>> {
  const fields: Partial<Record<keyof MeasureInput, unknown>> = { title: row.title };
  const indicator = row.indicator ? translate(lang, "import.commit.indicatorLine", { indicator: row.indicator }) : null;
  const description = [row.description, indicator].filter(Boolean).join("\n\n");
  if (description) fields.description = description;
  if (row.responsible) fields.responsibleText = row.responsible;
  if (row.userOriented !== null) fields.userOriented = row.userOriented;
  if (row.priority !== null) fields.priority = row.priority;
  if (row.start) fields.startPeriod = row.start;
  if (row.end) fields.endPeriod = row.end;
  if (row.benefits.qualitative) fields[row.userOriented ? "benefitsCitizens" : "benefitsEmployees"] = row.benefits.qualitative;
  if (row.benefits.quantitative) fields.benefitsQuantitative = row.benefits.quantitative;
  if (row.costs.length > 0) {
    fields.costs = row.costs.map((cost) => ({
      amountNok: cost.amountNok,
      recurrence: "one_off",
      year: null,
      costType: "operating",
      fundingSource: "unknown",
      description: cost.text.slice(0, 300),
    }));
  }
  if (row.status) {
    fields.status = row.status;
    if (row.status === "completed") {
      const today = osloToday();
      const endOfYear = row.completedYear ? `${row.completedYear}-12-31` : today;
      fields.completedOn = endOfYear < today ? endOfYear : today;
    }
    if (row.status === "dropped") fields.dropReason = row.statusReason ?? translate(lang, "import.commit.noDropReason");
    if (row.status === "merged") fields.mergedIntoId = PENDING_ID;
  }
  return fields;
}

interface PreparedRow {
  row: DraftMeasure;
  code: string;
  action: "create" | "update";
  data: MeasureInput;
  existing: { id: string; version: number; before: MeasureInput } | null;
}

function rowError(row: DraftMeasure, code: string, error: unknown): CommitRowError {
  if (error instanceof AppError && error.code === "validation") {
    const errors = Object.entries(error.fieldErrors ?? {}).map(([field, message]) => ({ field, message }));
    return {
      rowId: row.id,
      code,
      title: row.title,
      errors: errors.length > 0 ? errors : [{ field: "", message: error.messageRef ?? { key: "validation.invalid" } }],
    };
  }
  if (error instanceof AppError && error.code === "not_found") {
    // The measure the reviewer chose to update has been deleted since.
    return { rowId: row.id, code, title: row.title, errors: [{ field: "", message: { key: "importReview.decision.noMatch" } }] };
  }
  if (error instanceof AppError && error.code === "forbidden") {
    return { rowId: row.id, code, title: row.title, errors: [{ field: "sectorId", message: { key: "measures.sectorNotAllowed" } }] };
  }
  throw error;
}

function rowsFailed(rows: CommitRowError[]): AppError {
  return new AppError("validation", { messageRef: { key: "import.commit.rowErrors", params: { count: rows.length } }, details: { rows } });
}

/** Builds and validates every row that will be written; collects all row errors instead of stopping at the first. */
async function prepareRows({
  municipalityId,
  draft,
  principal,
  lang,
  matches,
  sectors,
}: {
  municipalityId: string;
  draft: ImportDraft;
  principal: Principal;
  lang: Lang;
  matches: Map<string, MeasureMatch>;
  sectors: Sector[];
}): Promise<{ prepared: PreparedRow[]; skipped: number }> {
  const prepared: PreparedRow[] = [];
  const errors: CommitRowError[] = [];
  let skipped = 0;
  const existingCodes = (await findMeasureCodes({ municipalityId })).map((c) => c.toUpperCase());
  const usedCodes = new Set<string>(existingCodes);
  const codeList = [...existingCodes, ...draft.measures.map((m) => (m.code ?? m.suggestedCode ?? "").toUpperCase()).filter(Boolean)];
  const importCodes = new Set<string>();
  for (const row of draft.measures) {
    const decision = decisionFor(row, matches.get(row.id));
    if (decision.action === "skip") {
      skipped += 1;
      continue;
    }
    const sectorId = matchSector(row, sectors);
    let code = row.code ?? row.suggestedCode;
    if (!code) {
      const sector = sectors.find((s) => s.id === sectorId);
      code = suggestNextCode({ prefix: sector?.codePrefix ?? (row.sector ? sectorInitials(row.sector) : "T"), existingCodes: codeList });
      codeList.push(code.toUpperCase());
    }
    try {
      if (
        row.status === "merged" &&
        row.movedTo &&
        !usedCodes.has(row.movedTo.toUpperCase()) &&
        !draft.measures.some((m) => m.code?.toUpperCase() === row.movedTo?.toUpperCase())
      ) {
        throw new AppError("validation", { fieldErrors: { mergedIntoId: { key: "import.commit.movedToUnknown", params: { code: row.movedTo } } } });
      }
      if (row.status === "merged" && !row.movedTo) {
        throw new AppError("validation", { fieldErrors: { mergedIntoId: { key: "measures.transition.merge_target_required" } } });
      }
      const fields = rowFields(row, lang);
      if (decision.action === "update" && decision.matchId) {
        const current = await getMeasureById({ municipalityId, id: decision.matchId });
        if (!canEditMeasure(principal, current)) throw new AppError("forbidden");
        const before = measureToInput(current);
        const data = cleanedForStatus(
          await parseMeasureInput({
            municipalityId,
            input: { ...before, ...fields, ...(row.review?.sectorId !== undefined || !current.sectorId ? { sectorId: sectorId ?? current.sectorId } : {}) },
            selfId: current.id,
          }),
        );
        if (!canEditMeasure(principal, { sectorId: data.sectorId, responsibleUserId: data.responsibleUserId })) throw new AppError("forbidden");
        if (before.status !== data.status) assertTransition(before.status, data, current.id);
        else assertTransition(null, data, current.id);
        data.goalIds = before.goalIds;
        prepared.push({ row, code: current.code, action: "update", data, existing: { id: current.id, version: current.version, before } });
        continue;
      }
      if (importCodes.has(code.toUpperCase()) || existingCodes.includes(code.toUpperCase())) {
        throw new AppError("validation", { fieldErrors: { code: { key: "measures.codeTaken", params: { code } } } });
      }
      const data = cleanedForStatus(
        await parseMeasureInput({ municipalityId, input: { ...EMPTY_MEASURE, status: "planned", ...fields, code, sectorId }, selfId: null }),
      );
      if (!canCreateMeasureWith(principal, { sectorId: data.sectorId, status: data.status })) throw new AppError("forbidden");
      assertTransition(null, data, null);
      importCodes.add(data.code.toUpperCase());
      prepared.push({ row, code: data.code, action: "create", data, existing: null });
    } catch (error) {
      errors.push(rowError(row, code, error));
    }
  }
  if (errors.length > 0) throw rowsFailed(errors);
  return { prepared, skipped };
}

async function findMeasureCodes({ municipalityId }: { municipalityId: string }): Promise<string[]> {
  const rows = await db().select({ code: measure.code }).from(measure).where(eq(measure.municipalityId, municipalityId));
  return rows.map((r) => r.code);
}

/** Strategy input for a new strategy; missing title or period is explained as a choice the reviewer must make. */
function parseStrategyInput(input: Record<string, unknown>) {
  try {
    return parseInput(strategyInputSchema, input);
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "validation") throw error;
    throw new AppError("validation", { messageRef: { key: "import.commit.strategyMissing" }, fieldErrors: error.fieldErrors });
  }
}

/** The strategy the goals go into: the chosen one (of this municipality), or a new one from the metadata. */
async function resolveStrategy({
  tx,
  municipalityId,
  draft,
  actor,
}: {
  tx: Transaction;
  municipalityId: string;
  draft: ImportDraft;
  actor: Actor;
}): Promise<{ id: string; created: boolean } | null> {
  const target = draft.target;
  if (target?.strategyId) {
    const [row] = await tx
      .select({ id: strategy.id })
      .from(strategy)
      .where(byId(strategy, { municipalityId, id: target.strategyId }));
    if (!row) throw new AppError("validation", { fieldErrors: { strategyId: { key: "validation.invalidChoice" } } });
    return { id: row.id, created: false };
  }
  if (draft.goals.length === 0) return null;
  const period = parseStrategyPeriod(draft.strategy.period);
  const data = parseStrategyInput({
    title: target?.title ?? draft.strategy.title ?? "",
    periodFrom: target?.periodFrom ?? period?.from ?? null,
    periodTo: target?.periodTo ?? period?.to ?? null,
    adoptedOn: draft.strategy.adoptedOn,
    caseReference: draft.strategy.caseNumber,
    summary: null,
    focusAreas: [],
  });
  const row = await insertStrategy({ tx, municipalityId, data, actor });
  return { id: row.id, created: true };
}

/** Goals by number in the strategy: existing ones are reused, missing ones created (parents first). */
async function writeGoals({
  tx,
  municipalityId,
  strategyId,
  draft,
  actor,
}: {
  tx: Transaction;
  municipalityId: string;
  strategyId: string;
  draft: ImportDraft;
  actor: Actor;
}) {
  const existing = await tx
    .select({ id: goal.id, number: goal.number })
    .from(goal)
    .where(scoped(goal, municipalityId, eq(goal.strategyId, strategyId)));
  const ids = new Map(existing.map((g) => [g.number, g.id]));
  let created = 0;
  const depth = (n: string) => n.split(".").length;
  for (const g of [...draft.goals].sort((a, b) => depth(a.number) - depth(b.number))) {
    if (ids.has(g.number)) continue;
    const row = await insertGoal({
      tx,
      municipalityId,
      data: {
        strategyId,
        parentId: g.parent ? (ids.get(g.parent) ?? null) : null,
        number: g.number,
        title: g.title.slice(0, 500),
        description: null,
        indicator: null,
      },
      actor,
    });
    ids.set(g.number, row.id);
    created += 1;
  }
  return { ids, created };
}

/**
 * Commits the import edited from `version`: validates every row, then writes strategy, goals and measures in one
 * transaction and marks the import committed. Any failure writes nothing.
 */
export async function commitImport({
  municipalityId,
  id,
  version,
  principal,
  lang,
}: {
  municipalityId: string;
  id: string;
  version: number;
  principal: Principal;
  lang: Lang;
}): Promise<ImportResult> {
  assertCan(principal, "import.use");
  const stored = await getImportById({ municipalityId, id });
  if (stored.state !== "review") throw new AppError("conflict", { messageRef: { key: "import.review.closed" } });
  if (stored.version !== version) throw new AppError("conflict", { messageRef: { key: "import.review.conflict" } });
  const draft = stored.draft;
  const actor: Actor = { userId: principal.userId, label: `${IMPORT_LABEL}${stored.fileName}` };
  const [sectors, matches] = await Promise.all([listSectors({ municipalityId }), findMeasureMatches({ municipalityId, measures: draft.measures })]);
  const { prepared, skipped } = await prepareRows({ municipalityId, draft, principal, lang, matches, sectors });
  return db().transaction(async (tx) => {
    const target = await resolveStrategy({ tx, municipalityId, draft, actor });
    const goals = target ? await writeGoals({ tx, municipalityId, strategyId: target.id, draft, actor }) : { ids: new Map<string, string>(), created: 0 };
    const idsByCode = new Map<string, string>();
    const ordered = [...prepared.filter((p) => p.data.status !== "merged"), ...prepared.filter((p) => p.data.status === "merged")];
    for (const item of ordered) {
      const goalIds = item.row.goalNumbers.map((n) => goals.ids.get(String(n))).filter((g): g is string => g !== undefined);
      const data: MeasureInput = { ...item.data, goalIds: [...new Set([...item.data.goalIds, ...goalIds])] };
      if (data.status === "merged") {
        const targetCode = item.row.movedTo?.toUpperCase() ?? "";
        data.mergedIntoId = idsByCode.get(targetCode) ?? (await findMeasureIdByCode({ tx, municipalityId, code: targetCode }));
      }
      try {
        if (item.existing) {
          await writeMeasureUpdate({ tx, municipalityId, id: item.existing.id, version: item.existing.version, before: item.existing.before, data, actor });
          idsByCode.set(item.code.toUpperCase(), item.existing.id);
        } else {
          idsByCode.set(item.code.toUpperCase(), await insertMeasure({ tx, municipalityId, data, actor }));
        }
      } catch (error) {
        if (error instanceof AppError && error.code === "conflict") throw error;
        throw rowsFailed([rowError(item.row, item.code, error)]);
      }
    }
    const result: ImportResult = {
      strategyId: target?.id ?? null,
      created: prepared.filter((p) => p.action === "create").length,
      updated: prepared.filter((p) => p.action === "update").length,
      skipped,
      goalsCreated: goals.created,
    };
    const updated = await tx
      .update(planImport)
      .set({ state: "committed", result, committedAt: new Date(), updatedBy: principal.userId, updatedAt: new Date(), version: sql`${planImport.version} + 1` })
      .where(and(byId(planImport, { municipalityId, id }), eq(planImport.version, version), eq(planImport.state, "review")))
      .returning({ id: planImport.id });
    if (updated.length === 0) throw new AppError("conflict", { messageRef: { key: "import.review.conflict" } });
    return result;
  });
}

async function findMeasureIdByCode({ tx, municipalityId, code }: { tx: Transaction; municipalityId: string; code: string }): Promise<string> {
  const [row] = await tx
    .select({ id: measure.id })
    .from(measure)
    .where(scoped(measure, municipalityId, sql`upper(${measure.code}) = ${code}`));
  if (!row) throw new AppError("validation", { fieldErrors: { mergedIntoId: { key: "import.commit.movedToUnknown", params: { code } } } });
  return row.id;
}
