/**
 * Turns the council report data into a document model (pure): a title, subtitle lines and sections with
 * paragraphs and tables, all text in the municipality's language form. docx.server.ts and pdf.server.ts render it.
 */
import { createTranslator, formatDate, formatDecimal, formatNumber, type Translate } from "~/kit/i18n";
import type { CouncilReportData, ReportMeasure } from "./assemble.server";

export interface ReportTable {
  caption: string;
  headers: string[];
  rows: string[][];
  /** Which columns hold numbers (right-aligned). */
  numeric: boolean[];
}

export interface ReportSection {
  heading: string;
  /** 1: a chapter (Heading 1); 2: a part of the chapter before it (Heading 2). */
  level: 1 | 2;
  paragraphs: string[];
  table: ReportTable | null;
}

export interface ReportDocument {
  lang: CouncilReportData["lang"];
  title: string;
  subtitle: string[];
  sections: ReportSection[];
}

function measureCells(m: ReportMeasure, t: Translate): string[] {
  return [m.code, m.title, m.sectorName ?? t("report.bySector.none")];
}

export function buildHeader(data: CouncilReportData, today: Date): Pick<ReportDocument, "title" | "subtitle"> {
  const t = createTranslator(data.lang);
  const scopeLine =
    data.scope.kind === "round"
      ? t("report.subtitle.round", { municipality: data.municipalityName, round: data.scope.title })
      : t("report.subtitle.year", { municipality: data.municipalityName, year: data.year });
  const strategyLine = data.strategy
    ? t("report.strategy", { title: data.strategy.title, from: data.strategy.periodFrom, to: data.strategy.periodTo })
    : t("report.noStrategy", { year: data.year });
  const sourceLine =
    data.source === "snapshot" && data.scope.kind === "round" && data.scope.closedAt
      ? t("report.source.snapshot", { date: formatDate(data.lang, data.scope.closedAt) })
      : t("report.source.live", { date: formatDate(data.lang, today) });
  return { title: t("report.title"), subtitle: [scopeLine, strategyLine, sourceLine] };
}

export function buildSummarySection(data: CouncilReportData): ReportSection {
  const t = createTranslator(data.lang);
  const n = (v: number) => formatNumber(data.lang, v);
  const period = { from: data.period.fromYear, to: data.period.toYear };
  const s = data.summary;
  const rows: Array<[string, number]> = [
    [t("report.summary.measures"), s.measures],
    [t("report.summary.active"), s.active],
    [t("report.summary.inProgress"), s.inProgress],
    [t("report.summary.completed"), s.completed],
    [t("report.summary.dropped"), s.dropped],
    [t("report.summary.red"), s.red],
    [t("report.summary.needDecision"), s.needDecision],
    [t("report.summary.plannedFunds", period), s.plannedFundsPeriodNok],
    [t("report.summary.usedFunds", period), s.usedFundsPeriodNok],
    [t("report.summary.benefitsPlanned", period), s.benefitsPlannedNok],
    [t("report.summary.benefitsRealised", period), s.benefitsRealisedNok],
  ];
  return {
    heading: t("report.summary.heading"),
    level: 1,
    paragraphs: [],
    table: {
      caption: t("report.summary.caption"),
      headers: [t("report.summary.figure"), t("report.summary.value")],
      rows: rows.map(([label, v]) => [label, n(v)]),
      numeric: [false, true],
    },
  };
}

export function buildStatusSections(data: CouncilReportData): ReportSection[] {
  const t = createTranslator(data.lang);
  const n = (v: number) => formatNumber(data.lang, v);
  const sectorTotal = data.bySector.reduce(
    (a, r) => ({ total: a.total + r.total, active: a.active + r.active, completed: a.completed + r.completed, dropped: a.dropped + r.dropped }),
    {
      total: 0,
      active: 0,
      completed: 0,
      dropped: 0,
    },
  );
  return [
    { heading: t("report.status.heading"), level: 1, paragraphs: [], table: null },
    {
      heading: t("report.byStatus.heading"),
      level: 2,
      paragraphs: [],
      table: {
        caption: t("report.byStatus.caption"),
        headers: [t("report.col.status"), t("report.byStatus.count")],
        rows: [...data.byStatus.map((r) => [t(`measures.status.${r.status}`), n(r.count)]), [t("report.total"), n(data.summary.measures)]],
        numeric: [false, true],
      },
    },
    {
      heading: t("report.bySector.heading"),
      level: 2,
      paragraphs: [],
      table: {
        caption: t("report.bySector.caption"),
        headers: [
          t("report.col.sector"),
          t("report.bySector.total"),
          t("report.bySector.active"),
          t("measures.status.completed"),
          t("measures.status.dropped"),
        ],
        rows: [
          ...data.bySector.map((r) => [r.sectorName ?? t("report.bySector.none"), n(r.total), n(r.active), n(r.completed), n(r.dropped)]),
          [t("report.total"), n(sectorTotal.total), n(sectorTotal.active), n(sectorTotal.completed), n(sectorTotal.dropped)],
        ],
        numeric: [false, true, true, true, true],
      },
    },
  ];
}

