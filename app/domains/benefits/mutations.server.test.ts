import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../tests/setup/database";
import { db } from "~/kit/db.server";
import { benefit, indicator, measurement, municipalityValuation } from "~/domains/benefits/db";
import { goal, strategy } from "~/domains/plan/index.server";
import { measure } from "~/domains/measures/index.server";
import { membership, user } from "~/domains/tenancy/index.server";
import { createMunicipality } from "~/domains/tenancy/index.server";
import { AppError } from "~/kit/errors";
import {
  createBenefit,
  createIndicator,
  createMeasurement,
  deleteBenefit,
  deleteIndicator,
  deleteMeasurement,
  updateBenefit,
  updateIndicator,
  updateMeasurement,
  updateValuationSettings,
} from "./mutations.server";
import {
  getBenefitById,
  getIndicatorById,
  getMeasurementById,
  getValuationSettings,
  listBenefitAreaHistory,
  listBenefitsByMeasure,
  listIndicatorsByBenefit,
  listMeasurementsByIndicator,
} from "./queries.server";
import { DEFAULT_HOURLY_COST_NOK, DEFAULT_HOURS_PER_FTE } from "./valuation";
import type { Principal } from "~/kit/permissions";

const admin: Principal = { role: "admin", userId: null, sectorIds: [] };

useTestDatabase();

const actor = { userId: null, label: "test" };

async function setup(code: string) {
  const m = await createMunicipality({ code, name: `Kommune ${code}`, sectors: [{ name: "Helse og omsorg", codePrefix: "HO" }] });
  const [s] = await db().insert(strategy).values({ municipalityId: m.id, title: "Strategi", periodFrom: 2023, periodTo: 2027 }).returning();
  const [g] = await db().insert(goal).values({ municipalityId: m.id, strategyId: s.id, number: "1", title: "Hovedmål" }).returning();
  const [ms] = await db().insert(measure).values({ municipalityId: m.id, code: "HO1", title: "Velferdsteknologi" }).returning();
  const userId = `user-${code}`;
  await db()
    .insert(user)
    .values({ id: userId, name: `Leder ${code}`, email: `leder${code}@example.no` });
  await db().insert(membership).values({ userId, municipalityId: m.id, role: "coordinator" });
  return { m, g, ms, userId };
}

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function counts() {
  const [b, i, ms] = await Promise.all([db().$count(benefit), db().$count(indicator), db().$count(measurement)]);
  return { b, i, ms };
}

const freedTime = {
  title: "Mindre tid på vedtak",
  type: "freed_capacity",
  beneficiaries: ["employees", "citizens", "employees"],
  quantitative: true,
  recurrence: "annual",
  plannedHoursPerYear: "350 timer",
  periodFrom: "2024-01-01",
  periodTo: "2026-12-31",
} as const;

async function withIndicator(code: string) {
  const ctx = await setup(code);
  const b = await createBenefit({ municipalityId: ctx.m.id, principal: admin, measureId: ctx.ms.id, actor, input: freedTime });
  const ind = await createIndicator({
    municipalityId: ctx.m.id,
    principal: admin,
    benefitId: b.id,
    actor,
    input: {
      name: "Timer på vedtak per år",
      unit: "hours",
      direction: "lower_is_better",
      baselineValue: 1000,
      baselineDate: "2023-12-01",
      targetValue: "650",
      targetDate: "2026-12-31",
      isValuationIndicator: true,
    },
  });
  return { ...ctx, b, ind };
}

