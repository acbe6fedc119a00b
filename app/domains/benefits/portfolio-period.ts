import type { FieldErrors } from "~/kit/errors";

/** The period of the portfolio follow-up: the current strategy's period, or one year. */
export type PortfolioPeriodKind = "strategy" | "year";

export interface PortfolioPeriodValues {
  period: string;
  year: string;
}

export type PortfolioPeriod =
  | { ok: true; kind: PortfolioPeriodKind; fromYear: number; toYear: number; values: PortfolioPeriodValues }
  | { ok: false; fieldErrors: FieldErrors; values: PortfolioPeriodValues };

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

/**
 * Reads the period from the query (`?period=strategy` or `?period=year&year=YYYY`). Without `period`, a given
 * year means that year; otherwise the default is the current strategy's period, or the current year when there
 * is no current strategy. Bad input gives field errors (message keys) and the values as typed.
 */
export function parsePortfolioPeriod({
  searchParams,
  strategyRange,
  currentYear,
}: {
  searchParams: URLSearchParams;
  /** The current strategy's years, or null when there is none. */
  strategyRange: { fromYear: number; toYear: number } | null;
  currentYear: number;
}): PortfolioPeriod {
  const rawPeriod = searchParams.get("period")?.trim() ?? "";
  const rawYear = searchParams.get("year")?.trim() ?? "";
  const kind = rawPeriod || (rawYear || !strategyRange ? "year" : "strategy");
  const values = { period: kind, year: rawYear || String(currentYear) };

  if (kind === "strategy") {
    if (!strategyRange) return { ok: false, fieldErrors: { period: { key: "benefitPortfolio.period.noStrategy" } }, values };
    return { ok: true, kind, ...strategyRange, values };
  }
  if (kind !== "year") return { ok: false, fieldErrors: { period: { key: "validation.invalidChoice" } }, values };

  if (!rawPeriod && !rawYear) return { ok: true, kind, fromYear: currentYear, toYear: currentYear, values };
  if (!rawYear) return { ok: false, fieldErrors: { year: { key: "validation.required" } }, values: { ...values, year: "" } };
  const year = /^\d{4}$/.test(rawYear) ? Number(rawYear) : Number.NaN;
  if (!(year >= MIN_YEAR && year <= MAX_YEAR)) return { ok: false, fieldErrors: { year: { key: "validation.year" } }, values };
  return { ok: true, kind, fromYear: year, toYear: year, values };
}
