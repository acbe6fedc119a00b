import type { Actor } from "~/kit/context";
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { db, rowsOf, type Transaction } from "~/kit/db.server";
import { notification, reportingRound, reportingRoundMeasure, statusUpdate } from "~/domains/reporting/db";
import { sector } from "~/domains/tenancy/index.server";
import { assertCan, canReportStatus, type Principal } from "~/kit/permissions";
import { recordChanges } from "~/domains/history/index.server";
import { getMeasureById, isUuid } from "~/domains/measures/index.server";
import { formatDate, type Lang, translate } from "~/kit/i18n";
import { AppError } from "~/kit/errors";
import { byId, scoped } from "~/kit/tenant-scope.server";
import { updateVersioned } from "~/kit/versioned-update.server";
import { getConfiguredMailer, type Mailer } from "./mail.server";
import { getRoundById, owedItems, pgArray } from "./queries.server";
import { parseRoundInput, parseStatusUpdateInput, type StatusUpdateInput } from "./schema";

const STATUS_HISTORY_FIELDS = ["periodLabel", "round", "overall", "progressPercent", "parameters", "internalComment", "publishedAt"] as const;
const ROUND_HISTORY_FIELDS = ["title", "deadline", "scopeSectorIds", "scopeStatuses", "state", "expectedMeasures"] as const;

function conflict(): AppError {
  return new AppError("conflict", { messageRef: { key: "reporting.conflict" } });
}

async function snapshotStatus(tx: Transaction, municipalityId: string, id: string) {
  const [row] = await tx
    .select({
      s: statusUpdate,
      round: sql<string | null>`(select r.title from ${reportingRound} r where r.id = ${statusUpdate.roundId} and r.municipality_id = ${municipalityId})`,
    })
    .from(statusUpdate)
    .where(byId(statusUpdate, { municipalityId, id }));
  const s = row.s;
  return {
    periodLabel: s.periodLabel,
    round: row.round,
    overall: s.overall,
    progressPercent: s.progressPercent,
    parameters: Object.keys(s.parameters).length > 0 ? s.parameters : null,
    internalComment: s.internalComment,
    publishedAt: s.publishedAt,
  };
}

/** A round chosen for a status must be open and expect this measure. */
async function assertRoundForMeasure(tx: Transaction, municipalityId: string, measureId: string, roundId: string | null) {
  if (!roundId) return;
  const [found] = isUuid(roundId)
    ? await tx
        .select({ id: reportingRound.id })
        .from(reportingRound)
        .innerJoin(reportingRoundMeasure, scoped(reportingRoundMeasure, municipalityId, eq(reportingRoundMeasure.roundId, reportingRound.id)))
        .where(and(byId(reportingRound, { municipalityId, id: roundId }), eq(reportingRound.state, "open"), eq(reportingRoundMeasure.measureId, measureId)))
    : [];
  if (!found) throw new AppError("validation", { fieldErrors: { roundId: { key: "validation.invalidChoice" } } });
}

