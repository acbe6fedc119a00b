import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../tests/setup/database";
import { db } from "~/kit/db.server";
import { benefit, measurement } from "~/domains/benefits/index.server";
import { changeLog } from "~/domains/history/index.server";
import { measure } from "~/domains/measures/index.server";
import { listMeasures } from "~/domains/measures/index.server";
import { diffSnapshots } from "~/domains/reporting";
import { listOwedReports, listRounds, listSnapshotRows } from "~/domains/reporting/index.server";
import { getMunicipalityByCode, getUserByEmail } from "~/domains/tenancy/index.server";
import { DEMO_MEASURES, isPublishedInDemo } from "./data";
import { loadDemoData } from "./demo.server";

useTestDatabase();

describe("demo data", () => {
  it("is a realistic plan: 40+ measures in 5 sectors, several statuses, costs and history", async () => {
    const municipality = await loadDemoData();
    const { total } = await listMeasures({ municipalityId: municipality.id, filter: {} });
    expect(total).toBeGreaterThanOrEqual(40);
    const [stats] = await db()
      .select({
        sectors: sql<number>`count(distinct ${measure.sectorId})::int`,
        statuses: sql<number>`count(distinct ${measure.status})::int`,
      })
      .from(measure)
      .where(sql`${measure.municipalityId} = ${municipality.id}`);
    expect(stats.sectors).toBe(5);
    expect(stats.statuses).toBe(8);
    const [history] = await db()
      .select({ updates: sql<number>`count(*) filter (where ${changeLog.action} = 'update')::int` })
      .from(changeLog)
      .where(sql`${changeLog.municipalityId} = ${municipality.id}`);
    expect(history.updates).toBeGreaterThan(10);
    expect((await getMunicipalityByCode({ code: "3499" }))?.language).toBe("nn");
    const [benefits] = await db()
      .select({
        benefits: sql<number>`(select count(*)::int from ${benefit} where ${benefit.municipalityId} = ${municipality.id})`,
        measurements: sql<number>`(select count(*)::int from ${measurement} where ${measurement.municipalityId} = ${municipality.id})`,
        years: sql<number>`(select count(distinct extract(year from ${measurement.measuredOn}))::int from ${measurement} where ${measurement.municipalityId} = ${municipality.id})`,
      })
      .from(measure)
      .limit(1);
    expect(benefits.benefits).toBeGreaterThanOrEqual(5);
    expect(benefits.measurements).toBeGreaterThanOrEqual(10);
    expect(benefits.years).toBeGreaterThanOrEqual(2);

    // Two closed rounds with snapshots that differ, and an open round where the contributor owes reports.
    const rounds = await listRounds({ municipalityId: municipality.id });
    expect(rounds.map((r) => [r.title.startsWith("Status pr."), r.state])).toEqual([
      [true, "open"],
      [true, "closed"],
      [true, "closed"],
    ]);
    expect(rounds.slice(1).map((r) => r.title)).toEqual(["Status pr. januar 2026", "Status pr. juni 2025"]);
    expect(rounds[1].published).toBe(7);
    const [june, january] = await Promise.all([
      listSnapshotRows({ municipalityId: municipality.id, roundId: rounds[2].id }),
      listSnapshotRows({ municipalityId: municipality.id, roundId: rounds[1].id }),
    ]);
    expect(june).toHaveLength(total);
    const diff = diffSnapshots({ from: june, to: january });
    expect(diff.completed.length).toBeGreaterThan(3);
    expect(diff.dropped.length).toBeGreaterThan(0);
    expect(diff.moved.length).toBeGreaterThan(0);
    expect(diff.lightChanges.length).toBeGreaterThan(3);
    const contributor = await getUserByEmail({ email: "bidragsyter@demo.retning.no" });
    const owed = await listOwedReports({ municipalityId: municipality.id, principal: { role: "contributor", userId: contributor!.id, sectorIds: [] } });
    expect(owed.map((o) => o.code).sort()).toEqual(["HO16", "O04", "TF04"]);
    expect(owed.every((o) => o.roundId === rounds[0].id && !o.overdue)).toBe(true);
    // Both municipalities show their plan publicly: Demo kommune most (not all) of its measures, Nabodemo (nynorsk) a few.
    const published = async (code: string) => {
      const found = await getMunicipalityByCode({ code });
      const [row] = await db()
        .select({ published: sql<number>`count(*) filter (where ${measure.published})::int`, all: sql<number>`count(*)::int` })
        .from(measure)
        .where(sql`${measure.municipalityId} = ${found!.id}`);
      return { enabled: found!.publicPlanEnabled, ...row };
    };
    const demo = await published("3401");
    expect(demo.enabled).toBe(true);
    expect(demo.published).toBe(DEMO_MEASURES.filter(isPublishedInDemo).length);
    expect(demo.published).toBeGreaterThan(demo.all / 2);
    expect(demo.published).toBeLessThan(demo.all);
    expect(await published("3499")).toEqual({ enabled: true, published: 3, all: 5 });
  });
});
