import { describe, expect, it } from "vitest";
import { parsePortfolioPeriod } from "./portfolio-period";

const strategyRange = { fromYear: 2023, toYear: 2027 };
const parse = (query: string, withStrategy = true) =>
  parsePortfolioPeriod({ searchParams: new URLSearchParams(query), strategyRange: withStrategy ? strategyRange : null, currentYear: 2026 });

describe("parsePortfolioPeriod", () => {
  it("defaults to the current strategy's period, or the current year without one", () => {
    expect(parse("")).toEqual({ ok: true, kind: "strategy", fromYear: 2023, toYear: 2027, values: { period: "strategy", year: "2026" } });
    expect(parse("", false)).toEqual({ ok: true, kind: "year", fromYear: 2026, toYear: 2026, values: { period: "year", year: "2026" } });
  });

  it("reads one year or the strategy period", () => {
    expect(parse("period=year&year=2024")).toMatchObject({ ok: true, kind: "year", fromYear: 2024, toYear: 2024 });
    expect(parse("year=2025")).toMatchObject({ ok: true, kind: "year", fromYear: 2025, toYear: 2025 });
    // The year field is ignored (but kept) when the strategy period is chosen.
    expect(parse("period=strategy&year=abc")).toEqual({
      ok: true,
      kind: "strategy",
      fromYear: 2023,
      toYear: 2027,
      values: { period: "strategy", year: "abc" },
    });
  });

  it("rejects bad input with a message and keeps what was typed", () => {
    expect(parse("period=year&year=20x6")).toEqual({ ok: false, fieldErrors: { year: { key: "validation.year" } }, values: { period: "year", year: "20x6" } });
    expect(parse("period=year&year=1999")).toMatchObject({ ok: false, fieldErrors: { year: { key: "validation.year" } } });
    expect(parse("period=year&year=2026.0")).toMatchObject({ ok: false, fieldErrors: { year: { key: "validation.year" } } });
    expect(parse("period=year&year=")).toEqual({ ok: false, fieldErrors: { year: { key: "validation.required" } }, values: { period: "year", year: "" } });
    expect(parse("period=decade")).toMatchObject({ ok: false, fieldErrors: { period: { key: "validation.invalidChoice" } } });
    expect(parse("period=strategy", false)).toMatchObject({ ok: false, fieldErrors: { period: { key: "benefitPortfolio.period.noStrategy" } } });
  });
});
