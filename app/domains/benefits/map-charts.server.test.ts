import { describe, expect, it } from "vitest";
import { createTranslator } from "~/kit/i18n";
import { estimateTextWidth } from "~/kit/charts/text-metrics";
import { buildBenefitMapDiagram, buildBenefitProfileChart, layoutBenefitMap, profileTotals, wrapLabel } from "./map-charts.server";
import type { BenefitMap } from "./map.server";

const t = createTranslator("nb");
const nn = createTranslator("nn");

const zero = { plannedNok: 0, realisedNok: 0, plannedHours: 0, realisedHours: 0, plannedFte: 0, realisedFte: 0 };
// 350 h/year at 700 kr from 2025; realised 140 h (98 000 kr) in 2025 and 200 h (140 000 kr) in 2026.
const rows = [
  { year: 2024, ...zero },
  { year: 2025, plannedNok: 245000, realisedNok: 98000, plannedHours: 350, realisedHours: 140, plannedFte: 0.21, realisedFte: 0.08 },
  { year: 2026, plannedNok: 245000, realisedNok: 140000, plannedHours: 350, realisedHours: 200, plannedFte: 0.21, realisedFte: 0.12 },
];

describe("profileTotals", () => {
  it("adds up NOK and hours and takes FTE from the summed hours", () => {
    // 700 h / 1695 = 0,413 → 0,41 (adding the rounded 0,21 twice would give 0,42).
    expect(profileTotals(rows, 1695)).toEqual({
      plannedNok: 490000,
      realisedNok: 238000,
      plannedHours: 700,
      realisedHours: 340,
      plannedFte: 0.41,
      realisedFte: 0.2,
    });
  });
});