export function buildClosedSections(data: CouncilReportData): ReportSection[] {
  const t = createTranslator(data.lang);
  const byRound = data.scope.kind === "round";
  return [
    {
      heading: t("report.completed.heading"),
      level: 1,
      paragraphs: [
        byRound ? t("report.completed.introRound") : t("report.completed.introYear", { year: data.year }),
        ...(data.completed.length === 0 ? [t("report.completed.none")] : []),
      ],
      table:
        data.completed.length === 0
          ? null
          : {
              caption: t("report.completed.heading"),
              headers: [t("report.col.code"), t("report.col.title"), t("report.col.sector"), t("report.col.completedOn")],
              rows: data.completed.map((m) => [...measureCells(m, t), m.completedOn ? formatDate(data.lang, m.completedOn) : ""]),
              numeric: [false, false, false, false],
            },
    },
    {
      heading: t("report.dropped.heading"),
      level: 1,
      paragraphs: [
        byRound ? t("report.dropped.introRound") : t("report.dropped.introYear", { year: data.year }),
        ...(data.dropped.length === 0 ? [t("report.dropped.none")] : []),
      ],
      table:
        data.dropped.length === 0
          ? null
          : {
              caption: t("report.dropped.heading"),
              headers: [t("report.col.code"), t("report.col.title"), t("report.col.sector"), t("report.col.reason")],
              rows: data.dropped.map((m) => [...measureCells(m, t), m.reason ?? t("report.dropped.noReason")]),
              numeric: [false, false, false, false],
            },
    },
  ];
}

export function buildFundsSection(data: CouncilReportData): ReportSection {
  const t = createTranslator(data.lang);
  const n = (v: number) => formatNumber(data.lang, v);
  const sum = (pick: (r: CouncilReportData["funding"][number]) => number) => data.funding.reduce((a, r) => a + pick(r), 0);
  const period = { from: data.period.fromYear, to: data.period.toYear };
  return {
    heading: t("report.funds.heading"),
    level: 1,
    paragraphs: [t("report.funds.intro"), ...(data.funding.length === 0 ? [t("report.funds.none")] : [])],
    table:
      data.funding.length === 0
        ? null
        : {
            caption: t("report.funds.caption"),
            headers: [
              t("report.funds.source"),
              t("report.funds.year", { year: data.year }),
              t("report.funds.yearUsed", { year: data.year }),
              t("report.funds.period", period),
              t("report.funds.periodUsed", period),
              t("report.funds.unknown"),
            ],
            rows: [
              ...data.funding.map((r) => [
                t(`measures.funding.${r.fundingSource}`),
                n(r.yearNok),
                n(r.yearUsedNok),
                n(r.periodNok),
                n(r.periodUsedNok),
                n(r.unknownLines),
              ]),
              [
                t("report.total"),
                n(sum((r) => r.yearNok)),
                n(sum((r) => r.yearUsedNok)),
                n(sum((r) => r.periodNok)),
                n(sum((r) => r.periodUsedNok)),
                n(sum((r) => r.unknownLines)),
              ],
            ],
            numeric: [false, true, true, true, true, true],
          },
  };
}

export function buildBenefitsSection(data: CouncilReportData): ReportSection {
  const t = createTranslator(data.lang);
  const n = (v: number) => formatNumber(data.lang, v);
  const h = (v: number) => formatDecimal(data.lang, v, 1);
  const sum = (pick: (r: CouncilReportData["benefits"][number]) => number) => data.benefits.reduce((a, r) => a + pick(r), 0);
  return {
    heading: t("report.benefits.heading"),
    level: 1,
    paragraphs: [t("report.benefits.intro", { from: data.period.fromYear, to: data.period.toYear })],
    table: {
      caption: t("report.benefits.caption"),
      headers: [
        t("report.benefits.year"),
        t("report.benefits.plannedNok"),
        t("report.benefits.realisedNok"),
        t("report.benefits.plannedHours"),
        t("report.benefits.realisedHours"),
      ],
      rows: [
        ...data.benefits.map((r) => [String(r.year), n(r.plannedNok), n(r.realisedNok), h(r.plannedHours), h(r.realisedHours)]),
        [t("report.total"), n(sum((r) => r.plannedNok)), n(sum((r) => r.realisedNok)), h(sum((r) => r.plannedHours)), h(sum((r) => r.realisedHours))],
      ],
      numeric: [false, true, true, true, true],
    },
  };
}

export function buildDecisionSection(data: CouncilReportData): ReportSection {
  const t = createTranslator(data.lang);
  return {
    heading: t("report.decisions.heading"),
    level: 1,
    paragraphs: [t("report.decisions.intro"), ...(data.decisions.length === 0 ? [t("report.decisions.none")] : [])],
    table:
      data.decisions.length === 0
        ? null
        : {
            caption: t("report.decisions.caption"),
            headers: [
              t("report.col.code"),
              t("report.col.title"),
              t("report.col.sector"),
              t("report.col.status"),
              t("report.col.overall"),
              t("report.col.reasons"),
            ],
            rows: data.decisions.map((m) => [
              ...measureCells(m, t),
              t(`measures.status.${m.status}`),
              m.overall ? t(`reporting.light.${m.overall}`) : t("reporting.light.none"),
              m.reasons.map((r) => t(`report.reason.${r}`)).join(", "),
            ]),
            numeric: [false, false, false, false, false, false],
          },
  };
}

/** The whole report as a document model. */
export function buildReportDocument({ data, today = new Date() }: { data: CouncilReportData; today?: Date }): ReportDocument {
  return {
    lang: data.lang,
    ...buildHeader(data, today),
    sections: [
      buildSummarySection(data),
      ...buildStatusSections(data),
      ...buildClosedSections(data),
      buildFundsSection(data),
      buildBenefitsSection(data),
      buildDecisionSection(data),
    ],
  };
}