describe("benefits", () => {
  it("creates a benefit with goals and owner, lists it by measure and records history", async () => {
    const { m, g, ms, userId } = await setup("4601");
    const b = await createBenefit({
      municipalityId: m.id,
      principal: admin,
      measureId: ms.id,
      actor,
      input: { ...freedTime, goalIds: [g.id], ownerUserId: userId, managerText: "Fagleder" },
    });
    expect(b.plannedHoursPerYear).toBe(350);
    expect(b.beneficiaries).toEqual(["employees", "citizens"]);
    expect(b.status).toBe("proposed");
    expect(b.version).toBe(1);
    expect(b.goals.map((x) => x.number)).toEqual(["1"]);
    expect((await listBenefitsByMeasure({ municipalityId: m.id, measureId: ms.id })).map((x) => x.id)).toEqual([b.id]);
    const history = await listBenefitAreaHistory({ municipalityId: m.id, entityType: "benefit", entityId: b.id });
    expect(history.every((h) => h.action === "create")).toBe(true);
    expect(history.find((h) => h.field === "goals")?.newValue).toEqual(["1"]);
  });

  it("updates with the current version, bumps it, logs only changed fields and rejects a stale version", async () => {
    const { m, ms } = await setup("4602");
    const b = await createBenefit({ municipalityId: m.id, principal: admin, measureId: ms.id, actor, input: freedTime });
    const updated = await updateBenefit({
      municipalityId: m.id,
      principal: admin,
      id: b.id,
      version: 1,
      actor,
      input: { status: "realising", plannedNokPerYear: "kr 50 000" },
    });
    expect(updated.version).toBe(2);
    expect(updated.plannedNokPerYear).toBe(50000);
    expect(updated.plannedHoursPerYear).toBe(350);
    const history = await listBenefitAreaHistory({ municipalityId: m.id, entityType: "benefit", entityId: b.id });
    expect(
      history
        .filter((h) => h.action === "update")
        .map((h) => h.field)
        .sort(),
    ).toEqual(["plannedNokPerYear", "status"]);
    const error = await errorOf(updateBenefit({ municipalityId: m.id, principal: admin, id: b.id, version: 1, actor, input: { title: "Gammel" } }));
    expect(error.code).toBe("conflict");
    expect(error.details).toEqual({ currentVersion: 2 });
    expect((await getBenefitById({ municipalityId: m.id, id: b.id })).title).toBe(freedTime.title);
  });

  it("requires a reason for not_realised and an alternative use before freed time is realised", async () => {
    const { m, ms } = await setup("4603");
    const b = await createBenefit({ municipalityId: m.id, principal: admin, measureId: ms.id, actor, input: freedTime });
    const before = await counts();
    const noReason = await errorOf(updateBenefit({ municipalityId: m.id, principal: admin, id: b.id, version: 1, actor, input: { status: "not_realised" } }));
    expect(noReason.fieldErrors?.statusReason).toEqual({ key: "benefits.reasonRequired" });
    const noUse = await errorOf(updateBenefit({ municipalityId: m.id, principal: admin, id: b.id, version: 1, actor, input: { status: "realised" } }));
    expect(noUse.fieldErrors?.alternativeUse).toEqual({ key: "benefits.alternativeUseRequired" });
    expect(await counts()).toEqual(before);
    expect((await getBenefitById({ municipalityId: m.id, id: b.id })).version).toBe(1);
    const realised = await updateBenefit({
      municipalityId: m.id,
      principal: admin,
      id: b.id,
      version: 1,
      actor,
      input: { status: "realised", alternativeUse: "Flere hjemmebesøk" },
    });
    expect(realised.status).toBe("realised");
    // Other types need no alternative use.
    const quality = await createBenefit({
      municipalityId: m.id,
      principal: admin,
      measureId: ms.id,
      actor,
      input: { title: "Bedre kvalitet", type: "quality", status: "realised" },
    });
    expect(quality.status).toBe("realised");
  });

  it("rejects negative and non-numeric planned hours and writes nothing", async () => {
    const { m, ms } = await setup("4604");
    const before = await counts();
    const negative = await errorOf(
      createBenefit({ municipalityId: m.id, principal: admin, measureId: ms.id, actor, input: { ...freedTime, plannedHoursPerYear: -5 } }),
    );
    expect(negative.fieldErrors?.plannedHoursPerYear).toEqual({ key: "benefits.hoursNonNegative" });
    const text = await errorOf(
      createBenefit({ municipalityId: m.id, principal: admin, measureId: ms.id, actor, input: { ...freedTime, plannedHoursPerYear: "mange" } }),
    );
    expect(text.fieldErrors?.plannedHoursPerYear).toEqual({ key: "validation.number" });
    expect(await counts()).toEqual(before);
  });

  it("keeps tenants apart: other municipalities' measures, benefits, goals and users", async () => {
    const a = await setup("4605");
    const b = await setup("4606");
    const own = await createBenefit({ municipalityId: a.m.id, principal: admin, measureId: a.ms.id, actor, input: freedTime });
    expect((await errorOf(createBenefit({ municipalityId: a.m.id, principal: admin, measureId: b.ms.id, actor, input: freedTime }))).code).toBe("not_found");
    expect((await errorOf(getBenefitById({ municipalityId: b.m.id, id: own.id }))).code).toBe("not_found");
    expect((await errorOf(getBenefitById({ municipalityId: a.m.id, id: "not-a-uuid" }))).code).toBe("not_found");
    expect((await errorOf(updateBenefit({ municipalityId: b.m.id, principal: admin, id: own.id, version: 1, actor, input: { title: "x" } }))).code).toBe(
      "not_found",
    );
    expect((await errorOf(deleteBenefit({ municipalityId: b.m.id, principal: admin, id: own.id, actor }))).code).toBe("not_found");
    expect((await errorOf(listBenefitsByMeasure({ municipalityId: b.m.id, measureId: a.ms.id }))).code).toBe("not_found");
    const refs = await errorOf(
      createBenefit({ municipalityId: a.m.id, principal: admin, measureId: a.ms.id, actor, input: { ...freedTime, goalIds: [b.g.id], ownerUserId: b.userId } }),
    );
    expect(refs.fieldErrors).toEqual({ goalIds: { key: "validation.invalidChoice" }, ownerUserId: { key: "validation.invalidChoice" } });
    expect(
      (
        await errorOf(
          createIndicator({
            municipalityId: b.m.id,
            principal: admin,
            benefitId: own.id,
            actor,
            input: { name: "x", unit: "count", direction: "higher_is_better" },
          }),
        )
      ).code,
    ).toBe("not_found");
  });

  it("deletes a benefit with its indicators and measurements and logs the delete", async () => {
    const { m, b, ind } = await withIndicator("4607");
    await createMeasurement({ municipalityId: m.id, principal: admin, indicatorId: ind.id, actor, input: { measuredOn: "2024-06-30", value: 900 } });
    expect((await errorOf(deleteBenefit({ municipalityId: m.id, principal: admin, id: b.id, version: 9, actor }))).code).toBe("conflict");
    await deleteBenefit({ municipalityId: m.id, principal: admin, id: b.id, version: 1, actor });
    expect((await errorOf(getIndicatorById({ municipalityId: m.id, id: ind.id }))).code).toBe("not_found");
    const history = await listBenefitAreaHistory({ municipalityId: m.id, entityType: "benefit", entityId: b.id });
    expect(history.some((h) => h.action === "delete")).toBe(true);
  });
});

