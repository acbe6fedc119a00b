import { describe, expect, it } from "vitest";
import type { PublicContext } from "./guard.server";
import { buildPlanCsv } from "./open-data.server";

type Plan = Parameters<typeof buildPlanCsv>[1];

describe("open data CSV", () => {
  it("neutralises text a spreadsheet would run as a formula and writes numbers with a decimal comma", () => {
    const municipality = { language: "nb", showCosts: true } as PublicContext["municipality"];
    const measure = {
      code: "HO01",
      title: '=HYPERLINK("http://example.test")',
      description: "Linje 1\nLinje 2",
      status: "in_progress",
      sectorName: "Helse",
      startPeriod: null,
      endPeriod: null,
      userOriented: true,
      responsible: "@leder",
      goalNumbers: ["1", "2"],
      knownCostNok: 1500.5,
      overall: "green",
      progressPercent: 40,
      statusPeriod: "-Q1",
    };
    const csv = buildPlanCsv(municipality, { measures: [measure] } as unknown as Plan);
    const [, row] = csv.slice(1).split("\r\n");
    expect(row).toBe(`HO01;"'=HYPERLINK(""http://example.test"")";"Linje 1\nLinje 2";Pågår;Helse;;;Ja;'@leder;1, 2;1500,5;Grønn – i rute;40;'-Q1`);
  });
});
