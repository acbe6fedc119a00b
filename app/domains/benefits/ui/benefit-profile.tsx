// The measure's yearly benefit profile: chart, text summary and a table with every number.
import { Paragraph } from "@digdir/designsystemet-react";
import { formatAmount } from "~/domains/benefits/ui/indicators";
import { ChartFigure, type ChartTable } from "~/kit/charts/chart-figure";
import { useLang, useT } from "~/kit/ui/page-context";
import { formatNumber } from "~/kit/i18n";
import type { MeasureBenefitProfile } from "~/domains/benefits/measure-page.server";

export function BenefitProfile({ profile }: { profile: MeasureBenefitProfile }) {
  const t = useT();
  const lang = useLang();
  const n = (value: number) => formatNumber(lang, value);
  const d = (value: number) => formatAmount(lang, value, 2);
  const cells = (r: MeasureBenefitProfile["totals"]) => [
    n(r.plannedNok),
    n(r.realisedNok),
    d(r.plannedHours),
    d(r.realisedHours),
    d(r.plannedFte),
    d(r.realisedFte),
  ];
  const table: ChartTable = {
    columns: [
      t("benefitMap.profile.year"),
      t("benefitMap.profile.plannedNok"),
      t("benefitMap.profile.realisedNok"),
      t("benefitMap.profile.plannedHours"),
      t("benefitMap.profile.realisedHours"),
      t("benefitMap.profile.plannedFte"),
      t("benefitMap.profile.realisedFte"),
    ],
    rows: profile.rows.map((r) => ({ key: String(r.year), cells: [String(r.year), ...cells(r)] })),
    footer: [t("benefitMap.profile.total"), ...cells(profile.totals)],
    numeric: [1, 2, 3, 4, 5, 6],
  };
  return (
    <ChartFigure id="benefit-profile" title={profile.chart.title} svg={profile.chart.svg} summary={profile.chart.summary} table={table} tableOpen>
      <Paragraph className="muted">
        {t(`benefitMap.profile.years.${profile.yearsSource}`)} {t("benefitMap.profile.realisedNote")}
      </Paragraph>
    </ChartFigure>
  );
}
