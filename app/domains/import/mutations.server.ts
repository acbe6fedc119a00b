import { and, eq, sql } from "drizzle-orm";
import { db } from "~/kit/db.server";
import { planImport } from "~/domains/import/db";
import { isUuid } from "~/domains/measures/index.server";
import type { Lang } from "~/kit/i18n";
import { assertCan, type Principal } from "~/kit/permissions";
import { listStrategies } from "~/domains/plan/index.server";
import { listSectors } from "~/domains/tenancy/index.server";
import { AppError } from "~/kit/errors";
import { byId } from "~/kit/tenant-scope.server";
import { parseInput } from "~/kit/validation";
import { commitImport } from "./commit.server";
import type { DraftMeasure, ImportDraft } from "./draft";
import { extractDraft } from "./extract";
import { getImportById, findMeasureMatches, type ImportResult, type StoredImport } from "./queries.server";
import { readDocument } from "./read.server";
import {
  decideDraftMeasure,
  deleteDraftGoals,
  deleteDraftMeasures,
  editDraftGoal,
  editDraftMeasure,
  mergeDraftMeasures,
  setDraftSector,
  splitDraftMeasure,
} from "./review";
import { draftRowSchema, goalEditSchema, type ReviewActionInput, reviewActionSchema, splitRowSchema, targetSchema } from "./schema";

/**
 * Reads an uploaded document and stores its draft for review. Every guard of `readDocument` (size, format,
 * corrupt, encrypted, no text layer, zip bomb, empty) throws before anything is written.
 */
export async function createImport({
  municipalityId,
  principal,
  fileName,
  bytes,
  refine = async (draft) => draft,
}: {
  municipalityId: string;
  principal: Principal;
  fileName: string;
  bytes: Buffer;
  /** A last step on the extracted draft (the model assist). */
  refine?: (draft: ImportDraft, document: Awaited<ReturnType<typeof readDocument>>) => Promise<ImportDraft>;
}): Promise<string> {
  assertCan(principal, "import.use");
  const document = await readDocument({ bytes, fileName });
  const draft = await refine(extractDraft(document), document);
  const [row] = await db()
    .insert(planImport)
    .values({
      municipalityId,
      fileName: document.fileName,
      format: document.format,
      byteSize: bytes.length,
      document,
      draft,
      createdBy: principal.userId,
      updatedBy: principal.userId,
    })
    .returning({ id: planImport.id });
  return row.id;
}

/**
 * Saves the reviewed draft edited from `version`. Only a draft under review can change; a stale version
 * (a colleague saved in between) throws conflict and writes nothing.
 */
export async function saveImportDraft({
  municipalityId,
  id,
  version,
  principal,
  draft,
}: {
  municipalityId: string;
  id: string;
  version: number;
  principal: Principal;
  draft: ImportDraft;
}): Promise<number> {
  assertCan(principal, "import.use");
  if (!isUuid(id)) throw new AppError("not_found");
  const updated = await db()
    .update(planImport)
    .set({ draft, updatedBy: principal.userId, updatedAt: new Date(), version: sql`${planImport.version} + 1` })
    .where(and(byId(planImport, { municipalityId, id }), eq(planImport.version, version), eq(planImport.state, "review")))
    .returning({ version: planImport.version });
  if (updated.length === 0) await assertChangeable({ municipalityId, id });
  if (updated.length === 0) throw new AppError("conflict", { messageRef: { key: "import.review.conflict" } });
  return updated[0].version;
}

/** Throws not_found for another municipality's or an unknown import, and conflict when it is no longer in review. */
async function assertChangeable({ municipalityId, id }: { municipalityId: string; id: string }) {
  const [row] = await db().select({ state: planImport.state }).from(planImport).where(byId(planImport, { municipalityId, id }));
  if (!row) throw new AppError("not_found");
  if (row.state !== "review") throw new AppError("conflict", { messageRef: { key: "import.review.closed" } });
}

/** Discards a draft under review: it stays listed as discarded, and nothing is written to the plan. */
export async function discardImport({ municipalityId, id, version, principal }: { municipalityId: string; id: string; version: number; principal: Principal }) {
  assertCan(principal, "import.use");
  if (!isUuid(id)) throw new AppError("not_found");
  const updated = await db()
    .update(planImport)
    .set({ state: "discarded", updatedBy: principal.userId, updatedAt: new Date(), version: sql`${planImport.version} + 1` })
    .where(and(byId(planImport, { municipalityId, id }), eq(planImport.version, version), eq(planImport.state, "review")))
    .returning({ id: planImport.id });
  if (updated.length === 0) await assertChangeable({ municipalityId, id });
  if (updated.length === 0) throw new AppError("conflict", { messageRef: { key: "import.review.conflict" } });
}

/**
 * Deletes a stored import: its document and draft. What a commit wrote to the plan stays, and its history still
 * names the file. A draft under review may be deleted too; a colleague's newer version is refused.
 */
