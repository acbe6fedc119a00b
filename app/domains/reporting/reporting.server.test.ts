import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../tests/setup/database";
import { db } from "~/kit/db.server";
import { changeLog } from "~/domains/history/index.server";
import { measure, measureCost } from "~/domains/measures/index.server";
import { membership, sector, user } from "~/domains/tenancy/index.server";
import { notification, statusUpdate } from "~/domains/reporting/db";
import type { Principal } from "~/kit/permissions";
import { createMunicipality } from "~/domains/tenancy/index.server";
import { AppError } from "~/kit/errors";
import type { MailMessage } from "./mail.server";
import { closeRound, markNotificationsRead, openRound, publishStatusUpdate, saveStatusDraft, sendRoundReminders } from "./mutations.server";
import {
  getLatestPublishedStatus,
  getRoundById,
  getRoundCompleteness,
  listLatestPublishedStatuses,
  listNotifications,
  listOwedReports,
  listRounds,
  listSnapshotRows,
  listStatusUpdates,
} from "./queries.server";

useTestDatabase();

const admin: Principal = { role: "admin", userId: null, sectorIds: [] };
const actor = { userId: null, label: "test" };

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** A municipality with two sectors, five measures, a contributor responsible for two of them and a sector coordinator. */
async function setup(code: string) {
  const m = await createMunicipality({
    code,
    name: `Kommune ${code}`,
    sectors: [
      { name: "Helse", codePrefix: "HO" },
      { name: "Oppvekst", codePrefix: "O" },
    ],
  });
  const sectors = await db().select().from(sector).where(eq(sector.municipalityId, m.id)).orderBy(sector.sortOrder, sector.name);
  const ho = sectors.find((s) => s.codePrefix === "HO")!.id;
  const o = sectors.find((s) => s.codePrefix === "O")!.id;
  const contributorId = `contributor-${code}`;
  const coordinatorId = `coordinator-${code}`;
  const readerId = `reader-${code}`;
  await db()
    .insert(user)
    .values([
      { id: contributorId, name: `Bidragsyter ${code}`, email: `bidrag${code}@example.no` },
      { id: coordinatorId, name: `Koordinator ${code}`, email: `koord${code}@example.no` },
      { id: readerId, name: `Leser ${code}`, email: `leser${code}@example.no` },
    ]);
  await db()
    .insert(membership)
    .values([
      { userId: contributorId, municipalityId: m.id, role: "contributor" },
      { userId: coordinatorId, municipalityId: m.id, role: "coordinator", sectorIds: [o] },
      { userId: readerId, municipalityId: m.id, role: "reader" },
    ]);
  const rows = await db()
    .insert(measure)
    .values([
      { municipalityId: m.id, code: "HO1", title: "Velferdsteknologi", sectorId: ho, status: "in_progress", responsibleUserId: contributorId },
      { municipalityId: m.id, code: "HO2", title: "Digitalt tilsyn", sectorId: ho, status: "planned", responsibleUserId: contributorId },
      { municipalityId: m.id, code: "HO3", title: "Idé om roboter", sectorId: ho, status: "idea" },
      { municipalityId: m.id, code: "O1", title: "Læringsbrett", sectorId: o, status: "in_progress" },
      { municipalityId: m.id, code: "O2", title: "Ny skoleportal", sectorId: o, status: "completed", completedOn: "2025-06-01" },
    ])
    .returning();
  const ids = Object.fromEntries(rows.map((r) => [r.code, r.id])) as Record<string, string>;
  await db()
    .insert(measureCost)
    .values([
      { municipalityId: m.id, measureId: ids.HO1, amountNok: 100_000, recurrence: "one_off", costType: "investment", fundingSource: "own_budget" },
      { municipalityId: m.id, measureId: ids.HO1, amountNok: 20_000, recurrence: "annual", costType: "operating", fundingSource: "own_budget" },
      { municipalityId: m.id, measureId: ids.HO1, amountNok: null, recurrence: "annual", costType: "operating", fundingSource: "unknown" },
    ]);
  const contributor: Principal = { role: "contributor", userId: contributorId, sectorIds: [] };
  const coordinator: Principal = { role: "coordinator", userId: coordinatorId, sectorIds: [o] };
  const reader: Principal = { role: "reader", userId: readerId, sectorIds: [] };
  return { m, ho, o, ids, contributor, coordinator, reader, contributorActor: { userId: contributorId, label: null } };
}

