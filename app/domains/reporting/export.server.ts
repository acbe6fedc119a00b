/**
 * Spreadsheet exports of the portfolio (the measures list, with the /measures filters), the goals, the status
 * history (published status updates) and a closed round's snapshot, as a `Sheet` that app/utils/xlsx.server.ts
 * and app/utils/csv.ts write. Each list is one SQL query filtered by municipality; headers and choices come
 * from the catalogue in the user's language.
 *
 * Status exports never contain drafts: only published status updates. The internal comment is in the status
 * history, which only signed-in users and API tokens of the municipality can download.
 */
import { sql } from "drizzle-orm";
import { rowsOf } from "~/kit/db.server";
import { STATUS_PARAMETERS, type StatusParameters, type TrafficLight } from "~/domains/reporting/constants";
import { createTranslator, type Lang, type MessageKey, type Translate } from "~/kit/i18n";
import { compareGoalNumbers } from "~/domains/plan";
import { listMeasuresForExport } from "~/domains/measures/index.server";
import type { MeasureFilter } from "~/domains/measures/index.server";
import { getRoundById, listSnapshotRows } from "~/domains/reporting/queries.server";
import { AppError } from "~/kit/errors";
import { isUuid } from "~/kit/ids";
import type { Sheet, SheetColumn } from "~/kit/xlsx.server";

function columnsOf(t: Translate, specs: Array<[MessageKey, SheetColumn["kind"]] | MessageKey>): SheetColumn[] {
  return specs.map((spec) => (typeof spec === "string" ? { header: t(spec), kind: "text" } : { header: t(spec[0]), kind: spec[1] }));
}

/** "Grønn – i rute"; the text always names the light, so it never depends on colour. */
function lightText(t: Translate, light: TrafficLight | null | undefined): string | null {
  if (!light) return null;
  return t("reporting.light.withMeaning", { light: t(`reporting.light.${light}`), meaning: t(`reporting.light.${light}.meaning`) });
}

const isoDay = (value: Date | string | null) => (value === null ? null : (value instanceof Date ? value : new Date(value)).toISOString().slice(0, 10));

/** The portfolio: every measure matching the /measures filter (all pages), in the portfolio's order. */
export async function getMeasuresExport({
  municipalityId,
  filter,
  lang,
}: {
  municipalityId: string;
  filter: Partial<MeasureFilter>;
  lang: Lang;
}): Promise<Sheet> {
  const t = createTranslator(lang);
  const rows = await listMeasuresForExport({ municipalityId, filter });
  const columns = columnsOf(t, [
    "exports.col.measureCode",
    "exports.col.measureTitle",
    "exports.col.sector",
    "exports.col.status",
    ["exports.col.priority", "number"],
    "exports.col.responsible",
    "exports.col.userOriented",
    ["exports.col.planYear", "number"],
    "exports.col.start",
    "exports.col.end",
    "exports.col.goals",
    ["exports.col.knownCost", "nok"],
    ["exports.col.usedCost", "nok"],
    "exports.col.overall",
    ["exports.col.progress", "number"],
    "exports.col.statusPeriod",
    ["exports.col.updatedAt", "date"],
  ]);
  const body = rows.map((r) => [
    r.code,
    r.title,
    r.sectorName,
    t(`measures.status.${r.status}`),
    r.priority,
    r.responsible,
    r.userOriented ? t("common.yes") : t("common.no"),
    r.planYear,
    r.startPeriod,
    r.endPeriod,
    r.goalNumbers.join(", ") || null,
    r.knownCostNok,
    r.usedCostNok,
    lightText(t, r.overall),
    r.progressPercent,
    r.statusPeriod,
    isoDay(r.updatedAt),
  ]);
  return { name: t("exports.measures.sheet"), columns, rows: body };
}

interface GoalExportRow {
  strategyOrder: number;
  strategyTitle: string;
  number: string;
  title: string;
  parentNumber: string | null;
  description: string | null;
  indicator: string | null;
  measureCount: number;
}

/** Every goal of the municipality with its strategy, parent goal and number of linked measures, in one query; strategies newest period first. */
export async function listGoalExportRows({ municipalityId }: { municipalityId: string }): Promise<GoalExportRow[]> {
  return rowsOf<GoalExportRow>(sql`
    select dense_rank() over (order by s.period_from desc, s.title, s.id)::int as "strategyOrder", s.title as "strategyTitle", g.number, g.title, p.number as "parentNumber", g.description, g.indicator,
      (select count(*)::int from measure_goal mg join measure m on m.id = mg.measure_id
        where mg.goal_id = g.id and mg.municipality_id = g.municipality_id and m.municipality_id = g.municipality_id) as "measureCount"
    from goal g
    join strategy s on s.id = g.strategy_id and s.municipality_id = g.municipality_id
    left join goal p on p.id = g.parent_id and p.municipality_id = g.municipality_id
    where g.municipality_id = ${municipalityId}
    order by 1, g.number`);
}

