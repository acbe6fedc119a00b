import { asc, desc, eq, isNotNull, isNull, or, type SQL, sql } from "drizzle-orm";
import { db, rowsOf } from "~/kit/db.server";
import { notification, reportingRound, snapshotRow, statusUpdate } from "~/domains/reporting/db";
import { user } from "~/domains/tenancy/index.server";
import type { StatusParameters, TrafficLight } from "~/domains/reporting/constants";
import { can, type Principal } from "~/kit/permissions";
import { isUuid } from "~/domains/measures/index.server";
import type { MeasureStatus } from "~/domains/measures";
import { AppError } from "~/kit/errors";
import { byId, scoped } from "~/kit/tenant-scope.server";
import type { SnapshotMeasure } from "./diff";

/** A Postgres array literal, passed as one parameter. */
export function pgArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`).join(",")}}`;
}

function isoDate(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).slice(0, 10);
}

function isoTime(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return (value instanceof Date ? value : new Date(String(value))).toISOString();
}

/** Today in Norway, as YYYY-MM-DD. */
export function osloToday(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

// ── Status updates ──────────────────────────────────────────────────────────

export interface StatusUpdateView {
  id: string;
  measureId: string;
  roundId: string | null;
  roundTitle: string | null;
  periodLabel: string;
  overall: TrafficLight | null;
  parameters: StatusParameters;
  progressPercent: number | null;
  internalComment: string | null;
  authorId: string | null;
  authorName: string | null;
  publishedAt: string | null;
  publishedByName: string | null;
  version: number;
  updatedAt: string;
}

// Outer-query column written out in full: inside the subquery an unqualified name would bind to its own table.
const outerStatusMunicipalityId = sql.raw('"status_update"."municipality_id"');

const statusColumns = {
  id: statusUpdate.id,
  measureId: statusUpdate.measureId,
  roundId: statusUpdate.roundId,
  roundTitle: sql<
    string | null
  >`(select r.title from ${reportingRound} r where r.id = ${statusUpdate.roundId} and r.municipality_id = ${outerStatusMunicipalityId})`,
  periodLabel: statusUpdate.periodLabel,
  overall: statusUpdate.overall,
  parameters: statusUpdate.parameters,
  progressPercent: statusUpdate.progressPercent,
  internalComment: statusUpdate.internalComment,
  authorId: statusUpdate.authorId,
  authorName: sql<string | null>`(select u.name from ${user} u where u.id = ${statusUpdate.authorId})`,
  publishedAt: statusUpdate.publishedAt,
  publishedByName: sql<string | null>`(select u.name from ${user} u where u.id = ${statusUpdate.publishedBy})`,
  version: statusUpdate.version,
  updatedAt: statusUpdate.updatedAt,
};

type StatusRow = { [K in keyof typeof statusColumns]: unknown };

function toView(row: StatusRow): StatusUpdateView {
  return {
    ...(row as unknown as StatusUpdateView),
    parameters: (row.parameters ?? {}) as StatusParameters,
    publishedAt: isoTime(row.publishedAt),
    updatedAt: isoTime(row.updatedAt)!,
  };
}

/**
 * The published status updates of a measure, newest first (the timeline), and the draft when the user may see
 * it: its author, or anyone who may edit the measure.
 */
export async function listStatusUpdates({
  municipalityId,
  measureId,
  viewerId,
  canEdit,
}: {
  municipalityId: string;
  measureId: string;
  viewerId: string | null;
  canEdit: boolean;
}): Promise<{ published: StatusUpdateView[]; draft: StatusUpdateView | null }> {
  if (!isUuid(measureId)) throw new AppError("not_found");
  const draftVisible = canEdit ? sql`true` : viewerId ? eq(statusUpdate.authorId, viewerId) : sql`false`;
  const rows = await db()
    .select(statusColumns)
    .from(statusUpdate)
    .where(scoped(statusUpdate, municipalityId, eq(statusUpdate.measureId, measureId), or(isNotNull(statusUpdate.publishedAt), draftVisible)))
    .orderBy(desc(statusUpdate.publishedAt), desc(statusUpdate.createdAt));
  const views = rows.map(toView);
  return { published: views.filter((v) => v.publishedAt !== null), draft: views.find((v) => v.publishedAt === null) ?? null };
}

/** The newest published status update of a measure, or null. Never a draft. */
export async function getLatestPublishedStatus({ municipalityId, measureId }: { municipalityId: string; measureId: string }): Promise<StatusUpdateView | null> {
  if (!isUuid(measureId)) return null;
  const [row] = await db()
    .select(statusColumns)
    .from(statusUpdate)
    .where(scoped(statusUpdate, municipalityId, eq(statusUpdate.measureId, measureId), isNotNull(statusUpdate.publishedAt)))
    .orderBy(desc(statusUpdate.publishedAt))
    .limit(1);
  return row ? toView(row) : null;
}

export interface PublishedStatusSummary {
  measureId: string;
  periodLabel: string;
  overall: TrafficLight;
  parameters: StatusParameters;
  progressPercent: number | null;
  publishedAt: string;
}

/**
 * The newest published status of every measure of the municipality, for pages that show many measures.
 * Public fields only: no internal comment, no drafts, no author.
 */
export async function listLatestPublishedStatuses({ municipalityId }: { municipalityId: string }): Promise<PublishedStatusSummary[]> {
  const rows = await rowsOf<Record<string, unknown>>(sql`
    select distinct on (su.measure_id) su.measure_id, su.period_label, su.overall, su.parameters, su.progress_percent, su.published_at
    from ${statusUpdate} su
    where su.municipality_id = ${municipalityId} and su.published_at is not null
    order by su.measure_id, su.published_at desc`);
  return rows.map((r) => ({
    measureId: String(r.measure_id),
    periodLabel: String(r.period_label),
    overall: r.overall as TrafficLight,
    parameters: (r.parameters ?? {}) as StatusParameters,
    progressPercent: r.progress_percent === null ? null : Number(r.progress_percent),
    publishedAt: isoTime(r.published_at)!,
  }));
}

/** The draft of a measure (at most one), for the mutations. */
export async function getStatusDraft({ municipalityId, measureId }: { municipalityId: string; measureId: string }) {
  const [row] = await db()
    .select(statusColumns)
    .from(statusUpdate)
    .where(scoped(statusUpdate, municipalityId, eq(statusUpdate.measureId, measureId), isNull(statusUpdate.publishedAt)));
  return row ? toView(row) : null;
}

// ── Rounds ──────────────────────────────────────────────────────────────────

export interface RoundSummary {
  id: string;
  title: string;
  deadline: string;
  state: "open" | "closed";
  openedAt: string;
  closedAt: string | null;
  scopeSectorIds: string[];
  scopeStatuses: MeasureStatus[];
  version: number;
  expected: number;
  published: number;
}

const outerRoundId = sql.raw('"reporting_round"."id"');

const roundColumns = {
  id: reportingRound.id,
  title: reportingRound.title,
  deadline: reportingRound.deadline,
  state: reportingRound.state,
  openedAt: reportingRound.openedAt,
  closedAt: reportingRound.closedAt,
  scopeSectorIds: reportingRound.scopeSectorIds,
  scopeStatuses: reportingRound.scopeStatuses,
  version: reportingRound.version,
  expected: sql<number>`(select count(*)::int from reporting_round_measure rm where rm.round_id = ${outerRoundId})`,
  published: sql<number>`(select count(distinct su.measure_id)::int from status_update su join reporting_round_measure rm on rm.round_id = su.round_id and rm.measure_id = su.measure_id where su.round_id = ${outerRoundId} and su.published_at is not null)`,
};

function toRound(row: Record<keyof typeof roundColumns, unknown>): RoundSummary {
  return {
    ...(row as unknown as RoundSummary),
    deadline: isoDate(row.deadline),
    openedAt: isoTime(row.openedAt)!,
    closedAt: isoTime(row.closedAt),
    expected: Number(row.expected),
    published: Number(row.published),
  };
}

export async function listRounds({ municipalityId, state }: { municipalityId: string; state?: "open" | "closed" }): Promise<RoundSummary[]> {
  const rows = await db()
    .select(roundColumns)
    .from(reportingRound)
    .where(scoped(reportingRound, municipalityId, state ? eq(reportingRound.state, state) : undefined))
    .orderBy(desc(reportingRound.deadline), desc(reportingRound.openedAt));
  return rows.map(toRound);
}

export async function getRoundById({ municipalityId, id }: { municipalityId: string; id: string }): Promise<RoundSummary> {
  if (!isUuid(id)) throw new AppError("not_found");
  const [row] = await db().select(roundColumns).from(reportingRound).where(byId(reportingRound, { municipalityId, id }));
  if (!row) throw new AppError("not_found");
  return toRound(row);
}

export type ReportState = "published" | "draft" | "missing";

export interface RoundMeasureRow {
  measureId: string;
  code: string;
  title: string;
  sectorName: string | null;
  responsibleName: string | null;
  state: ReportState;
  overall: TrafficLight | null;
  overdue: boolean;
}

export interface SectorCompleteness {
  sectorId: string | null;
  sectorName: string | null;
  expected: number;
  published: number;
  drafts: number;
  overdue: number;
}

export interface RoundCompleteness {
  totals: { expected: number; published: number; drafts: number; missing: number; overdue: number };
  sectors: SectorCompleteness[];
  measures: RoundMeasureRow[];
}

/** Per round measure: has it published for this round, does it have a draft for it, is it overdue (CTE `items`). */
function roundItems(municipalityId: string, roundId: string, today: string): SQL {
  return sql`
    with items as (
      select m.id as measure_id, m.code, m.title, m.sector_id, s.name as sector_name, s.sort_order as sector_order,
        coalesce((select u.name from "user" u where u.id = m.responsible_user_id), m.responsible_text) as responsible_name,
        pub.overall,
        (pub.id is not null) as published,
        (pub.id is null and exists (select 1 from status_update d where d.measure_id = m.id and d.round_id = r.id and d.municipality_id = r.municipality_id and d.published_at is null)) as draft,
        (pub.id is null and r.state = 'open' and r.deadline < ${today}::date) as overdue
      from reporting_round r
      join reporting_round_measure rm on rm.round_id = r.id and rm.municipality_id = r.municipality_id
      join measure m on m.id = rm.measure_id and m.municipality_id = r.municipality_id
      left join sector s on s.id = m.sector_id and s.municipality_id = r.municipality_id
      left join lateral (
        select su.id, su.overall from status_update su
        where su.measure_id = m.id and su.round_id = r.id and su.municipality_id = r.municipality_id and su.published_at is not null
        order by su.published_at desc limit 1
      ) pub on true
      where r.id = ${roundId} and r.municipality_id = ${municipalityId}
    )`;
}

/** How far a round has come: totals, per sector, and every expected measure; counted in SQL. */
export async function getRoundCompleteness({
  municipalityId,
  roundId,
  today = osloToday(),
}: {
  municipalityId: string;
  roundId: string;
  today?: string;
}): Promise<RoundCompleteness> {
  const items = roundItems(municipalityId, roundId, today);
  const sectors = await rowsOf<Record<string, unknown>>(sql`${items}
    select sector_id, sector_name, count(*)::int as expected,
      (count(*) filter (where published))::int as published,
      (count(*) filter (where draft))::int as drafts,
      (count(*) filter (where overdue))::int as overdue
    from items group by sector_id, sector_name, sector_order
    order by sector_order nulls last, sector_name nulls last`);
  const measures = await rowsOf<Record<string, unknown>>(sql`${items}
    select measure_id, code, title, sector_name, responsible_name, overall, published, draft, overdue from items order by code`);
  const sectorRows: SectorCompleteness[] = sectors.map((s) => ({
    sectorId: (s.sector_id as string | null) ?? null,
    sectorName: (s.sector_name as string | null) ?? null,
    expected: Number(s.expected),
    published: Number(s.published),
    drafts: Number(s.drafts),
    overdue: Number(s.overdue),
  }));
  const [totals] = await rowsOf<Record<string, unknown>>(sql`${items}
    select count(*)::int as expected, (count(*) filter (where published))::int as published,
      (count(*) filter (where draft))::int as drafts, (count(*) filter (where overdue))::int as overdue from items`);
  const expected = Number(totals?.expected ?? 0);
  const published = Number(totals?.published ?? 0);
  return {
    totals: { expected, published, drafts: Number(totals?.drafts ?? 0), missing: expected - published, overdue: Number(totals?.overdue ?? 0) },
    sectors: sectorRows,
    measures: measures.map((m) => ({
      measureId: String(m.measure_id),
      code: String(m.code),
      title: String(m.title),
      sectorName: (m.sector_name as string | null) ?? null,
      responsibleName: (m.responsible_name as string | null) ?? null,
      state: m.published ? "published" : m.draft ? "draft" : "missing",
      overall: (m.overall as TrafficLight | null) ?? null,
      overdue: Boolean(m.overdue),
    })),
  };
}

/**
 * Who owes a report for a measure in an open round: its responsible user; when it has none, the coordinators
 * whose sector list includes the measure's sector. Rows (round, measure, user) still without a published status.
 */
export function owedItems(municipalityId: string): SQL {
  return sql`
    with owed as (
      select r.id as round_id, r.title as round_title, r.deadline, m.id as measure_id, m.code, m.title, o.user_id
      from reporting_round r
      join reporting_round_measure rm on rm.round_id = r.id and rm.municipality_id = r.municipality_id
      join measure m on m.id = rm.measure_id and m.municipality_id = r.municipality_id
      join lateral (
        select m.responsible_user_id as user_id where m.responsible_user_id is not null
        union
        select ms.user_id from membership ms
        where m.responsible_user_id is null and ms.municipality_id = r.municipality_id and ms.role = 'coordinator'
          and cardinality(ms.sector_ids) > 0 and m.sector_id = any(ms.sector_ids)
      ) o on true
      where r.municipality_id = ${municipalityId} and r.state = 'open'
        and not exists (select 1 from status_update su where su.measure_id = m.id and su.round_id = r.id and su.municipality_id = r.municipality_id and su.published_at is not null)
    )`;
}

export interface OwedReport {
  roundId: string;
  roundTitle: string;
  deadline: string;
  measureId: string;
  code: string;
  title: string;
  hasDraft: boolean;
  overdue: boolean;
}

/** What the user still has to report in the open rounds, soonest deadline first. Empty for readers. */
export async function listOwedReports({
  municipalityId,
  principal,
  today = osloToday(),
}: {
  municipalityId: string;
  principal: Principal;
  today?: string;
}): Promise<OwedReport[]> {
  if (!principal.userId || !can(principal, "measures.edit")) return [];
  const rows = await rowsOf<Record<string, unknown>>(sql`${owedItems(municipalityId)}
    select distinct o.round_id, o.round_title, o.deadline, o.measure_id, o.code, o.title,
      exists (select 1 from status_update d where d.measure_id = o.measure_id and d.municipality_id = ${municipalityId} and d.published_at is null) as has_draft,
      (o.deadline < ${today}::date) as overdue
    from owed o where o.user_id = ${principal.userId}
    order by o.deadline, o.code`);
  return rows.map((r) => ({
    roundId: String(r.round_id),
    roundTitle: String(r.round_title),
    deadline: isoDate(r.deadline),
    measureId: String(r.measure_id),
    code: String(r.code),
    title: String(r.title),
    hasDraft: Boolean(r.has_draft),
    overdue: Boolean(r.overdue),
  }));
}

/** The open rounds a measure is expected to report in, for the status form. */
export async function listOpenRoundsForMeasure({ municipalityId, measureId }: { municipalityId: string; measureId: string }) {
  const rows = await rowsOf<Record<string, unknown>>(sql`
    select r.id, r.title, r.deadline from reporting_round r
    join reporting_round_measure rm on rm.round_id = r.id and rm.municipality_id = r.municipality_id
    where r.municipality_id = ${municipalityId} and rm.measure_id = ${measureId} and r.state = 'open'
    order by r.deadline`);
  return rows.map((r) => ({ id: String(r.id), title: String(r.title), deadline: isoDate(r.deadline) }));
}

// ── Snapshots ───────────────────────────────────────────────────────────────

/** The frozen portfolio of a closed round, ordered by code. */
export async function listSnapshotRows({ municipalityId, roundId }: { municipalityId: string; roundId: string }): Promise<SnapshotMeasure[]> {
  if (!isUuid(roundId)) throw new AppError("not_found");
  const rows = await db()
    .select({ data: snapshotRow.data })
    .from(snapshotRow)
    .where(scoped(snapshotRow, municipalityId, eq(snapshotRow.roundId, roundId)))
    .orderBy(asc(sql`${snapshotRow.data}->>'code'`));
  return rows.map((r) => r.data as SnapshotMeasure);
}

// ── Notifications ───────────────────────────────────────────────────────────

export interface NotificationView {
  id: string;
  messageKey: string;
  params: Record<string, string | number>;
  href: string | null;
  createdAt: string;
  read: boolean;
}

export async function listNotifications({
  municipalityId,
  userId,
  limit = 20,
}: {
  municipalityId: string;
  userId: string;
  limit?: number;
}): Promise<NotificationView[]> {
  const rows = await db()
    .select()
    .from(notification)
    .where(scoped(notification, municipalityId, eq(notification.userId, userId)))
    .orderBy(desc(notification.createdAt))
    .limit(limit);
  return rows.map((n) => ({
    id: n.id,
    messageKey: n.messageKey,
    params: n.params,
    href: n.href,
    createdAt: n.createdAt.toISOString(),
    read: n.readAt !== null,
  }));
}

/** For the front page: what the user owes and their latest notifications. */
export async function getReportingInbox({ municipalityId, principal }: { municipalityId: string; principal: Principal }) {
  const [owed, notifications] = await Promise.all([
    listOwedReports({ municipalityId, principal }),
    principal.userId ? listNotifications({ municipalityId, userId: principal.userId, limit: 10 }) : Promise.resolve([]),
  ]);
  return { owed, notifications };
}

/** For the measure page: the latest published status (without the internal comment) and whether a draft exists. */
export async function getMeasureReporting({ municipalityId, measureId, canReport }: { municipalityId: string; measureId: string; canReport: boolean }) {
  const latest = await getLatestPublishedStatus({ municipalityId, measureId });
  const draft = canReport ? await getStatusDraft({ municipalityId, measureId }) : null;
  return { latest: latest ? { ...latest, internalComment: null } : null, canReport, hasDraft: draft !== null };
}
