import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../tests/setup/database";
import { db } from "~/kit/db.server";
import { benefit, indicator, measurement } from "~/domains/benefits/db";
import { measure } from "~/domains/measures/index.server";
import { user } from "~/domains/tenancy/index.server";
import { createMunicipality } from "~/domains/tenancy/index.server";
import { getFollowUp } from "./follow-up.server";
import { nextDueDate } from "./measurement-rules";

useTestDatabase();

/*
 * Hand-made dataset, municipality A, today = 2026-11-23 (due window: up to 2026-12-23).
 *
 *  M1 (in_progress)
 *    B1 realising, owner U1, manager text. Indicator I1 quarterly, baseline 2026-01-31, last
 *       measurement 2026-08-31 → due 2026-11-30 (due, not overdue). Indicator I2 monthly, baseline
 *       value but no target, no baseline date, no measurements → due today (not overdue).
 *    B2 planned, manager U1, no owner, no indicators → missing owner + indicator; mine (no due date).
 *  M2 (completed)
 *    B3 realising, no owner, no manager. Indicator I3 yearly, no baseline value, baseline
 *       2025-06-30, last measurement 2025-10-31 → due 2026-10-31 (overdue). Missing owner + baseline.
 *    B4 realised, no owner/manager → not open: not missing, not unfollowed; still measured
 *       (I4 half_yearly, last 2026-01-31 → due 2026-07-31, overdue).
 *    B5 not_realised, owner U1 → nothing, except mine (without due date).
 *  M3 (completed)
 *    B6 realising, owner text "Enhetsleder" → followed up; I6 yearly, baseline 2026-06-01 → due 2027-06-01 (not listed).
 *  Municipality B: completed measure, benefit without owner and an overdue indicator, owner U1 → must not leak.
 */
const TODAY = "2026-11-23";
let a: { id: string };
let b: { id: string };
const ids: Record<string, string> = {};

async function addMeasure(municipalityId: string, code: string, status: typeof measure.$inferInsert.status) {
  const [row] = await db()
    .insert(measure)
    .values({ municipalityId, code, title: `Tiltak ${code}`, status })
    .returning();
  return row.id;
}
async function addBenefit(municipalityId: string, measureId: string, title: string, values: Partial<typeof benefit.$inferInsert>) {
  const [row] = await db()
    .insert(benefit)
    .values({ municipalityId, measureId, title, type: "freed_capacity", ...values })
    .returning();
  return row.id;
}
async function addIndicator(municipalityId: string, benefitId: string, name: string, values: Partial<typeof indicator.$inferInsert>, dates: string[]) {
  const [row] = await db()
    .insert(indicator)
    .values({ municipalityId, benefitId, name, unit: "hours", direction: "lower_is_better", baselineValue: 100, targetValue: 50, ...values })
    .returning();
  for (const measuredOn of dates) await db().insert(measurement).values({ municipalityId, indicatorId: row.id, measuredOn, value: 80 });
  return row.id;
}

beforeAll(async () => {
  a = await createMunicipality({ code: "4702", name: "Kommune A", sectors: [] });
  b = await createMunicipality({ code: "4703", name: "Kommune B", sectors: [] });
  await db()
    .insert(user)
    .values([
      { id: "u1", name: "Una Eier", email: "u1@example.no" },
      { id: "u2", name: "To", email: "u2@example.no" },
    ]);
  ids.m1 = await addMeasure(a.id, "M1", "in_progress");
  ids.m2 = await addMeasure(a.id, "M2", "completed");
  ids.m3 = await addMeasure(a.id, "M3", "completed");
  ids.b1 = await addBenefit(a.id, ids.m1, "B1", { status: "realising", ownerUserId: "u1", managerText: "Leder" });
  ids.i1 = await addIndicator(a.id, ids.b1, "I1", { frequency: "quarterly", baselineDate: "2026-01-31" }, ["2026-05-31", "2026-08-31"]);
  ids.i2 = await addIndicator(a.id, ids.b1, "I2", { frequency: "monthly", targetValue: null }, []);
  ids.b2 = await addBenefit(a.id, ids.m1, "B2", { status: "planned", managerUserId: "u1" });
  ids.b3 = await addBenefit(a.id, ids.m2, "B3", { status: "realising" });
  ids.i3 = await addIndicator(a.id, ids.b3, "I3", { frequency: "yearly", baselineValue: null, baselineDate: "2025-06-30" }, ["2025-10-31"]);
  ids.b4 = await addBenefit(a.id, ids.m2, "B4", { status: "realised" });
  ids.i4 = await addIndicator(a.id, ids.b4, "I4", { frequency: "half_yearly" }, ["2026-01-31"]);
  ids.b5 = await addBenefit(a.id, ids.m2, "B5", { status: "not_realised", statusReason: "Avlyst", ownerUserId: "u1" });
  await addIndicator(a.id, ids.b5, "I5", { frequency: "monthly" }, []);
  ids.b6 = await addBenefit(a.id, ids.m3, "B6", { status: "realising", ownerText: "Enhetsleder" });
  await addIndicator(a.id, ids.b6, "I6", { frequency: "yearly", baselineDate: "2026-06-01" }, []);

  const mb = await addMeasure(b.id, "MB", "completed");
  const bb = await addBenefit(b.id, mb, "BB", { status: "realising", managerUserId: "u1" });
  await addIndicator(b.id, bb, "IB", { frequency: "monthly", baselineValue: null }, ["2020-01-01"]);
  await addBenefit(b.id, mb, "BB2", { status: "realising" });
});