export async function deleteImport({
  municipalityId,
  principal,
  id,
  input,
}: {
  municipalityId: string;
  principal: Principal;
  id: string;
  input: unknown;
}): Promise<{ fileName: string }> {
  assertCan(principal, "import.use");
  if (!isUuid(id)) throw new AppError("not_found");
  const { version } = parseInput(reviewActionSchema.pick({ version: true }), input);
  const [deleted] = await db()
    .delete(planImport)
    .where(and(byId(planImport, { municipalityId, id }), eq(planImport.version, version)))
    .returning({ fileName: planImport.fileName });
  if (deleted) return deleted;
  await getImportById({ municipalityId, id });
  throw new AppError("conflict", { messageRef: { key: "import.review.conflict" } });
}

/** Loads an import for a change: it must be this municipality's, still in review, and at the version edited. */
async function loadForChange({ municipalityId, id, version }: { municipalityId: string; id: string; version: number }): Promise<StoredImport> {
  const stored = await getImportById({ municipalityId, id });
  if (stored.state !== "review") throw new AppError("conflict", { messageRef: { key: "import.review.closed" } });
  if (stored.version !== version) throw new AppError("conflict", { messageRef: { key: "import.review.conflict" } });
  return stored;
}

async function assertSector({ municipalityId, sectorId }: { municipalityId: string; sectorId: string | null }) {
  if (sectorId === null) return;
  const sectors = await listSectors({ municipalityId });
  if (!sectors.some((s) => s.id === sectorId)) throw new AppError("validation", { fieldErrors: { sectorId: { key: "validation.invalidChoice" } } });
}

function selected(rows: readonly string[], draft: ImportDraft, min: number, key: string): string[] {
  const known = rows.filter((row) => draft.measures.some((m) => m.id === row));
  if (known.length < min) throw new AppError("validation", { fieldErrors: { rows: { key } } });
  return known;
}

export type ReviewOutcome = { intent: ReviewActionInput["intent"]; version: number; result: ImportResult | null };

/**
 * One submission of the review screen. The per-row decisions in the form are always kept; then the intent is
 * carried out on the selected rows. "commit" saves and commits in one go (see commit.server.ts).
 */
export async function reviewImport({
  municipalityId,
  id,
  principal,
  lang,
  input,
}: {
  municipalityId: string;
  id: string;
  principal: Principal;
  lang: Lang;
  input: unknown;
}): Promise<ReviewOutcome> {
  assertCan(principal, "import.use");
  const data = parseInput(reviewActionSchema, input);
  const stored = await loadForChange({ municipalityId, id, version: data.version });
  if (data.intent === "discard") {
    await discardImport({ municipalityId, id, version: data.version, principal });
    return { intent: data.intent, version: data.version + 1, result: null };
  }
  let draft = stored.draft;
  const matches = await findMeasureMatches({ municipalityId, measures: draft.measures });
  for (const [rowId, action] of Object.entries(data.decisions)) {
    const row = draft.measures.find((m) => m.id === rowId);
    if (!row) continue;
    const match = matches.get(rowId);
    if (action === "update" && !match) throw new AppError("validation", { fieldErrors: { [`decision.${rowId}`]: { key: "importReview.decision.noMatch" } } });
    draft = decideDraftMeasure(draft, rowId, { action, matchId: action === "update" ? (match?.id ?? null) : null });
  }
  switch (data.intent) {
    case "merge":
      draft = mergeDraftMeasures(draft, selected(data.rows, draft, 2, "importReview.rows.mergeNeedsTwo"));
      break;
    case "delete":
      draft = deleteDraftMeasures(draft, selected(data.rows, draft, 1, "importReview.rows.noneSelected"));
      break;
    case "sector": {
      const rows = selected(data.rows, draft, 1, "importReview.rows.noneSelected");
      if (!data.sectorId) throw new AppError("validation", { fieldErrors: { sectorId: { key: "validation.required" } } });
      const sectorId = data.sectorId === "none" ? null : data.sectorId;
      await assertSector({ municipalityId, sectorId });
      draft = setDraftSector(draft, rows, sectorId);
      break;
    }
    case "deleteGoal":
      draft = deleteDraftGoals(draft, data.goalId ? [data.goalId] : []);
      break;
    default:
      break;
  }
  const version = await saveImportDraft({ municipalityId, id, version: data.version, principal, draft });
  if (data.intent !== "commit") return { intent: data.intent, version, result: null };
  const result = await commitImport({ municipalityId, id, version, principal, lang });
  return { intent: data.intent, version: version + 1, result };
}