/** Creates the draft (version null) or updates it (version must match); returns the draft's id. */
async function writeDraft({
  tx,
  municipalityId,
  measureId,
  version,
  actor,
  data,
}: {
  tx: Transaction;
  municipalityId: string;
  measureId: string;
  version: number | null;
  actor: Actor;
  data: StatusUpdateInput;
}): Promise<{ id: string; before: Awaited<ReturnType<typeof snapshotStatus>> | null }> {
  await assertRoundForMeasure(tx, municipalityId, measureId, data.roundId);
  const [draft] = await tx
    .select({ id: statusUpdate.id, version: statusUpdate.version })
    .from(statusUpdate)
    .where(scoped(statusUpdate, municipalityId, eq(statusUpdate.measureId, measureId), isNull(statusUpdate.publishedAt)))
    .for("update");
  const columns = {
    periodLabel: data.periodLabel,
    roundId: data.roundId,
    overall: data.overall,
    parameters: data.parameters,
    progressPercent: data.progressPercent,
    internalComment: data.internalComment,
  };
  if (version === null) {
    // Someone else started a draft meanwhile: continue theirs rather than overwrite it.
    if (draft) throw conflict();
    const [row] = await tx
      .insert(statusUpdate)
      .values({ ...columns, municipalityId, measureId, authorId: actor.userId })
      .returning({ id: statusUpdate.id });
    return { id: row.id, before: null };
  }
  if (!draft || draft.version !== version) throw conflict();
  const before = await snapshotStatus(tx, municipalityId, draft.id);
  await tx
    .update(statusUpdate)
    .set({ ...columns, version: sql`${statusUpdate.version} + 1`, updatedAt: new Date() })
    .where(and(byId(statusUpdate, { municipalityId, id: draft.id }), eq(statusUpdate.version, version), isNull(statusUpdate.publishedAt)));
  return { id: draft.id, before };
}

async function loadReportableMeasure({ municipalityId, measureId, principal }: { municipalityId: string; measureId: string; principal: Principal }) {
  const measure = await getMeasureById({ municipalityId, id: measureId });
  if (!canReportStatus(principal, measure)) throw new AppError("forbidden");
  return measure;
}

/**
 * Saves a status draft for a measure. `version` is null when starting a new draft, otherwise the version of the
 * draft the user edited (stale → conflict). Bad input → validation error, nothing written.
 */
export async function saveStatusDraft({
  municipalityId,
  measureId,
  version,
  principal,
  actor,
  input,
}: {
  municipalityId: string;
  measureId: string;
  version: number | null;
  principal: Principal;
  actor: Actor;
  input: unknown;
}): Promise<{ id: string }> {
  const measure = await loadReportableMeasure({ municipalityId, measureId, principal });
  const data = parseStatusUpdateInput({ input });
  return db().transaction(async (tx) => {
    const { id, before } = await writeDraft({ tx, municipalityId, measureId: measure.id, version, actor, data });
    await recordChanges({
      tx,
      municipalityId,
      entityType: "status_update",
      entityId: id,
      before,
      after: await snapshotStatus(tx, municipalityId, id),
      fields: STATUS_HISTORY_FIELDS,
      actor,
    });
    return { id };
  });
}

/**
 * Saves the submitted status and publishes it in one step. A published status is frozen: later changes are a new
 * status update. Publishing needs an overall status.
 */
export async function publishStatusUpdate({
  municipalityId,
  measureId,
  version,
  principal,
  actor,
  input,
  now = new Date(),
}: {
  municipalityId: string;
  measureId: string;
  version: number | null;
  principal: Principal;
  actor: Actor;
  input: unknown;
  now?: Date;
}): Promise<{ id: string }> {
  const measure = await loadReportableMeasure({ municipalityId, measureId, principal });
  const data = parseStatusUpdateInput({ input, publish: true });
  return db().transaction(async (tx) => {
    const { id, before } = await writeDraft({ tx, municipalityId, measureId: measure.id, version, actor, data });
    await tx
      .update(statusUpdate)
      .set({ publishedAt: now, publishedBy: actor.userId, updatedAt: now })
      .where(and(byId(statusUpdate, { municipalityId, id }), isNull(statusUpdate.publishedAt)));
    await recordChanges({
      tx,
      municipalityId,
      entityType: "status_update",
      entityId: id,
      before,
      after: await snapshotStatus(tx, municipalityId, id),
      fields: STATUS_HISTORY_FIELDS,
      actor,
    });
    return { id };
  });
}

// ── Rounds ──────────────────────────────────────────────────────────────────

