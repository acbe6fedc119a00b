import type { CouncilReportData } from "./assemble.server";

/** A small hand-made report, for the tests of the document model and the renderers. */
export function sampleReport(lang: CouncilReportData["lang"]): CouncilReportData {
  return {
    lang,
    municipalityName: "Ørsta kommune",
    strategy: { title: "Digitaliseringsstrategi", periodFrom: 2025, periodTo: 2027 },
    scope: { kind: "round", title: "Status pr. januar 2026", state: "closed", closedAt: "2026-02-05T10:00:00.000Z" },
    source: "snapshot",
    year: 2026,
    period: { fromYear: 2025, toYear: 2027 },
    summary: {
      measures: 6,
      active: 3,
      inProgress: 1,
      completed: 2,
      dropped: 1,
      red: 1,
      needDecision: 3,
      plannedFundsPeriodNok: 220_000,
      usedFundsPeriodNok: 85_000,
      benefitsPlannedNok: 20_000,
      benefitsRealisedNok: 4_500,
    },
    byStatus: [
      { status: "idea", count: 1 },
      { status: "planned", count: 1 },
      { status: "in_progress", count: 1 },
      { status: "completed", count: 2 },
      { status: "dropped", count: 1 },
    ],
    bySector: [
      { sectorName: "Helse", total: 3, active: 3, completed: 0, dropped: 0 },
      { sectorName: null, total: 3, active: 0, completed: 2, dropped: 1 },
    ],
    completed: [{ code: "O1", title: "Læringsbrett", sectorName: "Oppvekst", completedOn: "2026-03-01" }],
    dropped: [{ code: "O2", title: "Ny skoleportal", sectorName: "Oppvekst", reason: null }],
    funding: [
      { fundingSource: "own_budget", yearNok: 100_000, yearUsedNok: 60_000, periodNok: 130_000, periodUsedNok: 85_000, unknownLines: 0 },
      { fundingSource: "unknown", yearNok: 0, yearUsedNok: 0, periodNok: 0, periodUsedNok: 0, unknownLines: 1 },
    ],
    benefits: [
      { year: 2026, plannedNok: 10_000, realisedNok: 4_500, plannedHours: 12.5, realisedHours: 0 },
      { year: 2027, plannedNok: 10_000, realisedNok: 0, plannedHours: 0, realisedHours: 0 },
    ],
    decisions: [{ code: "HO1", title: "Velferdsteknologi", sectorName: "Helse", status: "in_progress", overall: "red", reasons: ["red_status", "overdue"] }],
  };
}
