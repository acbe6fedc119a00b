import { formatPeriod, parsePeriod } from "~/domains/measures";
import { listStrategies } from "~/domains/plan/index.server";
import { AppError } from "~/kit/errors";
import type { Lang } from "~/kit/i18n";
import { listSectors } from "~/domains/tenancy/index.server";
import { decisionFor, matchSector, parseStrategyPeriod } from "./commit.server";
import type { DraftMeasure, DraftSource } from "./draft";
import { findMeasureMatches, getImportById } from "./queries.server";

export interface ReviewRow {
  id: string;
  code: string | null;
  suggestedCode: string | null;
  title: string;
  description: string | null;
  sectorText: string | null;
  sectorId: string | null;
  sectorChosen: boolean;
  status: DraftMeasure["status"];
  statusReason: string | null;
  goalNumbers: number[];
  responsible: string | null;
  confidence: number;
  sources: DraftSource[];
  assisted: string[];
  match: { id: string; code: string; title: string; reason: "code" | "title" } | null;
  action: "create" | "update" | "skip";
}

/** Everything the review screen shows: the stored draft with live matches, sectors and strategies. */
export async function getImportReview({ municipalityId, id }: { municipalityId: string; id: string }) {
  const stored = await getImportById({ municipalityId, id });
  const [sectors, strategies, matches] = await Promise.all([
    listSectors({ municipalityId }),
    listStrategies({ municipalityId }),
    stored.state === "review" ? findMeasureMatches({ municipalityId, measures: stored.draft.measures }) : Promise.resolve(new Map()),
  ]);
  const draft = stored.draft;
  const rows: ReviewRow[] = draft.measures.map((m) => {
    const match = matches.get(m.id);
    return {
      id: m.id,
      code: m.code,
      suggestedCode: m.suggestedCode,
      title: m.title,
      description: m.description,
      sectorText: m.sector,
      sectorId: matchSector(m, sectors),
      sectorChosen: m.review?.sectorId !== undefined,
      status: m.status,
      statusReason: m.statusReason,
      goalNumbers: m.goalNumbers,
      responsible: m.responsible,
      confidence: m.confidence,
      sources: m.sources,
      assisted: m.assisted ?? [],
      match: match ? { id: match.id, code: match.code, title: match.title, reason: match.reason } : null,
      action: decisionFor(m, match).action,
    };
  });
  const period = parseStrategyPeriod(draft.strategy.period);
  return {
    import: {
      id: stored.id,
      fileName: stored.fileName,
      format: stored.format,
      state: stored.state,
      version: stored.version,
      createdAt: stored.createdAt,
      createdByName: stored.createdByName,
      updatedAt: stored.updatedAt,
      committedAt: stored.committedAt,
      result: stored.result,
      pages: draft.file.pages,
      lines: draft.file.lines,
    },
    layouts: draft.layouts,
    warnings: draft.warnings,
    strategy: draft.strategy,
    target: {
      strategyId: draft.target?.strategyId ?? null,
      title: draft.target?.title ?? draft.strategy.title,
      periodFrom: draft.target?.periodFrom ?? period?.from ?? null,
      periodTo: draft.target?.periodTo ?? period?.to ?? null,
    },
    goals: draft.goals,
    principles: draft.principles,
    rows,
    counts: {
      create: rows.filter((r) => r.action === "create").length,
      update: rows.filter((r) => r.action === "update").length,
      skip: rows.filter((r) => r.action === "skip").length,
    },
    sectors: sectors.map((s) => ({ id: s.id, name: s.name })),
    strategies: strategies.map((s) => ({ id: s.id, title: s.title, periodFrom: s.periodFrom, periodTo: s.periodTo })),
  };
}

export type ImportReview = Awaited<ReturnType<typeof getImportReview>>;

/** One draft row for its edit page, with the form's stored values; only while the import is in review. */
export async function getImportRow({ municipalityId, id, rowId, lang }: { municipalityId: string; id: string; rowId: string; lang: Lang }) {
  const stored = await getImportById({ municipalityId, id });
  const row = stored.draft.measures.find((m) => m.id === rowId);
  if (!row || stored.state !== "review") throw new AppError("not_found");
  const sectors = await listSectors({ municipalityId });
  const sectorId = matchSector(row, sectors);
  return {
    importId: stored.id,
    fileName: stored.fileName,
    version: stored.version,
    sectors: sectors.map((s) => ({ id: s.id, name: s.name })),
    row: {
      id: row.id,
      sources: row.sources,
      fieldSources: row.fieldSources,
      values: {
        code: row.code ?? row.suggestedCode ?? "",
        title: row.title,
        description: row.description ?? "",
        sectorId: sectorId ?? "none",
        status: row.status ?? "",
        statusReason: row.statusReason ?? "",
        completedYear: row.completedYear === null ? "" : String(row.completedYear),
        movedTo: row.movedTo ?? "",
        responsible: row.responsible ?? "",
        indicator: row.indicator ?? "",
        start: formatPeriod(row.start ? parsePeriod(row.start) : null, lang),
        end: formatPeriod(row.end ? parsePeriod(row.end) : null, lang),
        priority: row.priority === null ? "" : String(row.priority),
        goalNumbers: row.goalNumbers.join(", "),
        userOriented: row.userOriented === null ? "" : row.userOriented ? "yes" : "no",
        costs: row.costs.map((c) => c.text).join("\n"),
        qualitative: row.benefits.qualitative ?? "",
        quantitative: row.benefits.quantitative ?? "",
      },
    },
  };
}

/** One draft goal for its edit page; only while the import is in review. */
export async function getImportGoal({ municipalityId, id, goalId }: { municipalityId: string; id: string; goalId: string }) {
  const stored = await getImportById({ municipalityId, id });
  const goal = stored.draft.goals.find((g) => g.id === goalId);
  if (!goal || stored.state !== "review") throw new AppError("not_found");
  return { importId: stored.id, fileName: stored.fileName, version: stored.version, goal };
}
