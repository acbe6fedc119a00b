import { createTranslator, type Lang } from "~/kit/i18n";
import { getDashboardBenefits } from "~/domains/benefits/index.server";
import { buildCostChart, buildSectorChart, buildStatusChart, pivotCosts } from "./charts.server";
import {
  countGoals,
  getGoalsWithoutMeasures,
  getPlannedCostByYearAndFunding,
  getSectorStatusCounts,
  getStatusCounts,
  getUserOrientedShare,
} from "./queries.server";

/** Everything the dashboard shows: the aggregates (for key figures and data tables) and the server-rendered charts. */
export async function getDashboard({ municipalityId, lang }: { municipalityId: string; lang: Lang }) {
  const [statusCounts, sectorCounts, costRows, userOriented, goalsWithoutMeasures, goalCount, benefits] = await Promise.all([
    getStatusCounts({ municipalityId }),
    getSectorStatusCounts({ municipalityId }),
    getPlannedCostByYearAndFunding({ municipalityId }),
    getUserOrientedShare({ municipalityId }),
    getGoalsWithoutMeasures({ municipalityId }),
    countGoals({ municipalityId }),
    getDashboardBenefits({ municipalityId, lang }),
  ]);
  const t = createTranslator(lang);
  const costTable = pivotCosts(costRows);
  return {
    statusCounts,
    sectorCounts,
    costTable,
    userOriented,
    goalsWithoutMeasures,
    goalCount,
    benefits,
    charts: {
      status: buildStatusChart({ rows: statusCounts, t, lang }),
      sector: buildSectorChart({ rows: sectorCounts, t, lang }),
      cost: buildCostChart({ table: costTable, t, lang }),
    },
  };
}