export async function getGoalsExport({ municipalityId, lang }: { municipalityId: string; lang: Lang }): Promise<Sheet> {
  const t = createTranslator(lang);
  const rows = (await listGoalExportRows({ municipalityId })).sort((a, b) => a.strategyOrder - b.strategyOrder || compareGoalNumbers(a.number, b.number));
  const columns = columnsOf(t, [
    "exports.col.strategy",
    "exports.col.goalNumber",
    "exports.col.goalTitle",
    "exports.col.parentGoal",
    "exports.col.description",
    "exports.col.indicator",
    ["exports.col.measureCount", "number"],
  ]);
  const body = rows.map((r) => [r.strategyTitle, r.number, r.title, r.parentNumber, r.description, r.indicator, r.measureCount]);
  return { name: t("exports.goals.sheet"), columns, rows: body };
}

interface StatusExportRow {
  measureCode: string;
  measureTitle: string;
  periodLabel: string;
  roundTitle: string | null;
  overall: TrafficLight | null;
  progressPercent: number | null;
  parameters: StatusParameters | null;
  internalComment: string | null;
  publishedAt: string;
  publishedByName: string | null;
}

/** The published status updates (never drafts), of all measures or of one, in one query. */
export async function listStatusExportRows({ municipalityId, measureId }: { municipalityId: string; measureId: string | null }): Promise<StatusExportRow[]> {
  return rowsOf<StatusExportRow>(sql`
    select m.code as "measureCode", m.title as "measureTitle", su.period_label as "periodLabel", r.title as "roundTitle",
      su.overall, su.progress_percent as "progressPercent", su.parameters, su.internal_comment as "internalComment",
      to_char(su.published_at at time zone 'Europe/Oslo', 'YYYY-MM-DD') as "publishedAt", u.name as "publishedByName"
    from status_update su
    join measure m on m.id = su.measure_id and m.municipality_id = su.municipality_id
    left join reporting_round r on r.id = su.round_id and r.municipality_id = su.municipality_id
    left join "user" u on u.id = su.published_by
    where su.municipality_id = ${municipalityId} and su.published_at is not null
      ${measureId === null ? sql`` : sql`and su.measure_id = ${measureId}`}
    order by m.code, su.published_at desc`);
}

/** The status history; `measureId` (from `?measure=`) limits it to one measure of the municipality. */
export async function getStatusHistoryExport({
  municipalityId,
  measureId,
  lang,
}: {
  municipalityId: string;
  measureId: string | null;
  lang: Lang;
}): Promise<Sheet> {
  if (measureId !== null && !isUuid(measureId)) throw new AppError("validation", { fieldErrors: { measure: { key: "validation.invalid" } } });
  const t = createTranslator(lang);
  const rows = await listStatusExportRows({ municipalityId, measureId });
  const parameterColumns = STATUS_PARAMETERS.flatMap((p): SheetColumn[] => {
    const parameter = t(`reporting.parameter.${p}`);
    return [
      { header: t("exports.col.parameterLight", { parameter }), kind: "text" },
      { header: t("exports.col.parameterComment", { parameter }), kind: "text" },
    ];
  });
  const columns = [
    ...columnsOf(t, [
      "exports.col.measureCode",
      "exports.col.measureTitle",
      "exports.col.period",
      "exports.col.round",
      "exports.col.overall",
      ["exports.col.progress", "number"],
    ]),
    ...parameterColumns,
    ...columnsOf(t, ["exports.col.internalComment", ["exports.col.publishedAt", "date"], "exports.col.publishedBy"]),
  ];
  const body = rows.map((r) => [
    r.measureCode,
    r.measureTitle,
    r.periodLabel,
    r.roundTitle,
    lightText(t, r.overall),
    r.progressPercent,
    ...STATUS_PARAMETERS.flatMap((p) => [lightText(t, r.parameters?.[p]?.light), r.parameters?.[p]?.comment ?? null]),
    r.internalComment,
    r.publishedAt,
    r.publishedByName,
  ]);
  return { name: t("exports.statusHistory.sheet"), columns, rows: body };
}

/** The frozen portfolio of a closed round; not_found for open rounds and other municipalities' rounds. */
export async function getSnapshotExport({ municipalityId, roundId, lang }: { municipalityId: string; roundId: string; lang: Lang }): Promise<Sheet> {
  const round = await getRoundById({ municipalityId, id: roundId });
  if (round.state !== "closed") throw new AppError("not_found");
  const t = createTranslator(lang);
  const rows = await listSnapshotRows({ municipalityId, roundId: round.id });
  const columns = columnsOf(t, [
    "exports.col.measureCode",
    "exports.col.measureTitle",
    "exports.col.sector",
    "exports.col.status",
    ["exports.col.priority", "number"],
    "exports.col.mergedInto",
    ["exports.col.knownCost", "nok"],
    ["exports.col.unknownCostLines", "number"],
    "exports.col.overall",
    ["exports.col.progress", "number"],
    "exports.col.statusPeriod",
  ]);
  const body = rows.map((r) => [
    r.code,
    r.title,
    r.sectorName,
    t(`measures.status.${r.status}`),
    r.priority,
    r.mergedIntoCode,
    r.costTotalNok,
    r.costUnknownLines,
    lightText(t, r.overall),
    r.progressPercent,
    r.statusPeriod,
  ]);
  return { name: t("exports.snapshot.sheet"), columns, rows: body };
}