describe("indicators", () => {
  it("creates, lists and updates an indicator with history and version conflicts", async () => {
    const { m, b, ind, userId } = await withIndicator("4611");
    expect(ind.baselineValue).toBe(1000);
    expect(ind.targetValue).toBe(650);
    expect((await listIndicatorsByBenefit({ municipalityId: m.id, benefitId: b.id })).map((i) => i.id)).toEqual([ind.id]);
    const updated = await updateIndicator({
      municipalityId: m.id,
      principal: admin,
      id: ind.id,
      version: 1,
      actor,
      input: { targetValue: 600, responsibleUserId: userId, frequency: "quarterly" },
    });
    expect(updated.version).toBe(2);
    expect(updated.targetValue).toBe(600);
    const history = await listBenefitAreaHistory({ municipalityId: m.id, entityType: "indicator", entityId: ind.id });
    expect(
      history
        .filter((h) => h.action === "update")
        .map((h) => h.field)
        .sort(),
    ).toEqual(["frequency", "responsibleUserId", "targetValue"]);
    expect((await errorOf(updateIndicator({ municipalityId: m.id, principal: admin, id: ind.id, version: 1, actor, input: { name: "x" } }))).code).toBe(
      "conflict",
    );
  });

  it("rejects a target equal to the baseline, negative hours and non-numbers, writing nothing", async () => {
    const { m, b, ind } = await withIndicator("4612");
    const before = await counts();
    const base = { name: "Saker", unit: "count", direction: "higher_is_better" } as const;
    const equal = await errorOf(
      createIndicator({ municipalityId: m.id, principal: admin, benefitId: b.id, actor, input: { ...base, baselineValue: "10", targetValue: 10 } }),
    );
    expect(equal.fieldErrors?.targetValue).toEqual({ key: "benefits.targetEqualsBaseline" });
    const hours = await errorOf(
      createIndicator({ municipalityId: m.id, principal: admin, benefitId: b.id, actor, input: { ...base, unit: "hours", baselineValue: -1, targetValue: 5 } }),
    );
    expect(hours.fieldErrors?.baselineValue).toEqual({ key: "benefits.hoursNonNegative" });
    const text = await errorOf(createIndicator({ municipalityId: m.id, principal: admin, benefitId: b.id, actor, input: { ...base, targetValue: "ti" } }));
    expect(text.fieldErrors?.targetValue).toEqual({ key: "validation.number" });
    const custom = await errorOf(createIndicator({ municipalityId: m.id, principal: admin, benefitId: b.id, actor, input: { ...base, unit: "custom" } }));
    expect(custom.fieldErrors?.customUnit).toEqual({ key: "benefits.customUnitRequired" });
    const update = await errorOf(updateIndicator({ municipalityId: m.id, principal: admin, id: ind.id, version: 1, actor, input: { targetValue: 1000 } }));
    expect(update.fieldErrors?.targetValue).toEqual({ key: "benefits.targetEqualsBaseline" });
    expect(await counts()).toEqual(before);
    expect((await getIndicatorById({ municipalityId: m.id, id: ind.id })).version).toBe(1);
  });

  it("allows one valuation indicator per benefit, in hours or NOK", async () => {
    const { m, b } = await withIndicator("4613");
    const second = await errorOf(
      createIndicator({
        municipalityId: m.id,
        principal: admin,
        benefitId: b.id,
        actor,
        input: { name: "Kroner", unit: "nok", direction: "higher_is_better", isValuationIndicator: true },
      }),
    );
    expect(second.fieldErrors?.isValuationIndicator).toEqual({ key: "benefits.valuationIndicatorTaken" });
    const count = await errorOf(
      createIndicator({
        municipalityId: m.id,
        principal: admin,
        benefitId: b.id,
        actor,
        input: { name: "Saker", unit: "count", direction: "higher_is_better", isValuationIndicator: true },
      }),
    );
    expect(count.fieldErrors?.isValuationIndicator).toEqual({ key: "benefits.valuationUnit" });
  });

  it("deletes an indicator with history; other tenants get not_found", async () => {
    const { m, ind } = await withIndicator("4614");
    const other = await setup("4615");
    expect((await errorOf(deleteIndicator({ municipalityId: other.m.id, principal: admin, id: ind.id, actor }))).code).toBe("not_found");
    await deleteIndicator({ municipalityId: m.id, principal: admin, id: ind.id, version: 1, actor });
    expect((await errorOf(getIndicatorById({ municipalityId: m.id, id: ind.id }))).code).toBe("not_found");
    expect((await listBenefitAreaHistory({ municipalityId: m.id, entityType: "indicator", entityId: ind.id })).some((h) => h.action === "delete")).toBe(true);
  });
});

