import { describe, expect, it } from "vitest";
import { createTranslator } from "~/kit/i18n";
import { buildBenefitSectorChart, buildBenefitYearChart, PLANNED_COLOR, REALISED_COLOR } from "./charts.server";
import { periodLabel } from "./format";

const t = createTranslator("nb");

const years = [
  { year: 2025, plannedNok: 250_000, realisedNok: 124_309 },
  { year: 2026, plannedNok: 370_567, realisedNok: -21_000 },
];

describe("benefit charts", () => {
  it("draws planned against realised NOK per year with a summary of every number", () => {
    const chart = buildBenefitYearChart({ years, t, lang: "nb" });
    expect(chart.title).toBe("Planlagt og realisert gevinst i kroner per år");
    expect(chart.summary).toBe(
      "I 2025–2026 er det planlagt gevinster for 620\u00a0567 kr, og 103\u00a0309 kr er realisert. 2025: planlagt 250\u00a0000 kr, realisert 124\u00a0309 kr; 2026: planlagt 370\u00a0567 kr, realisert −21\u00a0000 kr.",
    );
    const svg = chart.svg ?? "";
    expect(svg).toMatch(/^<svg role="img" aria-label="Planlagt og realisert gevinst i kroner per år\. I 2025–2026/);
    for (const text of [">Planlagt<", ">Realisert<", ">2025<", ">2026<", ">Kroner<"]) expect(svg).toContain(text);
    // Planned and realised differ by more than colour: the planned bars (and legend icon) are hatched.
    expect(svg).toContain(PLANNED_COLOR.toLowerCase());
    expect(svg).toContain(REALISED_COLOR.toLowerCase());
    expect(svg).toMatch(/<pattern[^>]*patternTransform="rotate\(-45\)"/);
    // The axis reaches below zero for the negative realised amount.
    expect(svg).toContain("−100k");
  });

  it("draws planned against realised NOK per sector, escaping names and naming measures without a sector", () => {
    const chart = buildBenefitSectorChart({
      rows: [
        { sectorName: "<b>Helse</b>", plannedNok: 1_200_000, realisedNok: 300_000 },
        { sectorName: null, plannedNok: 5_000, realisedNok: 0 },
      ],
      period: { fromYear: 2023, toYear: 2027 },
      t: createTranslator("nn"),
      lang: "nn",
    });
    expect(chart.title).toBe("Planlagd og realisert gevinst i kroner per sektor");
    expect(chart.summary).toBe(
      "Gevinstar per sektor i 2023–2027: <b>Helse</b>: planlagt 1\u00a0200\u00a0000 kr, realisert 300\u00a0000 kr; Utan sektor: planlagt 5\u00a0000 kr, realisert 0 kr.",
    );
    expect(chart.svg).not.toContain("<b>");
    expect(chart.svg).toContain("&lt;b&gt;Helse&lt;/b&gt;");
    expect(chart.svg).toContain(">Utan sektor<");
  });

  it("has no SVG when there is nothing planned or realised", () => {
    expect(buildBenefitYearChart({ years: [{ year: 2026, plannedNok: 0, realisedNok: 0 }], t, lang: "nb" })).toEqual({
      title: "Planlagt og realisert gevinst i kroner per år",
      summary: "Ingen gevinster har planlagte eller realiserte beløp i 2026.",
      svg: null,
    });
    expect(buildBenefitSectorChart({ rows: [], period: { fromYear: 2023, toYear: 2027 }, t, lang: "nb" })).toMatchObject({
      summary: "Ingen gevinster har planlagte eller realiserte beløp i 2023–2027.",
      svg: null,
    });
  });

  it("labels periods", () => {
    expect(periodLabel({ fromYear: 2026, toYear: 2026 })).toBe("2026");
    expect(periodLabel({ fromYear: 2023, toYear: 2027 })).toBe("2023–2027");
  });
});
