import { z } from "zod";
import type { LoaderFunctionArgs } from "react-router";
import { requireApiContext } from "~/domains/tenancy/index.server";
import { getBenefitSummary, MAX_SUMMARY_YEARS } from "~/domains/benefits/summary.server";
import { apiHandler, json } from "~/kit/api.server";
import { AppError } from "~/kit/errors";
import { parseInput } from "~/kit/validation";

const year = z
  .string()
  .trim()
  .min(1, { message: "validation.required" })
  .regex(/^\d{4}$/, { message: "validation.year" })
  .transform(Number)
  .refine((y) => y >= 2000 && y <= 2100, { message: "validation.year" });

const summaryQuerySchema = z.object({ from: year, to: year });

/**
 * Parses ?from=YYYY&to=YYYY: integers 2000–2100 (missing → required), from ≤ to, at most
 * MAX_SUMMARY_YEARS years. Throws a validation error with per-field messages.
 */
function parseSummaryRange(searchParams: URLSearchParams): { from: number; to: number } {
  const { from, to } = parseInput(summaryQuerySchema, { from: searchParams.get("from") ?? undefined, to: searchParams.get("to") ?? undefined });
  if (from > to) throw new AppError("validation", { fieldErrors: { to: { key: "validation.periodOrder" } } });
  if (to - from + 1 > MAX_SUMMARY_YEARS) {
    throw new AppError("validation", { fieldErrors: { to: { key: "validation.max", params: { max: from + MAX_SUMMARY_YEARS - 1 } } } });
  }
  return { from, to };
}

/**
 * GET /api/v1/benefits/summary?from=YYYY&to=YYYY: planned against realised NOK, hours and FTE per year,
 * sector and benefit type, computed in the database (rules in app/modules/benefits/summary.server.ts).
 * Disbenefits are not in `data` or `totals`; they are reported per year in `disbenefits`.
 */
export const loader = apiHandler(async ({ request }: LoaderFunctionArgs) => {
  const context = await requireApiContext(request, { capability: "plan.read" });
  const { from, to } = parseSummaryRange(new URL(request.url).searchParams);
  const summary = await getBenefitSummary({ municipalityId: context.municipality.id, fromYear: from, toYear: to });
  return json({
    data: summary.rows,
    totals: summary.totals,
    disbenefits: summary.disbenefits,
    meta: { from, to, hourlyCostNok: summary.hourlyCostNok, hoursPerFte: summary.hoursPerFte },
  });
});