const GOOD = {
  periodLabel: "Status pr. januar 2026",
  overall: "yellow",
  progressPercent: "40",
  light_cost: "red",
  comment_cost: "Dyrere enn planlagt",
  internalComment: "Bare for oss",
};

describe("status updates", () => {
  it("a draft is seen by its author and by editors, never by readers, until it is published", async () => {
    const s = await setup("5001");
    const { id } = await saveStatusDraft({
      municipalityId: s.m.id,
      measureId: s.ids.HO1,
      version: null,
      principal: s.contributor,
      actor: s.contributorActor,
      input: GOOD,
    });
    const asReader = await listStatusUpdates({ municipalityId: s.m.id, measureId: s.ids.HO1, viewerId: s.reader.userId, canEdit: false });
    expect(asReader).toEqual({ published: [], draft: null });
    const asAuthor = await listStatusUpdates({ municipalityId: s.m.id, measureId: s.ids.HO1, viewerId: s.contributor.userId, canEdit: false });
    expect(asAuthor.draft?.id).toBe(id);
    const asAdmin = await listStatusUpdates({ municipalityId: s.m.id, measureId: s.ids.HO1, viewerId: "someone-else", canEdit: true });
    expect(asAdmin.draft).toMatchObject({ overall: "yellow", progressPercent: 40, parameters: { cost: { light: "red", comment: "Dyrere enn planlagt" } } });
    expect(await getLatestPublishedStatus({ municipalityId: s.m.id, measureId: s.ids.HO1 })).toBeNull();
    expect(await listLatestPublishedStatuses({ municipalityId: s.m.id })).toEqual([]);
  });

  it("publishing freezes the status; a correction is a new update, and both stay in the timeline", async () => {
    const s = await setup("5002");
    const { id } = await saveStatusDraft({
      municipalityId: s.m.id,
      measureId: s.ids.HO1,
      version: null,
      principal: s.contributor,
      actor: s.contributorActor,
      input: GOOD,
    });
    await publishStatusUpdate({
      municipalityId: s.m.id,
      measureId: s.ids.HO1,
      version: 1,
      principal: s.contributor,
      actor: s.contributorActor,
      input: GOOD,
      now: new Date("2026-01-20T10:00:00Z"),
    });
    // The published update is no longer a draft: saving with its version starts nothing and changes nothing.
    expect(
      (
        await errorOf(
          saveStatusDraft({
            municipalityId: s.m.id,
            measureId: s.ids.HO1,
            version: 2,
            principal: s.contributor,
            actor: s.contributorActor,
            input: { ...GOOD, overall: "green" },
          }),
        )
      ).code,
    ).toBe("conflict");
    const [frozen] = await db().select().from(statusUpdate).where(eq(statusUpdate.id, id));
    expect(frozen).toMatchObject({ overall: "yellow", version: 2 });
    await publishStatusUpdate({
      municipalityId: s.m.id,
      measureId: s.ids.HO1,
      version: null,
      principal: s.contributor,
      actor: s.contributorActor,
      input: { ...GOOD, periodLabel: "Rettelse januar 2026", overall: "green" },
      now: new Date("2026-01-25T10:00:00Z"),
    });
    const timeline = await listStatusUpdates({ municipalityId: s.m.id, measureId: s.ids.HO1, viewerId: null, canEdit: false });
    expect(timeline.published.map((p) => [p.periodLabel, p.overall])).toEqual([
      ["Rettelse januar 2026", "green"],
      ["Status pr. januar 2026", "yellow"],
    ]);
    expect((await getLatestPublishedStatus({ municipalityId: s.m.id, measureId: s.ids.HO1 }))?.overall).toBe("green");
    const latest = await listLatestPublishedStatuses({ municipalityId: s.m.id });
    expect(latest).toHaveLength(1);
    expect(latest[0]).not.toHaveProperty("internalComment");
    const history = await db()
      .select()
      .from(changeLog)
      .where(and(eq(changeLog.entityType, "status_update"), eq(changeLog.entityId, id)));
    expect(history.map((h) => h.field)).toEqual(expect.arrayContaining(["periodLabel", "overall", "progressPercent", "internalComment", "publishedAt"]));
  });

  it("rejects bad input with field errors and writes nothing", async () => {
    const s = await setup("5003");
    const bad = await errorOf(
      saveStatusDraft({
        municipalityId: s.m.id,
        measureId: s.ids.HO1,
        version: null,
        principal: s.contributor,
        actor: s.contributorActor,
        input: { ...GOOD, progressPercent: "140" },
      }),
    );
    expect(bad.fieldErrors?.progressPercent.key).toBe("reporting.validation.progressRange");
    const noLight = await errorOf(
      publishStatusUpdate({
        municipalityId: s.m.id,
        measureId: s.ids.HO1,
        version: null,
        principal: s.contributor,
        actor: s.contributorActor,
        input: { ...GOOD, overall: "" },
      }),
    );
    expect(noLight.fieldErrors?.overall.key).toBe("reporting.validation.overallRequired");
    expect(await db().$count(statusUpdate, eq(statusUpdate.municipalityId, s.m.id))).toBe(0);
    expect(await db().$count(changeLog, and(eq(changeLog.municipalityId, s.m.id), eq(changeLog.entityType, "status_update")))).toBe(0);
  });

  it("only whoever may edit the measure writes statuses, and a stale version is a conflict", async () => {
    const s = await setup("5004");
    expect(
      (
        await errorOf(
          saveStatusDraft({ municipalityId: s.m.id, measureId: s.ids.O1, version: null, principal: s.contributor, actor: s.contributorActor, input: GOOD }),
        )
      ).code,
    ).toBe("forbidden");
    expect(
      (await errorOf(saveStatusDraft({ municipalityId: s.m.id, measureId: s.ids.HO1, version: null, principal: s.reader, actor, input: GOOD }))).code,
    ).toBe("forbidden");
    expect(
      (await errorOf(saveStatusDraft({ municipalityId: s.m.id, measureId: s.ids.HO1, version: null, principal: s.coordinator, actor, input: GOOD }))).code,
    ).toBe("forbidden");
    await saveStatusDraft({ municipalityId: s.m.id, measureId: s.ids.O1, version: null, principal: s.coordinator, actor, input: GOOD });
    await saveStatusDraft({ municipalityId: s.m.id, measureId: s.ids.O1, version: 1, principal: admin, actor, input: { ...GOOD, overall: "green" } });
    expect(
      (
        await errorOf(
          saveStatusDraft({ municipalityId: s.m.id, measureId: s.ids.O1, version: 1, principal: s.coordinator, actor, input: { ...GOOD, overall: "red" } }),
        )
      ).code,
    ).toBe("conflict");
    // Starting a second draft while one exists is a conflict too.
    expect((await errorOf(saveStatusDraft({ municipalityId: s.m.id, measureId: s.ids.O1, version: null, principal: admin, actor, input: GOOD }))).code).toBe(
      "conflict",
    );
    const [draft] = await db().select().from(statusUpdate).where(eq(statusUpdate.measureId, s.ids.O1));
    expect(draft).toMatchObject({ overall: "green", version: 2 });
  });
});