describe("measurements", () => {
  it("creates measurements with Norwegian numbers, lists them newest first and warns outside the period", async () => {
    const { m, ind } = await withIndicator("4621");
    const first = await createMeasurement({
      municipalityId: m.id,
      principal: admin,
      indicatorId: ind.id,
      actor,
      input: { measuredOn: "2024-06-30", value: "900,5 timer", comment: "Første måling", assessment: "on_track" },
    });
    expect(first.measurement.value).toBe(900.5);
    expect(first.outsidePeriod).toBe(false);
    const late = await createMeasurement({
      municipalityId: m.id,
      principal: admin,
      indicatorId: ind.id,
      actor,
      input: { measuredOn: "2027-03-01", value: 700, assessment: "watch" },
    });
    expect(late.outsidePeriod).toBe(true);
    const list = await listMeasurementsByIndicator({ municipalityId: m.id, indicatorId: ind.id });
    expect(list.map((x) => x.measuredOn)).toEqual(["2027-03-01", "2024-06-30"]);
    const history = await listBenefitAreaHistory({ municipalityId: m.id, entityType: "measurement", entityId: first.measurement.id });
    expect(history.find((h) => h.field === "value")?.newValue).toBe(900.5);
  });

  it("rejects a missing date, a non-number and negative hours, writing nothing", async () => {
    const { m, ind } = await withIndicator("4622");
    const before = await counts();
    const noDate = await errorOf(createMeasurement({ municipalityId: m.id, principal: admin, indicatorId: ind.id, actor, input: { value: 10 } }));
    expect(noDate.fieldErrors?.measuredOn).toEqual({ key: "validation.required" });
    const emptyDate = await errorOf(
      createMeasurement({ municipalityId: m.id, principal: admin, indicatorId: ind.id, actor, input: { measuredOn: "", value: 10 } }),
    );
    expect(emptyDate.fieldErrors?.measuredOn).toEqual({ key: "validation.required" });
    const badDate = await errorOf(
      createMeasurement({ municipalityId: m.id, principal: admin, indicatorId: ind.id, actor, input: { measuredOn: "2024-02-30", value: 10 } }),
    );
    expect(badDate.fieldErrors?.measuredOn).toEqual({ key: "validation.date" });
    const text = await errorOf(
      createMeasurement({ municipalityId: m.id, principal: admin, indicatorId: ind.id, actor, input: { measuredOn: "2024-06-30", value: "50 %" } }),
    );
    expect(text.fieldErrors?.value).toEqual({ key: "validation.number" });
    const negative = await errorOf(
      createMeasurement({ municipalityId: m.id, principal: admin, indicatorId: ind.id, actor, input: { measuredOn: "2024-06-30", value: -3 } }),
    );
    expect(negative.fieldErrors?.value).toEqual({ key: "benefits.hoursNonNegative" });
    expect(await counts()).toEqual(before);
  });

  it("updates with version, logs history, rejects stale versions and other tenants; deletes", async () => {
    const { m, ind } = await withIndicator("4623");
    const other = await setup("4624");
    const { measurement: row } = await createMeasurement({
      municipalityId: m.id,
      principal: admin,
      indicatorId: ind.id,
      actor,
      input: { measuredOn: "2024-06-30", value: 900 },
    });
    expect(
      (
        await errorOf(
          createMeasurement({ municipalityId: other.m.id, principal: admin, indicatorId: ind.id, actor, input: { measuredOn: "2024-06-30", value: 1 } }),
        )
      ).code,
    ).toBe("not_found");
    expect((await errorOf(getMeasurementById({ municipalityId: other.m.id, id: row.id }))).code).toBe("not_found");
    const updated = await updateMeasurement({
      municipalityId: m.id,
      principal: admin,
      id: row.id,
      version: 1,
      actor,
      input: { value: 850, assessment: "deviation" },
    });
    expect(updated.measurement.version).toBe(2);
    expect(updated.measurement.value).toBe(850);
    const history = await listBenefitAreaHistory({ municipalityId: m.id, entityType: "measurement", entityId: row.id });
    expect(
      history
        .filter((h) => h.action === "update")
        .map((h) => h.field)
        .sort(),
    ).toEqual(["assessment", "value"]);
    expect((await errorOf(updateMeasurement({ municipalityId: m.id, principal: admin, id: row.id, version: 1, actor, input: { value: 1 } }))).code).toBe(
      "conflict",
    );
    expect((await getMeasurementById({ municipalityId: m.id, id: row.id })).value).toBe(850);
    await deleteMeasurement({ municipalityId: m.id, principal: admin, id: row.id, version: 2, actor });
    expect(await listMeasurementsByIndicator({ municipalityId: m.id, indicatorId: ind.id })).toEqual([]);
  });
});