describe("buildBenefitProfileChart", () => {
  it("draws planned and realised NOK per year with a legend, patterns and a text summary", () => {
    const chart = buildBenefitProfileChart({ rows, hoursPerFte: 1695, t, lang: "nb" });
    expect(chart.title).toBe("Gevinstprofil per år: planlagt og realisert");
    expect(chart.summary).toBe("I 2024–2026 er det planlagt gevinster for 490\u00a0000 kr (0,41 årsverk), og realisert 238\u00a0000 kr (0,2 årsverk).");
    const svg = chart.svg ?? "";
    expect(svg).toMatch(/^<svg role="img" aria-label="Gevinstprofil per år: planlagt og realisert\. I 2024–2026/);
    for (const text of [">2024<", ">2025<", ">2026<", ">Planlagt<", ">Realisert<", ">Kroner<"]) expect(svg).toContain(text);
    expect(svg).toContain("<pattern"); // the series differ by pattern, not only by colour
    expect(svg).toMatch(/>245k<|>245\u00a0k<|>245 k</); // a data label
  });

  it("says so and draws nothing when there is nothing planned or realised", () => {
    const chart = buildBenefitProfileChart({
      rows: [
        { year: 2030, ...zero },
        { year: 2031, ...zero },
      ],
      hoursPerFte: 1695,
      t: nn,
      lang: "nn",
    });
    expect(chart).toEqual({
      title: "Gevinstprofil per år: planlagd og realisert",
      summary: "Ingen planlagde eller realiserte gevinstar i 2030–2031.",
      svg: null,
    });
  });

  it("handles negative realised amounts (the indicator moved the wrong way)", () => {
    const chart = buildBenefitProfileChart({ rows: [{ year: 2027, ...zero, plannedNok: 200000, realisedNok: -40000 }], hoursPerFte: 1695, t, lang: "nb" });
    expect(chart.summary).toContain("realisert −40\u00a0000 kr");
    expect(chart.svg).toContain("−40"); // axis below zero
  });
});

describe("wrapLabel", () => {
  it("keeps short labels on one line and wraps long ones at spaces", () => {
    expect(wrapLabel("TF07 Digitalisere", 240, 3)).toEqual(["TF07 Digitalisere"]);
    const lines = wrapLabel("Mindre manuell registrering av søknader i servicetorget", 200, 4);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe("Mindre manuell registrering av søknader i servicetorget");
    for (const line of lines) expect(estimateTextWidth(line, "14px sans-serif")).toBeLessThanOrEqual(200);
  });

  it("cuts a too-long label with an ellipsis and very long words to fit", () => {
    const lines = wrapLabel("en ".repeat(100).trim(), 100, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith("…")).toBe(true);
    const word = wrapLabel("Superkalifragilistiskekspialidosisk", 60, 5);
    expect(word.join("")).toBe("Superkalifragilistiskekspialidosisk");
    for (const line of word) expect(estimateTextWidth(line, "14px sans-serif")).toBeLessThanOrEqual(60);
  });
});

const map: BenefitMap = {
  measures: [
    { id: "m1", code: "TF07", title: "Digitalisere alle søknadsskjema", status: "in_progress", sectorId: null, responsibleUserId: null },
    { id: "m2", code: "TF08", title: "Uten gevinster", status: "idea", sectorId: null, responsibleUserId: null },
  ],
  benefits: [
    { id: "b1", measureId: "m1", title: "Mindre manuell registrering", type: "freed_capacity", status: "realising", disbenefit: false, goalIds: ["g1", "g2"] },
    { id: "b2", measureId: "m1", title: "Mer support <på> telefon", type: "quality", status: "planned", disbenefit: true, goalIds: [] },
  ],
  goals: [
    { id: "g1", number: "1.1", title: "Digitale tjenester" },
    { id: "g2", number: "6", title: "Hente ut gevinster" },
  ],
};

describe("layoutBenefitMap", () => {
  it("puts measures, benefits and goals in three columns without overlaps, and links them", () => {
    const layout = layoutBenefitMap({ map, t, focusGoalId: "g2" });
    const byKey = Object.fromEntries(layout.nodes.map((n) => [n.key, n]));
    expect(Object.keys(byKey).sort()).toEqual(["b:b1", "b:b2", "g:g1", "g:g2", "m:m1", "m:m2"]);
    expect([byKey["m:m1"].column, byKey["b:b1"].column, byKey["g:g1"].column]).toEqual([0, 1, 2]);
    expect(layout.links).toEqual([
      { from: "m:m1", to: "b:b1", dashed: false },
      { from: "b:b1", to: "g:g1", dashed: false },
      { from: "b:b1", to: "g:g2", dashed: false },
      { from: "m:m1", to: "b:b2", dashed: true },
    ]);
    // The disbenefit is marked in its label and with a dashed border; the focus goal in its label and in bold.
    expect(byKey["b:b2"]).toMatchObject({ label: "Ulempe: Mer support <på> telefon", dashed: true });
    expect(byKey["g:g2"]).toMatchObject({ label: "6 Hente ut gevinster (dette målet)", emphasised: true });
    for (const column of [0, 1, 2]) {
      const inColumn = layout.nodes.filter((n) => n.column === column).sort((x, y) => x.y - y.y);
      for (let i = 1; i < inColumn.length; i++) expect(inColumn[i].y).toBeGreaterThanOrEqual(inColumn[i - 1].y + inColumn[i - 1].height);
    }
    for (const n of layout.nodes) expect(n.y + n.height).toBeLessThanOrEqual(layout.height);
    // The measure without benefits gets its own slot below the first one.
    expect(byKey["m:m2"].y).toBeGreaterThan(byKey["b:b2"].y);
  });
});

describe("buildBenefitMapDiagram", () => {
  it("renders an accessible SVG with readable, escaped labels", () => {
    const diagram = buildBenefitMapDiagram({ map, t, lang: "nb", focusGoalId: "g1" });
    expect(diagram.summary).toBe("Tiltak: 2. Gevinster: 2. Mål: 2. Tabellen viser de samme koblingene med lenker.");
    const svg = diagram.svg ?? "";
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" role="img" aria-label="Nyttekart: tiltak, gevinster og mål\. Tiltak: 2\./);
    expect(svg).toContain("<title>Nyttekart: tiltak, gevinster og mål</title><desc>");
    expect(svg).toMatch(/viewBox="0 0 960 \d+"/);
    for (const text of [">Tiltak<", ">Gevinster<", ">Mål<", ">TF07 Digitalisere alle<", ">Mindre manuell registrering<", "(dette målet)"])
      expect(svg).toContain(text);
    expect(svg).toContain("Mer support &lt;på&gt; telefon");
    expect(svg).not.toContain("<på>");
    expect(svg).toContain('stroke-dasharray="6 4"');
    expect((svg.match(/<path /g) ?? []).length).toBe(4);
  });

  it("draws nothing when there are no benefits", () => {
    const diagram = buildBenefitMapDiagram({ map: { measures: map.measures, benefits: [], goals: [] }, t: nn, lang: "nn" });
    expect(diagram.svg).toBeNull();
    expect(diagram.summary).toBe("Tiltak: 2. Gevinstar: 0. Mål: 0. Tabellen viser dei same koplingane med lenkjer.");
  });
});
