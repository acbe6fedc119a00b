import { describe, expect, it } from "vitest";
import { sampleReport } from "./fixture";
import {
  buildBenefitsSection,
  buildClosedSections,
  buildDecisionSection,
  buildFundsSection,
  buildHeader,
  buildReportDocument,
  buildStatusSections,
  buildSummarySection,
} from "./sections";

const today = new Date("2026-02-10T12:00:00Z");
const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, " ");

describe("the council report document model", () => {
  it("names the municipality, the round, the strategy period and where the figures come from", () => {
    expect(buildHeader(sampleReport("nb"), today)).toEqual({
      title: "Rapport til kommunestyret",
      subtitle: [
        "Ørsta kommune – Status pr. januar 2026",
        "Strategi: Digitaliseringsstrategi (2025–2027)",
        "Tallene for tiltakene er hentet fra øyeblikksbildet som ble lagret da runden ble lukket 5. feb. 2026.",
      ],
    });
    const year = { ...sampleReport("nn"), scope: { kind: "year" as const }, source: "live" as const, strategy: null };
    expect(buildHeader(year, today).subtitle).toEqual([
      "Ørsta kommune – året 2026",
      "Ingen strategi dekkjer 2026.",
      "Tala viser porteføljen slik han er registrert 10. feb. 2026.",
    ]);
  });

  it("summarises the key figures with formatted numbers", () => {
    const s = buildSummarySection(sampleReport("nb"));
    expect(s).toMatchObject({ heading: "Sammendrag", level: 1 });
    expect(s.table!.rows.map((r) => r.map(nbsp))).toContainEqual(["Planlagte midler 2025–2027 (kr)", "220 000"]);
    expect(s.table!.rows.map((r) => r.map(nbsp))).toContainEqual(["Brukte midler 2025–2027 (kr)", "85 000"]);
    expect(s.table!.rows.map((r) => r.map(nbsp))).toContainEqual(["Tiltak som trenger beslutning", "3"]);
    expect(buildSummarySection(sampleReport("nn")).table!.rows[6]).toEqual(["Tiltak som treng avgjerd", "3"]);
  });

  it("counts measures by status and by sector with a total row, and names measures without a sector", () => {
    const [chapter, byStatus, bySector] = buildStatusSections(sampleReport("nb"));
    expect(chapter).toMatchObject({ level: 1, heading: "Tiltak etter status og sektor", table: null });
    expect(byStatus).toMatchObject({ level: 2, heading: "Etter status" });
    expect(byStatus.table!.rows).toContainEqual(["Pågår", "1"]);
    expect(byStatus.table!.rows.at(-1)).toEqual(["Sum", "6"]);
    expect(bySector.table!.rows).toEqual([
      ["Helse", "3", "3", "0", "0"],
      ["Uten sektor", "3", "0", "2", "1"],
      ["Sum", "6", "3", "2", "1"],
    ]);
  });

  it("lists completed and dropped measures, and says so when a dropped measure has no reason", () => {
    const [completed, dropped] = buildClosedSections(sampleReport("nn"));
    expect(completed.table!.rows).toEqual([["O1", "Læringsbrett", "Oppvekst", "1. mars 2026"]]);
    expect(dropped).toMatchObject({ heading: "Tiltak avslutta utan gjennomføring" });
    expect(dropped.table!.rows).toEqual([["O2", "Ny skoleportal", "Oppvekst", "Inga grunngiving registrert"]]);
    const none = buildClosedSections({ ...sampleReport("nb"), completed: [], dropped: [] });
    expect(none.map((s) => s.table)).toEqual([null, null]);
    expect(none[1].paragraphs).toContain("Ingen tiltak er avsluttet uten gjennomføring.");
  });

  it("shows planned against used funds per funding source, with a total row", () => {
    const s = buildFundsSection(sampleReport("nb"));
    expect(s.heading).toBe("Planlagte og brukte midler etter finansieringskilde");
    expect(s.paragraphs[0]).toMatch(/planlagte og brukte midler per finansieringskilde/);
    expect(s.paragraphs.join(" ")).not.toMatch(/ikke forbruk|økonomisystemet/);
    expect(s.table!.headers).toEqual([
      "Finansieringskilde",
      "Planlagt 2026 (kr)",
      "Brukt 2026 (kr)",
      "Planlagt 2025–2027 (kr)",
      "Brukt 2025–2027 (kr)",
      "Kostnadslinjer uten beløp",
    ]);
    expect(s.table!.rows.map((r) => r.map(nbsp))).toEqual([
      ["Eget budsjett", "100 000", "60 000", "130 000", "85 000", "0"],
      ["Ukjent", "0", "0", "0", "0", "1"],
      ["Sum", "100 000", "60 000", "130 000", "85 000", "1"],
    ]);
    expect(buildFundsSection(sampleReport("nn")).table!.headers[2]).toBe("Brukt 2026 (kr)");
    expect(buildFundsSection(sampleReport("nn")).heading).toBe("Planlagde og brukte midlar etter finansieringskjelde");
  });

  it("shows benefits planned against realised per year with a total", () => {
    const rows = buildBenefitsSection(sampleReport("nb")).table!.rows.map((r) => r.map(nbsp));
    expect(rows).toEqual([
      ["2026", "10 000", "4 500", "12,5", "0"],
      ["2027", "10 000", "0", "0", "0"],
      ["Sum", "20 000", "4 500", "12,5", "0"],
    ]);
  });

  it("explains why each measure needs a decision, with the status in words", () => {
    const s = buildDecisionSection(sampleReport("nn"));
    expect(s.heading).toBe("Tiltak som treng avgjerd");
    expect(s.table!.rows).toEqual([["HO1", "Velferdsteknologi", "Helse", "Pågår", "Raud", "Raud status, Passert planlagt sluttår"]]);
  });

  it("puts the chapters in the order of the issue", () => {
    expect(buildReportDocument({ data: sampleReport("nb"), today }).sections.map((s) => s.heading)).toEqual([
      "Sammendrag",
      "Tiltak etter status og sektor",
      "Etter status",
      "Etter sektor",
      "Fullførte tiltak",
      "Tiltak avsluttet uten gjennomføring",
      "Planlagte og brukte midler etter finansieringskilde",
      "Gevinster, planlagt og realisert",
      "Tiltak som trenger beslutning",
    ]);
  });
});
