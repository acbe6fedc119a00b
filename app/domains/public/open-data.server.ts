/**
 * Open data: the published plan as JSON (GET /api/v1/public/:kommunenummer/plan) and CSV (…/plan.csv).
 * The zod schemas describe the JSON and feed the OpenAPI document.
 */
import { z } from "zod";
import { createTranslator, type MessageKey } from "~/kit/i18n";
import { formatPeriod, parsePeriod } from "~/domains/measures";
import { TRAFFIC_LIGHTS } from "~/domains/reporting";
import { MEASURE_STATUSES } from "~/domains/measures";
import { toCsv } from "~/kit/csv";
import type { PublicContext } from "./guard.server";
import { publicMeasurePath } from "./paths";
import type { PublicMeasureRow, PublicPlan } from "./queries.server";

const status = z.enum(MEASURE_STATUSES);

export const publicMeasureSchema = z.object({
  code: z.string().describe("The measure code, unique within the municipality."),
  title: z.string(),
  description: z.string().nullable(),
  status,
  sector: z.string().nullable(),
  startPeriod: z.string().nullable().describe('Half-year or year, e.g. "2025H1", "2026", or "continuous".'),
  endPeriod: z.string().nullable(),
  userOriented: z.boolean().describe("Aimed at citizens or other users of services (brukerrettet)."),
  responsible: z.string().nullable().describe("The responsible role or unit, as written in the plan."),
  goals: z.array(z.string()).describe("Numbers of the goals the measure is linked to."),
  knownCostNok: z.number().int().nullable().optional().describe("Sum of the known cost amounts. Only present when the municipality publishes costs."),
  overallStatus: z
    .enum(TRAFFIC_LIGHTS)
    .nullable()
    .describe("The overall traffic light of the latest published status update (green: on track, yellow: some deviation, red: serious deviation); null without one."),
  progressPercent: z.number().int().min(0).max(100).nullable().describe("Progress in percent from the latest published status update; null without one."),
  statusPeriod: z.string().nullable().describe('The period of the latest published status update, e.g. "Januar 2026".'),
  url: z.string().describe("Path of the measure's public page."),
});

export const publicGoalSchema = z.object({
  number: z.string(),
  title: z.string(),
  parentNumber: z.string().nullable(),
});

export const publicBenefitYearSchema = z.object({
  year: z.number().int(),
  plannedNok: z.number(),
  realisedNok: z.number(),
  plannedHours: z.number(),
  realisedHours: z.number(),
});

export const publicPlanSchema = z.object({
  municipality: z.object({ code: z.string(), name: z.string(), language: z.enum(["nb", "nn"]) }),
  strategy: z
    .object({
      title: z.string(),
      periodFrom: z.number().int(),
      periodTo: z.number().int(),
      adoptedOn: z.iso.date().nullable(),
      caseReference: z.string().nullable(),
      summary: z.string().nullable(),
    })
    .nullable()
    .describe("The current strategy: the one whose period covers this year, or else the latest."),
  goals: z.array(publicGoalSchema).describe("The strategy's goals in tree order (depth first)."),
  measures: z.array(publicMeasureSchema).describe("The published measures, by sector and code."),
  benefits: z.array(publicBenefitYearSchema).describe("Planned against realised benefits of the published measures, per year of the strategy period (NOK rounded to whole kroner, hours to two decimals)."),
  costsPublished: z.boolean().describe("Whether the municipality publishes costs (`knownCostNok`)."),
  lastUpdated: z.iso.datetime().nullable().describe("The last change to the published data."),
});

export type PublicPlanJson = z.output<typeof publicPlanSchema>;

function flattenGoals(nodes: PublicPlan["goals"], parentNumber: string | null = null): PublicPlanJson["goals"] {
  return nodes.flatMap((node) => [{ number: node.number, title: node.title, parentNumber }, ...flattenGoals(node.children, node.number)]);
}

function measureJson(municipality: PublicContext["municipality"], m: PublicMeasureRow): PublicPlanJson["measures"][number] {
  return {
    code: m.code,
    title: m.title,
    description: m.description,
    status: m.status,
    sector: m.sectorName,
    startPeriod: m.startPeriod,
    endPeriod: m.endPeriod,
    userOriented: m.userOriented,
    responsible: m.responsible,
    goals: m.goalNumbers,
    ...(municipality.showCosts ? { knownCostNok: m.knownCostNok } : {}),
    overallStatus: m.overall,
    progressPercent: m.progressPercent,
    statusPeriod: m.statusPeriod,
    url: publicMeasurePath(municipality.code, m.code),
  };
}

export function buildPlanJson(municipality: PublicContext["municipality"], plan: PublicPlan): PublicPlanJson {
  return {
    municipality: { code: municipality.code, name: municipality.name, language: municipality.language },
    strategy: plan.strategy
      ? {
          title: plan.strategy.title,
          periodFrom: plan.strategy.periodFrom,
          periodTo: plan.strategy.periodTo,
          adoptedOn: plan.strategy.adoptedOn,
          caseReference: plan.strategy.caseReference,
          summary: plan.strategy.summary,
        }
      : null,
    goals: flattenGoals(plan.goals),
    measures: plan.measures.map((m) => measureJson(municipality, m)),
    benefits: plan.benefits,
    costsPublished: municipality.showCosts,
    lastUpdated: plan.lastUpdated ? plan.lastUpdated.toISOString() : null,
  };
}

/** The published measures as CSV, with headers and values in the municipality's language form. */
export function buildPlanCsv(municipality: PublicContext["municipality"], plan: PublicPlan): string {
  const t = createTranslator(municipality.language);
  const period = (value: string | null) => {
    const parsed = value ? parsePeriod(value) : null;
    return parsed ? formatPeriod(parsed, municipality.language) : value;
  };
  const headers = [
    t("public.csv.code"),
    t("public.csv.title"),
    t("public.csv.description"),
    t("public.csv.status"),
    t("public.csv.sector"),
    t("public.csv.start"),
    t("public.csv.end"),
    t("public.csv.userOriented"),
    t("public.csv.responsible"),
    t("public.csv.goals"),
    ...(municipality.showCosts ? [t("public.csv.knownCost")] : []),
    t("public.csv.overall"),
    t("public.csv.progress"),
    t("public.csv.statusPeriod"),
  ];
  const rows = plan.measures.map((m) => [
    m.code,
    m.title,
    m.description,
    t(`measures.status.${m.status}` as MessageKey),
    m.sectorName,
    period(m.startPeriod),
    period(m.endPeriod),
    m.userOriented ? t("common.yes") : t("common.no"),
    m.responsible,
    m.goalNumbers.join(", "),
    ...(municipality.showCosts ? [m.knownCostNok] : []),
    m.overall ? t("reporting.light.withMeaning", { light: t(`reporting.light.${m.overall}`), meaning: t(`reporting.light.${m.overall}.meaning`) }) : null,
    m.progressPercent,
    m.statusPeriod,
  ]);
  return toCsv([headers, ...rows]);
}
