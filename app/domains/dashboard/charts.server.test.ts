import { describe, expect, it } from "vitest";
import { createTranslator } from "~/kit/i18n";
import { buildCostChart, buildSectorChart, buildStatusChart, niceAxis, pivotCosts } from "./charts.server";
import type { SectorStatusCounts } from "./queries.server";

const t = createTranslator("nb");
const zero = { idea: 0, proposed: 0, prioritised: 0, planned: 0, in_progress: 0, completed: 0, dropped: 0, merged: 0 };
const statusRows = (counts: Partial<typeof zero>) =>
  Object.entries({ ...zero, ...counts }).map(([status, count]) => ({ status: status as keyof typeof zero, count }));

describe("dashboard charts", () => {
  it("summarises and draws the status chart, with catalogue labels", () => {
    const chart = buildStatusChart({ rows: statusRows({ idea: 3, in_progress: 1200, completed: 2 }), t, lang: "nb" });
    expect(chart.title).toBe("Tiltak etter status");
    expect(chart.summary).toBe("1\u00a0205 tiltak totalt. Idé: 3, Pågår: 1\u00a0200, Fullført: 2.");
    expect(chart.svg).toMatch(/^<svg role="img"/);
    for (const text of ["Idé", "Foreslått", "Avsluttet uten gjennomføring", "Slått sammen / flyttet", "1\u00a0200"]) expect(chart.svg).toContain(text);
  });

  it("has no SVG when there is nothing to draw", () => {
    expect(buildStatusChart({ rows: statusRows({}), t, lang: "nb" })).toEqual({
      title: "Tiltak etter status",
      summary: "Ingen tiltak er registrert ennå.",
      svg: null,
    });
    expect(buildSectorChart({ rows: [], t, lang: "nb" }).svg).toBeNull();
    expect(buildCostChart({ table: pivotCosts([]), t, lang: "nb" })).toMatchObject({
      svg: null,
      summary: "Ingen kostnader er registrert ennå.",
      unknownNote: null,
    });
  });

  it("escapes sector names in the SVG", () => {
    const rows: SectorStatusCounts[] = [
      { sectorId: "s1", sectorName: "<script>alert(1)</script>", total: 3, counts: { ...zero, idea: 1, completed: 2 } },
      { sectorId: null, sectorName: null, total: 1, counts: { ...zero, planned: 1 } },
    ];
    const chart = buildSectorChart({ rows, t, lang: "nb" });
    expect(chart.svg).not.toContain("<script");
    expect(chart.svg).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(chart.svg).toContain("Uten sektor");
    expect(chart.summary).toBe("Antall tiltak per sektor: <script>alert(1)</script>: 3, Uten sektor: 1.");
    // Legend only lists statuses that occur.
    expect(chart.svg).toContain(">Idé<");
    expect(chart.svg).not.toContain(">Foreslått<");
  });

  it("pivots costs per year and source and notes unknown amounts", () => {
    const table = pivotCosts([
      { year: 2025, fundingSource: "digitalisation_funds", amountNok: 100_000, unknownCount: 0 },
      { year: 2025, fundingSource: "own_budget", amountNok: 50_000, unknownCount: 0 },
      { year: 2026, fundingSource: "digitalisation_funds", amountNok: 230_000, unknownCount: 1 },
      { year: null, fundingSource: "unknown", amountNok: 10_000, unknownCount: 2 },
    ]);
    expect(table).toEqual({
      years: [2025, 2026, null],
      sources: ["digitalisation_funds", "own_budget", "unknown"],
      amounts: [
        [100_000, 50_000, 0],
        [230_000, 0, 0],
        [0, 0, 10_000],
      ],
      yearTotals: [150_000, 230_000, 10_000],
      yearUnknown: [0, 1, 2],
      total: 390_000,
      unknown: 3,
    });
    const chart = buildCostChart({ table, t, lang: "nb" });
    expect(chart.unknownNote).toBe("3 kostnadslinjer har ukjent beløp og er ikke med i summene.");
    expect(chart.summary).toBe(
      "Kjente kostnader er til sammen 390\u00a0000 kr. 2025: 150\u00a0000 kr, 2026: 230\u00a0000 kr, Uten år: 10\u00a0000 kr. 3 kostnadslinjer har ukjent beløp og er ikke med i summene.",
    );
    for (const text of ["Digitaliseringsmidler", "Eget budsjett", "Uten år", "2025", "230\u00a0000"]) expect(chart.svg).toContain(text);
  });

  it("picks round axis maxima", () => {
    expect(niceAxis(13, { integer: true })).toEqual({ max: 15, interval: 5 });
    expect(niceAxis(3, { integer: true })).toEqual({ max: 3, interval: 1 });
    expect(niceAxis(0)).toEqual({ max: 1, interval: 1 });
    expect(niceAxis(2_370_000)).toEqual({ max: 2_500_000, interval: 500_000 });
    expect(niceAxis(1_000_000)).toEqual({ max: 1_000_000, interval: 200_000 });
  });

  it("leaves out labels that do not fit their bar segment", () => {
    const table = pivotCosts([
      { year: 2025, fundingSource: "digitalisation_funds", amountNok: 2_000_000, unknownCount: 0 },
      { year: 2025, fundingSource: "own_budget", amountNok: 10_000, unknownCount: 0 },
    ]);
    const svg = buildCostChart({ table, t, lang: "nb" }).svg ?? "";
    expect(svg).toContain(">2\u00a0mill.<");
    expect(svg).not.toContain(">10k<");
    expect(svg).toContain(">2 010 000<");
  });

  it("writes nynorsk when asked", () => {
    const chart = buildSectorChart({
      rows: [{ sectorId: null, sectorName: null, total: 1, counts: { ...zero, idea: 1 } }],
      t: createTranslator("nn"),
      lang: "nn",
    });
    expect(chart.summary).toBe("Tal på tiltak per sektor: Utan sektor: 1.");
  });
});