async function snapshotRound(tx: Transaction, municipalityId: string, id: string) {
  const [row] = await tx
    .select({
      r: reportingRound,
      expectedMeasures: sql<number>`(select count(*)::int from ${reportingRoundMeasure} rm where rm.round_id = ${sql.raw('"reporting_round"."id"')} and rm.municipality_id = ${municipalityId})`,
    })
    .from(reportingRound)
    .where(byId(reportingRound, { municipalityId, id }));
  return {
    title: row.r.title,
    deadline: row.r.deadline,
    scopeSectorIds: row.r.scopeSectorIds,
    scopeStatuses: row.r.scopeStatuses,
    state: row.r.state,
    expectedMeasures: Number(row.expectedMeasures),
  };
}

/** Opens a round; the measures in its scope are stored now and do not change when the portfolio does. */
export async function openRound({ municipalityId, principal, actor, input }: { municipalityId: string; principal: Principal; actor: Actor; input: unknown }) {
  assertCan(principal, "reporting.manage");
  const data = parseRoundInput(input);
  return db().transaction(async (tx) => {
    if (data.sectorIds.length > 0) {
      const found = await tx
        .select({ id: sector.id })
        .from(sector)
        .where(scoped(sector, municipalityId, inArray(sector.id, data.sectorIds)));
      if (found.length !== new Set(data.sectorIds).size) throw new AppError("validation", { fieldErrors: { sectorIds: { key: "validation.invalidChoice" } } });
    }
    const [round] = await tx
      .insert(reportingRound)
      .values({
        municipalityId,
        title: data.title,
        deadline: data.deadline,
        scopeSectorIds: data.sectorIds,
        scopeStatuses: data.statuses,
        openedBy: actor.userId,
      })
      .returning({ id: reportingRound.id });
    await tx.execute(sql`
      insert into reporting_round_measure (round_id, measure_id, municipality_id)
      select ${round.id}, m.id, m.municipality_id from measure m
      where m.municipality_id = ${municipalityId}
        and (${data.sectorIds.length === 0} or m.sector_id = any(${pgArray(data.sectorIds)}::uuid[]))
        and (${data.statuses.length === 0} or m.status = any(${pgArray(data.statuses)}::text[]))`);
    await recordChanges({
      tx,
      municipalityId,
      entityType: "reporting_round",
      entityId: round.id,
      before: null,
      after: await snapshotRound(tx, municipalityId, round.id),
      fields: ROUND_HISTORY_FIELDS,
      actor,
    });
    return { id: round.id };
  });
}

/**
 * Closes a round and freezes a snapshot of the whole portfolio: every measure with its code, title, sector,
 * status, priority, costs and latest published status. Drafts still tied to the round are released from it.
 */
export async function closeRound({
  municipalityId,
  id,
  version,
  principal,
  actor,
  now = new Date(),
}: {
  municipalityId: string;
  id: string;
  version: number;
  principal: Principal;
  actor: Actor;
  now?: Date;
}) {
  assertCan(principal, "reporting.manage");
  const round = await getRoundById({ municipalityId, id });
  if (round.state !== "open" || round.version !== version) throw conflict();
  await db().transaction(async (tx) => {
    const before = await snapshotRound(tx, municipalityId, id);
    await updateVersioned({
      tx,
      table: reportingRound,
      municipalityId,
      id,
      version,
      values: { state: "closed", closedAt: now, closedBy: actor.userId },
      conflict,
      check: async (current) => {
        if (current.state !== "open") throw conflict();
      },
      record: async () => {
        await tx.execute(sql`
      insert into snapshot_row (round_id, measure_id, municipality_id, data)
      select ${id}, m.id, m.municipality_id, jsonb_build_object(
        'measureId', m.id, 'code', m.code, 'title', m.title, 'sectorId', m.sector_id, 'sectorName', s.name,
        'status', m.status, 'priority', m.priority,
        'mergedIntoCode', (select t.code from measure t where t.id = m.merged_into_id and t.municipality_id = m.municipality_id),
        'costTotalNok', coalesce((select sum(c.amount_nok) from measure_cost c where c.measure_id = m.id and c.municipality_id = m.municipality_id), 0)::bigint,
        'costUnknownLines', (select count(*) from measure_cost c where c.measure_id = m.id and c.municipality_id = m.municipality_id and c.amount_nok is null)::int,
        'overall', ls.overall, 'progressPercent', ls.progress_percent, 'statusPeriod', ls.period_label)
      from measure m
      left join sector s on s.id = m.sector_id and s.municipality_id = m.municipality_id
      left join lateral (
        select su.overall, su.progress_percent, su.period_label from status_update su
        where su.measure_id = m.id and su.municipality_id = m.municipality_id and su.published_at is not null
        order by su.published_at desc limit 1
      ) ls on true
      where m.municipality_id = ${municipalityId}`);
        await tx
          .update(statusUpdate)
          .set({ roundId: null })
          .where(scoped(statusUpdate, municipalityId, eq(statusUpdate.roundId, id), isNull(statusUpdate.publishedAt)));
        await recordChanges({
          tx,
          municipalityId,
          entityType: "reporting_round",
          entityId: id,
          before,
          after: await snapshotRound(tx, municipalityId, id),
          fields: ROUND_HISTORY_FIELDS,
          actor,
        });
      },
    });
  });
}