describe("valuation settings", () => {
  it("returns the defaults, saves new values with history and rejects a stale version", async () => {
    const { m } = await setup("4631");
    const defaults = await getValuationSettings({ municipalityId: m.id });
    expect(defaults).toMatchObject({ hourlyCostNok: DEFAULT_HOURLY_COST_NOK, hoursPerFte: DEFAULT_HOURS_PER_FTE, version: 0, isDefault: true });
    const saved = await updateValuationSettings({ municipalityId: m.id, principal: admin, version: 0, actor, input: { hourlyCostNok: "712,37" } });
    expect(saved).toMatchObject({ hourlyCostNok: 712.37, hoursPerFte: DEFAULT_HOURS_PER_FTE, version: 1, isDefault: false });
    const again = await updateValuationSettings({ municipalityId: m.id, principal: admin, version: 1, actor, input: { hoursPerFte: 1700 } });
    expect(again.version).toBe(2);
    expect((await errorOf(updateValuationSettings({ municipalityId: m.id, principal: admin, version: 1, actor, input: { hoursPerFte: 1600 } }))).code).toBe(
      "conflict",
    );
    const history = await listBenefitAreaHistory({ municipalityId: m.id, entityType: "valuation_settings" as never, entityId: m.id });
    expect(history.map((h) => h.field).sort()).toEqual(["hourlyCostNok", "hoursPerFte"]);
  });

  it("rejects an hourly cost of 0 and non-numbers, writing nothing", async () => {
    const { m } = await setup("4632");
    const zero = await errorOf(updateValuationSettings({ municipalityId: m.id, principal: admin, version: 0, actor, input: { hourlyCostNok: 0 } }));
    expect(zero.fieldErrors?.hourlyCostNok).toEqual({ key: "benefits.hourlyCostPositive" });
    const text = await errorOf(updateValuationSettings({ municipalityId: m.id, principal: admin, version: 0, actor, input: { hoursPerFte: "mange" } }));
    expect(text.fieldErrors?.hoursPerFte).toEqual({ key: "validation.number" });
    const range = await errorOf(updateValuationSettings({ municipalityId: m.id, principal: admin, version: 0, actor, input: { hoursPerFte: 0 } }));
    expect(range.fieldErrors?.hoursPerFte).toEqual({ key: "benefits.hoursPerFteRange" });
    expect(await db().$count(municipalityValuation, eq(municipalityValuation.municipalityId, m.id))).toBe(0);
    expect((await getValuationSettings({ municipalityId: m.id })).isDefault).toBe(true);
  });
});