/** Chooses where the goals go: an existing strategy of the municipality, or a new one with title and period. */
export async function setImportTarget({
  municipalityId,
  id,
  principal,
  input,
}: {
  municipalityId: string;
  id: string;
  principal: Principal;
  input: Record<string, unknown>;
}) {
  assertCan(principal, "import.use");
  const version = parseInput(reviewActionSchema.pick({ version: true }), input).version;
  const target = parseInput(targetSchema, input);
  const stored = await loadForChange({ municipalityId, id, version });
  if (target.strategyId !== "new") {
    const strategies = await listStrategies({ municipalityId });
    if (!strategies.some((s) => s.id === target.strategyId))
      throw new AppError("validation", { fieldErrors: { strategyId: { key: "validation.invalidChoice" } } });
  }
  const draft: ImportDraft = {
    ...stored.draft,
    target:
      target.strategyId === "new"
        ? { strategyId: null, title: target.title, periodFrom: target.periodFrom, periodTo: target.periodTo }
        : { strategyId: target.strategyId, title: null, periodFrom: null, periodTo: null },
  };
  return saveImportDraft({ municipalityId, id, version, principal, draft });
}

function findRow(draft: ImportDraft, rowId: string): DraftMeasure {
  const row = draft.measures.find((m) => m.id === rowId);
  if (!row) throw new AppError("not_found");
  return row;
}

/** Saves the reviewer's edit of one row (and its sector choice). */
export async function editImportRow({
  municipalityId,
  id,
  rowId,
  principal,
  input,
}: {
  municipalityId: string;
  id: string;
  rowId: string;
  principal: Principal;
  input: unknown;
}) {
  assertCan(principal, "import.use");
  const data = parseInput(draftRowSchema, input);
  const stored = await loadForChange({ municipalityId, id, version: data.version });
  const row = findRow(stored.draft, rowId);
  const sectorId =
    data.sectorId === "auto" || data.sectorId === undefined || data.sectorId === null ? undefined : data.sectorId === "none" ? null : data.sectorId;
  if (sectorId) await assertSector({ municipalityId, sectorId });
  let draft = editDraftMeasure(stored.draft, rowId, {
    code: data.code,
    title: data.title,
    description: data.description,
    sector: row.sector,
    priority: data.priority,
    status: data.status,
    statusReason: data.statusReason,
    completedYear: data.completedYear,
    movedTo: data.movedTo,
    responsible: data.responsible,
    indicator: data.indicator,
    start: data.start,
    end: data.end,
    costs: data.costs,
    benefits: { qualitative: data.qualitative, quantitative: data.quantitative },
    goalNumbers: data.goalNumbers,
    userOriented: data.userOriented,
  });
  if (sectorId !== undefined) draft = setDraftSector(draft, [rowId], sectorId);
  return saveImportDraft({ municipalityId, id, version: data.version, principal, draft });
}

/** Splits one row in two; the new row gets the given title and description. */
export async function splitImportRow({
  municipalityId,
  id,
  rowId,
  principal,
  input,
}: {
  municipalityId: string;
  id: string;
  rowId: string;
  principal: Principal;
  input: unknown;
}) {
  assertCan(principal, "import.use");
  const data = parseInput(splitRowSchema, input);
  const stored = await loadForChange({ municipalityId, id, version: data.version });
  findRow(stored.draft, rowId);
  const draft = splitDraftMeasure(stored.draft, rowId, { title: data.splitTitle, description: data.splitDescription });
  return saveImportDraft({ municipalityId, id, version: data.version, principal, draft });
}

/** Removes one row from the draft. */
export async function deleteImportRow({
  municipalityId,
  id,
  rowId,
  principal,
  input,
}: {
  municipalityId: string;
  id: string;
  rowId: string;
  principal: Principal;
  input: unknown;
}) {
  assertCan(principal, "import.use");
  const { version } = parseInput(reviewActionSchema.pick({ version: true }), input);
  const stored = await loadForChange({ municipalityId, id, version });
  findRow(stored.draft, rowId);
  return saveImportDraft({ municipalityId, id, version, principal, draft: deleteDraftMeasures(stored.draft, [rowId]) });
}

/** Edits a draft goal's number and title; measures that referred to its old main-goal number follow it. */
export async function editImportGoal({
  municipalityId,
  id,
  goalId,
  principal,
  input,
}: {
  municipalityId: string;
  id: string;
  goalId: string;
  principal: Principal;
  input: unknown;
}) {
  assertCan(principal, "import.use");
  const data = parseInput(goalEditSchema, input);
  const stored = await loadForChange({ municipalityId, id, version: data.version });
  const current = stored.draft.goals.find((g) => g.id === goalId);
  if (!current) throw new AppError("not_found");
  if (stored.draft.goals.some((g) => g.id !== goalId && g.number === data.number)) {
    throw new AppError("validation", { fieldErrors: { number: { key: "plan.numberTaken", params: { number: data.number } } } });
  }
  const draft = editDraftGoal(stored.draft, goalId, { number: data.number, title: data.title, parent: current.parent });
  return saveImportDraft({ municipalityId, id, version: data.version, principal, draft });
}