export interface ReminderResult {
  recipients: number;
  emailed: number;
  emailFailed: number;
}

/**
 * Reminds everyone who still owes a report in an open round: one in-app notification each, and an e-mail when a
 * mailer is configured (SMTP_URL and SMTP_FROM, or the one passed in).
 */
export async function sendRoundReminders({
  municipalityId,
  roundId,
  principal,
  lang,
  mailer = getConfiguredMailer(),
}: {
  municipalityId: string;
  roundId: string;
  principal: Principal;
  lang: Lang;
  mailer?: Mailer | null;
}): Promise<ReminderResult> {
  assertCan(principal, "reporting.manage");
  const round = await getRoundById({ municipalityId, id: roundId });
  if (round.state !== "open") throw conflict();
  const recipients = await rowsOf<{ user_id: string; email: string; name: string; count: number }>(
    sql`${owedItems(municipalityId)}
      select o.user_id, u.email, u.name, count(distinct o.measure_id)::int as count
      from owed o join "user" u on u.id = o.user_id
      where o.round_id = ${round.id}
      group by o.user_id, u.email, u.name order by u.name`,
  );
  if (recipients.length === 0) return { recipients: 0, emailed: 0, emailFailed: 0 };
  const params = (count: number) => ({ round: round.title, count, deadline: round.deadline });
  await db()
    .insert(notification)
    .values(
      recipients.map((r) => ({
        municipalityId,
        userId: r.user_id,
        messageKey: "reporting.notification.reminder",
        params: params(Number(r.count)),
        href: "/dashboard",
      })),
    );
  let emailed = 0;
  let emailFailed = 0;
  if (mailer) {
    for (const r of recipients) {
      const vars = { ...params(Number(r.count)), deadline: formatDate(lang, round.deadline), name: r.name };
      try {
        await mailer.sendMail({
          from: mailer.from,
          to: r.email,
          subject: translate(lang, "reporting.email.subject", vars),
          text: translate(lang, "reporting.email.body", vars),
        });
        emailed += 1;
      } catch {
        emailFailed += 1;
      }
    }
  }
  return { recipients: recipients.length, emailed, emailFailed };
}

/** Marks the user's notifications as read: the given ones, or all. */
export async function markNotificationsRead({ municipalityId, userId, ids }: { municipalityId: string; userId: string; ids?: string[] }) {
  const valid = ids?.filter(isUuid);
  await db()
    .update(notification)
    .set({ readAt: new Date() })
    .where(
      scoped(
        notification,
        municipalityId,
        eq(notification.userId, userId),
        isNull(notification.readAt),
        valid ? (valid.length > 0 ? inArray(notification.id, valid) : sql`false`) : undefined,
      ),
    );
}
