import { and, count, eq, isNotNull, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "~/kit/db.server";
import { changeLog } from "~/domains/history/index.server";
import { goal, strategy } from "~/domains/plan/index.server";
import { measure, measureCost, measureGoal } from "~/domains/measures/index.server";
import { municipality, sector } from "~/domains/tenancy/index.server";
import { listMeasures } from "~/domains/measures/index.server";
import { useTestDatabase } from "../../../tests/setup/database";
import { generateNationalData, MAX_MUNICIPALITIES, municipalityCodes } from "./generate.server";

useTestDatabase();

async function countRows(
  table: typeof municipality | typeof sector | typeof strategy | typeof goal | typeof measure | typeof measureCost | typeof measureGoal | typeof changeLog,
) {
  const [row] = await db().select({ n: count() }).from(table);
  return Number(row.n);
}

describe("municipalityCodes", () => {
  it("gives unique, 4-digit, county-style codes starting with 0301", () => {
    const codes = municipalityCodes(400);
    expect(codes).toHaveLength(400);
    expect(new Set(codes).size).toBe(400);
    expect(codes.every((c) => /^[0-9]{4}$/.test(c))).toBe(true);
    expect(codes.slice(0, 3)).toEqual(["0301", "1101", "1501"]);
    expect(municipalityCodes(5)).toEqual(codes.slice(0, 5));
  });

  it("never uses the demo's codes, even when every other code is used", () => {
    const all = municipalityCodes(MAX_MUNICIPALITIES);
    expect(new Set(all).size).toBe(MAX_MUNICIPALITIES);
    expect(all).not.toContain("3401");
    expect(all).not.toContain("3499");
    expect(all).not.toContain("0000");
  });

  it("rejects counts out of range", () => {
    expect(() => municipalityCodes(10_000)).toThrow(RangeError);
    expect(() => municipalityCodes(-1)).toThrow(RangeError);
  });
});

describe("generateNationalData", () => {
  it("fills a small national dataset", async () => {
    const result = await generateNationalData({ municipalities: 4, measuresPerMunicipality: 60, seed: 7, batchSize: 50 });
    expect(result.created).toHaveLength(4);
    expect(result.skipped).toEqual([]);
    expect(await countRows(municipality)).toBe(4);
    expect(await countRows(sector)).toBe(20);
    expect(await countRows(strategy)).toBe(4);
    expect(await countRows(measure)).toBe(240);
    expect(result.rows.measure).toBe(240);
    expect(result.rows.measureCost).toBe(await countRows(measureCost));
    expect(result.rows.measureGoal).toBe(await countRows(measureGoal));
    // ~7 main goals with ~2 sub-goals each per municipality.
    const goals = await countRows(goal);
    expect(goals).toBeGreaterThanOrEqual(4 * 12);
    expect(goals).toBeLessThanOrEqual(4 * 32);
    // Bulk load: no history rows.
    expect(await countRows(changeLog)).toBe(0);
  });

  it("uses unique codes per municipality and the sector prefixes", async () => {
    const dupes = await db()
      .select({ municipalityId: measure.municipalityId, code: measure.code, n: count() })
      .from(measure)
      .groupBy(measure.municipalityId, measure.code)
      .having(sql`count(*) > 1`);
    expect(dupes).toEqual([]);
    const codes = await db().select({ code: measure.code, prefix: sector.codePrefix }).from(measure).innerJoin(sector, eq(sector.id, measure.sectorId));
    expect(codes).toHaveLength(240);
    for (const { code, prefix } of codes) expect(code).toMatch(new RegExp(`^${prefix}[0-9]{2,}$`));
    const municipalityCodesInDb = (await db().select({ code: municipality.code }).from(municipality)).map((m) => m.code);
    expect(new Set(municipalityCodesInDb).size).toBe(4);
  });

  it("spreads statuses and keeps status data consistent", async () => {
    const statuses = await db().select({ status: measure.status, n: count() }).from(measure).groupBy(measure.status);
    expect(statuses.length).toBeGreaterThanOrEqual(5);
    const [badCompleted] = await db()
      .select({ n: count() })
      .from(measure)
      .where(and(eq(measure.status, "completed"), sql`${measure.completedOn} is null`));
    expect(Number(badCompleted.n)).toBe(0);
    const merged = await db().select({ id: measure.id, target: measure.mergedIntoId }).from(measure).where(isNotNull(measure.mergedIntoId));
    for (const m of merged) expect(m.target).not.toBe(m.id);
  });

  it("is searchable: velferdstek and søknadsskjema digital", async () => {
    const [first] = await db().select({ id: municipality.id }).from(municipality).where(eq(municipality.code, "0301"));
    const velferd = await listMeasures({ municipalityId: first.id, filter: { q: "velferdstek" } });
    expect(velferd.total).toBeGreaterThan(0);
    expect(velferd.rows.some((r) => /velferdstek/i.test(r.title))).toBe(true);
    const soknad = await listMeasures({ municipalityId: first.id, filter: { q: "søknadsskjema digital" } });
    expect(soknad.total).toBeGreaterThan(0);
    const byStatus = await listMeasures({ municipalityId: first.id, filter: { status: ["in_progress"], sort: "priority" } });
    expect(byStatus.total).toBeGreaterThan(0);
    expect(byStatus.rows.every((r) => r.status === "in_progress")).toBe(true);
  });

  it("skips municipalities that exist, and is deterministic for the same seed", async () => {
    const again = await generateNationalData({ municipalities: 5, measuresPerMunicipality: 60, seed: 7 });
    expect(again.skipped).toEqual(["0301", "1101", "1501", "1801"]);
    expect(again.created).toEqual(["3001"]);
    expect(await countRows(municipality)).toBe(5);
    expect(await countRows(measure)).toBe(300);

    const contentOf = async (code: string) =>
      (
        await db()
          .select({ code: measure.code, title: measure.title, status: measure.status, description: measure.description })
          .from(measure)
          .innerJoin(municipality, eq(municipality.id, measure.municipalityId))
          .where(eq(municipality.code, code))
      )
        .map((r) => JSON.stringify(r))
        .sort();
    const original = await contentOf("0301");
    await db().delete(municipality).where(eq(municipality.code, "0301"));
    const regenerated = await generateNationalData({ municipalities: 1, measuresPerMunicipality: 60, seed: 7 });
    expect(regenerated.created).toEqual(["0301"]);
    expect(await contentOf("0301")).toEqual(original);
  });

  it("rejects out-of-range arguments", async () => {
    await expect(generateNationalData({ municipalities: 1, measuresPerMunicipality: -1 })).rejects.toThrow(RangeError);
    await expect(generateNationalData({ municipalities: 1, measuresPerMunicipality: 1, seed: 1.5 })).rejects.toThrow(RangeError);
  });
});