describe("getFollowUp", () => {
  it("lists open benefits with gaps", async () => {
    const f = await getFollowUp({ municipalityId: a.id, userId: "u1", today: TODAY });
    expect(f.missing).toEqual([
      expect.objectContaining({
        benefitTitle: "B1",
        measureCode: "M1",
        missingOwner: false,
        missingIndicator: false,
        missingBaseline: false,
        missingTarget: true,
      }),
      expect.objectContaining({
        benefitId: ids.b2,
        measureId: ids.m1,
        missingOwner: true,
        missingIndicator: true,
        missingBaseline: false,
        missingTarget: false,
      }),
      expect.objectContaining({ benefitTitle: "B3", missingOwner: true, missingIndicator: false, missingBaseline: true, missingTarget: false }),
    ]);
  });

  it("lists measurements due within 30 days or overdue, with nextDueDate's dates", async () => {
    const f = await getFollowUp({ municipalityId: a.id, userId: null, today: TODAY });
    expect(f.due.map((r) => [r.indicatorName, r.dueOn, r.overdue, r.lastMeasuredOn])).toEqual([
      ["I4", "2026-07-31", true, "2026-01-31"],
      ["I3", "2026-10-31", true, "2025-10-31"],
      ["I2", TODAY, false, null],
      ["I1", "2026-11-30", false, "2026-08-31"],
    ]);
    expect(f.due.find((r) => r.indicatorName === "I1")).toMatchObject({ indicatorId: ids.i1, benefitId: ids.b1, benefitTitle: "B1", frequency: "quarterly" });
    expect(nextDueDate({ lastMeasuredOn: "2026-08-31", baselineDate: "2026-01-31", frequency: "quarterly", today: TODAY })).toBe("2026-11-30");
    expect(nextDueDate({ lastMeasuredOn: "2025-10-31", baselineDate: "2025-06-30", frequency: "yearly", today: TODAY })).toBe("2026-10-31");
  });

  it("treats a measurement due today as due, not overdue, and one due in 31 days as not listed", async () => {
    const f = await getFollowUp({ municipalityId: a.id, userId: null, today: "2026-10-31" });
    expect(f.due.find((r) => r.indicatorName === "I3")).toMatchObject({ dueOn: "2026-10-31", overdue: false });
    expect(f.due.some((r) => r.indicatorName === "I1")).toBe(true); // 2026-11-30 = today + 30
    const later = await getFollowUp({ municipalityId: a.id, userId: null, today: "2026-10-30" });
    expect(later.due.some((r) => r.indicatorName === "I1")).toBe(false); // 31 days ahead
  });

  it("lists completed measures with open benefits nobody follows up", async () => {
    const f = await getFollowUp({ municipalityId: a.id, userId: null, today: TODAY });
    expect(f.unfollowedMeasures).toEqual([{ measureId: ids.m2, measureCode: "M2", measureTitle: "Tiltak M2", benefitCount: 1 }]);
  });

  it("lists the user's own benefits as owner or manager", async () => {
    const f = await getFollowUp({ municipalityId: a.id, userId: "u1", today: TODAY });
    expect(f.mine).toEqual([
      {
        benefitId: ids.b1,
        benefitTitle: "B1",
        measureId: ids.m1,
        measureCode: "M1",
        status: "realising",
        isOwner: true,
        isManager: false,
        nextDueOn: TODAY,
        overdue: false,
      },
      {
        benefitId: ids.b2,
        benefitTitle: "B2",
        measureId: ids.m1,
        measureCode: "M1",
        status: "planned",
        isOwner: false,
        isManager: true,
        nextDueOn: null,
        overdue: false,
      },
      {
        benefitId: ids.b5,
        benefitTitle: "B5",
        measureId: ids.m2,
        measureCode: "M2",
        status: "not_realised",
        isOwner: true,
        isManager: false,
        nextDueOn: null,
        overdue: false,
      },
    ]);
    expect((await getFollowUp({ municipalityId: a.id, userId: "u2", today: TODAY })).mine).toEqual([]);
    expect((await getFollowUp({ municipalityId: a.id, userId: null, today: TODAY })).mine).toEqual([]);
  });

  it("does not leak between municipalities", async () => {
    const fa = await getFollowUp({ municipalityId: a.id, userId: "u1", today: TODAY });
    const all = JSON.stringify(fa);
    expect(all).not.toMatch(/"(BB|BB2|IB|MB)"/);
    const fb = await getFollowUp({ municipalityId: b.id, userId: "u1", today: TODAY });
    expect(fb.missing.map((r) => r.benefitTitle)).toEqual(["BB", "BB2"]);
    expect(fb.due.map((r) => r.indicatorName)).toEqual(["IB"]);
    expect(fb.unfollowedMeasures).toEqual([expect.objectContaining({ measureCode: "MB", benefitCount: 1 })]);
    expect(fb.mine.map((r) => r.benefitTitle)).toEqual(["BB"]);
  });

  it("rejects a malformed date", async () => {
    await expect(getFollowUp({ municipalityId: a.id, userId: null, today: "2026-02-30" })).rejects.toThrow(RangeError);
  });
});