describe("reporting rounds", () => {
  it("fixes the list of measures in scope when the round opens", async () => {
    const s = await setup("5101");
    const { id } = await openRound({
      municipalityId: s.m.id,
      principal: admin,
      actor,
      input: { title: "Status pr. januar 2026", deadline: "2026-01-31", sectorIds: [s.ho], statuses: ["in_progress", "planned"] },
    });
    expect((await getRoundById({ municipalityId: s.m.id, id })).expected).toBe(2);
    // A measure that enters the scope later is not added.
    await db().update(measure).set({ status: "in_progress" }).where(eq(measure.id, s.ids.HO3));
    const completeness = await getRoundCompleteness({ municipalityId: s.m.id, roundId: id, today: "2026-01-10" });
    expect(completeness.measures.map((m) => m.code)).toEqual(["HO1", "HO2"]);
    const all = await openRound({ municipalityId: s.m.id, principal: admin, actor, input: { title: "Alt", deadline: "2026-01-31" } });
    expect((await getRoundById({ municipalityId: s.m.id, id: all.id })).expected).toBe(5);
    expect((await errorOf(openRound({ municipalityId: s.m.id, principal: s.coordinator, actor, input: { title: "X", deadline: "2026-01-31" } }))).code).toBe(
      "forbidden",
    );
  });

  it("counts completeness per sector in SQL: published, drafts and overdue against what is expected", async () => {
    const s = await setup("5102");
    const { id } = await openRound({ municipalityId: s.m.id, principal: admin, actor, input: { title: "Status pr. januar 2026", deadline: "2026-01-31" } });
    const withRound = { ...GOOD, roundId: id };
    await publishStatusUpdate({
      municipalityId: s.m.id,
      measureId: s.ids.HO1,
      version: null,
      principal: s.contributor,
      actor: s.contributorActor,
      input: withRound,
    });
    await saveStatusDraft({
      municipalityId: s.m.id,
      measureId: s.ids.HO2,
      version: null,
      principal: s.contributor,
      actor: s.contributorActor,
      input: withRound,
    });
    await publishStatusUpdate({ municipalityId: s.m.id, measureId: s.ids.O1, version: null, principal: s.coordinator, actor, input: withRound });
    // A status published without the round does not count for it.
    await publishStatusUpdate({ municipalityId: s.m.id, measureId: s.ids.O2, version: null, principal: admin, actor, input: GOOD });

    const before = await getRoundCompleteness({ municipalityId: s.m.id, roundId: id, today: "2026-01-31" });
    expect(before.totals).toEqual({ expected: 5, published: 2, drafts: 1, missing: 3, overdue: 0 });
    const after = await getRoundCompleteness({ municipalityId: s.m.id, roundId: id, today: "2026-02-01" });
    expect(after.totals.overdue).toBe(3);
    expect(after.sectors).toEqual([
      { sectorId: s.ho, sectorName: "Helse", expected: 3, published: 1, drafts: 1, overdue: 2 },
      { sectorId: s.o, sectorName: "Oppvekst", expected: 2, published: 1, drafts: 0, overdue: 1 },
    ]);
    expect(after.measures.find((m) => m.code === "HO2")).toMatchObject({ state: "draft", overdue: true, responsibleName: "Bidragsyter 5102" });
    expect((await listRounds({ municipalityId: s.m.id }))[0]).toMatchObject({ expected: 5, published: 2 });
  });

  it("shows each person what they owe: their own measures, and a sector coordinator the unassigned ones", async () => {
    const s = await setup("5103");
    const { id } = await openRound({ municipalityId: s.m.id, principal: admin, actor, input: { title: "Status pr. januar 2026", deadline: "2026-01-31" } });
    const owed = await listOwedReports({ municipalityId: s.m.id, principal: s.contributor, today: "2026-02-02" });
    expect(owed.map((o) => [o.code, o.roundTitle, o.overdue])).toEqual([
      ["HO1", "Status pr. januar 2026", true],
      ["HO2", "Status pr. januar 2026", true],
    ]);
    expect((await listOwedReports({ municipalityId: s.m.id, principal: s.coordinator })).map((o) => o.code)).toEqual(["O1", "O2"]);
    expect(await listOwedReports({ municipalityId: s.m.id, principal: s.reader })).toEqual([]);
    await publishStatusUpdate({
      municipalityId: s.m.id,
      measureId: s.ids.HO1,
      version: null,
      principal: s.contributor,
      actor: s.contributorActor,
      input: { ...GOOD, roundId: id },
    });
    expect((await listOwedReports({ municipalityId: s.m.id, principal: s.contributor })).map((o) => o.code)).toEqual(["HO2"]);
  });

  it("sends reminders in the app to everyone who owes, and by e-mail through the configured mailer", async () => {
    const s = await setup("5104");
    const { id } = await openRound({ municipalityId: s.m.id, principal: admin, actor, input: { title: "Status pr. januar 2026", deadline: "2026-01-31" } });
    const inAppOnly = await sendRoundReminders({ municipalityId: s.m.id, roundId: id, principal: admin, lang: "nb", mailer: null });
    expect(inAppOnly).toEqual({ recipients: 2, emailed: 0, emailFailed: 0 });
    const sent: MailMessage[] = [];
    const result = await sendRoundReminders({
      municipalityId: s.m.id,
      roundId: id,
      principal: admin,
      lang: "nn",
      mailer: { from: "retning@kommune.no", sendMail: async (message) => sent.push(message) },
    });
    expect(result).toEqual({ recipients: 2, emailed: 2, emailFailed: 0 });
    expect(sent.map((m) => m.to).sort()).toEqual(["bidrag5104@example.no", "koord5104@example.no"]);
    expect(sent[0].from).toBe("retning@kommune.no");
    expect(sent.find((m) => m.to.startsWith("bidrag"))?.text).toContain("Status pr. januar 2026");
    const notes = await listNotifications({ municipalityId: s.m.id, userId: s.contributor.userId! });
    expect(notes).toHaveLength(2);
    expect(notes[0]).toMatchObject({ messageKey: "reporting.notification.reminder", params: { round: "Status pr. januar 2026", count: 2 }, read: false });
    await markNotificationsRead({ municipalityId: s.m.id, userId: s.contributor.userId!, ids: [notes[0].id] });
    expect((await listNotifications({ municipalityId: s.m.id, userId: s.contributor.userId! })).map((n) => n.read).sort()).toEqual([false, true]);
    expect(await db().$count(notification, eq(notification.userId, s.reader.userId!))).toBe(0);
    expect((await errorOf(sendRoundReminders({ municipalityId: s.m.id, roundId: id, principal: s.coordinator, lang: "nb", mailer: null }))).code).toBe(
      "forbidden",
    );
  });

  it("closing a round freezes a snapshot of the whole portfolio that later changes do not alter", async () => {
    const s = await setup("5105");
    const { id } = await openRound({
      municipalityId: s.m.id,
      principal: admin,
      actor,
      input: { title: "Status pr. januar 2026", deadline: "2026-01-31", sectorIds: [s.o] },
    });
    await publishStatusUpdate({
      municipalityId: s.m.id,
      measureId: s.ids.HO1,
      version: null,
      principal: s.contributor,
      actor: s.contributorActor,
      input: GOOD,
    });
    await saveStatusDraft({
      municipalityId: s.m.id,
      measureId: s.ids.O1,
      version: null,
      principal: s.coordinator,
      actor,
      input: { ...GOOD, overall: "red", roundId: id },
    });
    expect((await errorOf(closeRound({ municipalityId: s.m.id, id, version: 7, principal: admin, actor }))).code).toBe("conflict");
    await closeRound({ municipalityId: s.m.id, id, version: 1, principal: admin, actor });
    const snapshot = await listSnapshotRows({ municipalityId: s.m.id, roundId: id });
    expect(snapshot).toHaveLength(5);
    expect(snapshot.find((r) => r.code === "HO1")).toEqual({
      measureId: s.ids.HO1,
      code: "HO1",
      title: "Velferdsteknologi",
      sectorId: s.ho,
      sectorName: "Helse",
      status: "in_progress",
      priority: null,
      mergedIntoCode: null,
      costTotalNok: 120_000,
      costUnknownLines: 1,
      overall: "yellow",
      progressPercent: 40,
      statusPeriod: "Status pr. januar 2026",
    });
    // The draft is no longer tied to the closed round, and drafts never enter the snapshot.
    expect(snapshot.find((r) => r.code === "O1")?.overall).toBeNull();
    const [draft] = await db().select().from(statusUpdate).where(eq(statusUpdate.measureId, s.ids.O1));
    expect(draft.roundId).toBeNull();

    await db().update(measure).set({ title: "Endret etterpå", status: "completed", completedOn: "2026-03-01" }).where(eq(measure.id, s.ids.HO1));
    await publishStatusUpdate({
      municipalityId: s.m.id,
      measureId: s.ids.HO1,
      version: null,
      principal: s.contributor,
      actor: s.contributorActor,
      input: { ...GOOD, overall: "green" },
    });
    expect(await listSnapshotRows({ municipalityId: s.m.id, roundId: id })).toEqual(snapshot);
    expect((await getRoundById({ municipalityId: s.m.id, id })).state).toBe("closed");
    expect((await errorOf(closeRound({ municipalityId: s.m.id, id, version: 2, principal: admin, actor }))).code).toBe("conflict");
  });

  it("never shows another municipality's rounds, statuses, snapshots or notifications", async () => {
    const a = await setup("5201");
    const b = await setup("5202");
    const { id } = await openRound({ municipalityId: b.m.id, principal: admin, actor, input: { title: "B-runde", deadline: "2026-01-31" } });
    await publishStatusUpdate({ municipalityId: b.m.id, measureId: b.ids.HO1, version: null, principal: admin, actor, input: { ...GOOD, roundId: id } });
    await sendRoundReminders({ municipalityId: b.m.id, roundId: id, principal: admin, lang: "nb", mailer: null });
    await closeRound({ municipalityId: b.m.id, id, version: 1, principal: admin, actor });

    expect(await listRounds({ municipalityId: a.m.id })).toEqual([]);
    expect((await errorOf(getRoundById({ municipalityId: a.m.id, id }))).code).toBe("not_found");
    expect((await getRoundCompleteness({ municipalityId: a.m.id, roundId: id })).measures).toEqual([]);
    expect(await listSnapshotRows({ municipalityId: a.m.id, roundId: id })).toEqual([]);
    expect(await listLatestPublishedStatuses({ municipalityId: a.m.id })).toEqual([]);
    expect(await getLatestPublishedStatus({ municipalityId: a.m.id, measureId: b.ids.HO1 })).toBeNull();
    expect((await listStatusUpdates({ municipalityId: a.m.id, measureId: b.ids.HO1, viewerId: null, canEdit: true })).published).toEqual([]);
    expect(await listNotifications({ municipalityId: a.m.id, userId: b.contributor.userId! })).toEqual([]);
    // Writing into another municipality's measure or round fails as not found.
    expect((await errorOf(saveStatusDraft({ municipalityId: a.m.id, measureId: b.ids.HO2, version: null, principal: admin, actor, input: GOOD }))).code).toBe(
      "not_found",
    );
    expect((await errorOf(closeRound({ municipalityId: a.m.id, id, version: 2, principal: admin, actor }))).code).toBe("not_found");
    const roundError = await errorOf(
      saveStatusDraft({ municipalityId: a.m.id, measureId: a.ids.HO2, version: null, principal: admin, actor, input: { ...GOOD, roundId: id } }),
    );
    expect(roundError.fieldErrors?.roundId.key).toBe("validation.invalidChoice");
  });
});
