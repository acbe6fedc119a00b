/**
 * What the measure page shows about the measure's benefits: each benefit's figures (ready for display) and the
 * yearly benefit profile with its chart. Serialisable, for the route loader.
 */
import type { MEASUREMENT_ASSESSMENTS } from "~/domains/benefits/constants";
import { createTranslator, type Lang } from "~/kit/i18n";
import { type AchievementStatus, formatAchievementPercent } from "./achievement";
import { buildBenefitProfileChart, profileTotals, type RenderedPicture } from "./map-charts.server";
import { getMeasureProfileYears, listMeasureBenefitFigures, type MeasureBenefitFigures } from "./measure-figures.server";
import { getBenefitSummary, type BenefitSummaryTotal } from "./summary.server";

export interface MeasureBenefitView extends Omit<MeasureBenefitFigures, "indicator"> {
  indicator: {
    name: string;
    isValuation: boolean;
    latest: {
      measuredOn: string;
      assessment: (typeof MEASUREMENT_ASSESSMENTS)[number] | null;
      status: AchievementStatus;
      /** The achievement capped for display (−100 % … 200 %), e.g. "57 %"; "" unless status is "ok". */
      percent: string;
    } | null;
  } | null;
}

export interface MeasureBenefitProfile {
  chart: RenderedPicture;
  rows: BenefitSummaryTotal[];
  totals: ReturnType<typeof profileTotals>;
  fromYear: number;
  toYear: number;
  yearsSource: "strategy" | "benefits" | "default";
}

export async function getMeasureBenefitsView({
  municipalityId,
  measureId,
  lang,
  currentYear,
}: {
  municipalityId: string;
  measureId: string;
  lang: Lang;
  currentYear: number;
}): Promise<{ benefits: MeasureBenefitView[]; valuation: { hourlyCostNok: number; hoursPerFte: number }; profile: MeasureBenefitProfile }> {
  const [figures, years] = await Promise.all([
    listMeasureBenefitFigures({ municipalityId, measureId }),
    getMeasureProfileYears({ municipalityId, measureId, currentYear }),
  ]);
  const summary = await getBenefitSummary({ municipalityId, fromYear: years.fromYear, toYear: years.toYear, measureId });
  const chart = buildBenefitProfileChart({ rows: summary.totals, hoursPerFte: summary.hoursPerFte, t: createTranslator(lang), lang });
  return {
    benefits: figures.map((f) => ({
      ...f,
      indicator: f.indicator
        ? {
            name: f.indicator.name,
            isValuation: f.indicator.isValuation,
            latest: f.indicator.latest
              ? {
                  measuredOn: f.indicator.latest.measuredOn,
                  assessment: f.indicator.latest.assessment,
                  status: f.indicator.latest.achievement.status,
                  percent: formatAchievementPercent(f.indicator.latest.achievement.display, lang),
                }
              : null,
          }
        : null,
    })),
    valuation: { hourlyCostNok: summary.hourlyCostNok, hoursPerFte: summary.hoursPerFte },
    profile: {
      chart,
      rows: summary.totals,
      totals: profileTotals(summary.totals, summary.hoursPerFte),
      fromYear: years.fromYear,
      toYear: years.toYear,
      yearsSource: years.source,
    },
  };
}