describe("permissions", () => {
  it("follows the edit rule of the measure: a contributor only on their own measures, readers never, valuation for admins", async () => {
    const { m, ms, userId } = await setup("4641");
    const contributorId = "bidrag-4641";
    await db().insert(user).values({ id: contributorId, name: "Bidragsyter", email: "bidrag4641@example.no" });
    await db().insert(membership).values({ userId: contributorId, municipalityId: m.id, role: "contributor" });
    const [own] = await db().insert(measure).values({ municipalityId: m.id, code: "HO2", title: "Eget tiltak", responsibleUserId: contributorId }).returning();
    const contributor: Principal = { role: "contributor", userId: contributorId, sectorIds: [] };
    const reader: Principal = { role: "reader", userId: null, sectorIds: [] };
    const coordinator: Principal = { role: "coordinator", userId, sectorIds: [] };
    const b = await createBenefit({ municipalityId: m.id, principal: admin, measureId: ms.id, actor, input: freedTime });
    const ind = await createIndicator({
      municipalityId: m.id,
      principal: admin,
      benefitId: b.id,
      actor,
      input: { name: "Saker", unit: "count", direction: "higher_is_better" },
    });
    const before = await counts();

    expect((await errorOf(createBenefit({ municipalityId: m.id, principal: contributor, measureId: ms.id, actor, input: freedTime }))).code).toBe("forbidden");
    expect(
      (await errorOf(updateBenefit({ municipalityId: m.id, principal: contributor, id: b.id, version: 1, actor, input: { title: "Bidragsyterens" } }))).code,
    ).toBe("forbidden");
    expect(
      (
        await errorOf(
          createIndicator({
            municipalityId: m.id,
            principal: reader,
            benefitId: b.id,
            actor,
            input: { name: "Lesar", unit: "count", direction: "higher_is_better" },
          }),
        )
      ).code,
    ).toBe("forbidden");
    expect(
      (await errorOf(createMeasurement({ municipalityId: m.id, principal: reader, indicatorId: ind.id, actor, input: { measuredOn: "2024-06-30", value: 1 } })))
        .code,
    ).toBe("forbidden");
    expect((await errorOf(deleteBenefit({ municipalityId: m.id, principal: reader, id: b.id, actor }))).code).toBe("forbidden");
    expect(await counts()).toEqual(before);
    expect((await getBenefitById({ municipalityId: m.id, id: b.id })).title).toBe(freedTime.title);

    const mine = await createBenefit({ municipalityId: m.id, principal: contributor, measureId: own.id, actor, input: freedTime });
    const mineIndicator = await createIndicator({
      municipalityId: m.id,
      principal: contributor,
      benefitId: mine.id,
      actor,
      input: { name: "Saker", unit: "count", direction: "higher_is_better" },
    });
    await createMeasurement({
      municipalityId: m.id,
      principal: contributor,
      indicatorId: mineIndicator.id,
      actor,
      input: { measuredOn: "2024-06-30", value: 3 },
    });
    expect(
      await updateBenefit({ municipalityId: m.id, principal: coordinator, id: b.id, version: 1, actor, input: { title: "Koordinatorens" } }),
    ).toMatchObject({ version: 2 });

    expect(
      (await errorOf(updateValuationSettings({ municipalityId: m.id, principal: coordinator, version: 0, actor, input: { hourlyCostNok: 800 } }))).code,
    ).toBe("forbidden");
    expect((await getValuationSettings({ municipalityId: m.id })).isDefault).toBe(true);
  });
});
