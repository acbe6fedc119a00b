import { describe, expect, it } from "vitest";
import { addMonths, FREQUENCY_MONTHS, isDue, isIsoDate, isOutsidePeriod, isOverdue, nextDueDate, parseNumericValue } from "./measurement-rules";
import { INDICATOR_FREQUENCIES, INDICATOR_UNITS, type IndicatorUnit } from "./constants";

const FAIL = { ok: false, key: "validation.number" };
const ok = (value: number) => ({ ok: true, value });

describe("parseNumericValue – number formats (any unit)", () => {
  it.each([
    ["1234", 1234],
    ["0", 0],
    ["007", 7],
    ["1234,5", 1234.5],
    ["1234.5", 1234.5],
    ["0,25", 0.25],
    ["1 234", 1234],
    ["1 234,5", 1234.5],
    ["1 234.5", 1234.5],
    ["12 345 678,90", 12_345_678.9],
    ["1\u00a0234,5", 1234.5], // no-break space
    ["1\u202f234,5", 1234.5], // narrow no-break space (Intl's grouping in some locales)
    ["1\u2009234,5", 1234.5], // thin space
    ["1.234.567", 1_234_567],
    ["1.234,5", 1234.5],
    ["1.234.567,89", 1_234_567.89],
    ["1.234", 1.234], // a single separator is always decimal
    ["1,234", 1.234],
    ["  42  ", 42],
    ["-5", -5],
    ["−5,5", -5.5], // U+2212
    ["- 5", -5],
    ["+5", 5],
  ])("reads %j as %d", (input, expected) => {
    for (const unit of INDICATOR_UNITS) expect(parseNumericValue(input, unit)).toEqual(ok(expected));
  });

  it.each([
    "",
    "   ",
    "abc",
    "1,234.5", // English grouping: ambiguous for Norwegian users
    "1.234.5",
    "1,234,567",
    "12 34",
    "1 2345",
    "1234 567",
    ",5",
    ".5",
    "5,",
    "5.",
    "1,2,3",
    "--5",
    "5-",
    "1e5",
    "Infinity",
    "NaN",
    "0x10",
    "1 234,5 6",
    "1234567890123456", // 16 digits
  ])("rejects %j", (input) => {
    for (const unit of INDICATOR_UNITS) expect(parseNumericValue(input, unit)).toEqual(FAIL);
  });

  it("accepts up to 15 significant digits", () => {
    expect(parseNumericValue("123456789012345", "count")).toEqual(ok(123_456_789_012_345));
    expect(parseNumericValue("0,00000000000001", "custom")).toEqual(ok(0.00000000000001));
    expect(parseNumericValue("12345678901234,5", "custom")).toEqual(ok(12_345_678_901_234.5));
  });

  it("never returns −0", () => {
    const result = parseNumericValue("-0", "custom");
    expect(result.ok && Object.is(result.value, 0)).toBe(true);
  });

  it("rejects non-string input", () => {
    expect(parseNumericValue(42 as unknown as string, "count")).toEqual(FAIL);
  });
});

describe("parseNumericValue – unit words", () => {
  const cases: Record<IndicatorUnit, Array<[string, number]>> = {
    hours: [
      ["350 timer", 350],
      ["350 Timer", 350],
      ["350timer", 350],
      ["350 timar", 350],
      ["1 time", 1],
      ["2,5 t", 2.5],
      ["2,5 t.", 2.5],
      ["2h", 2],
      ["1 234,5 timer", 1234.5],
    ],
    nok: [
      ["kr 20 000", 20_000],
      ["Kr. 20 000", 20_000],
      ["20 000 kr", 20_000],
      ["20 000 kr.", 20_000],
      ["20 000 NOK", 20_000],
      ["NOK 20000", 20_000],
      ["20 000 kroner", 20_000],
      ["20 000,-", 20_000],
      ["20000,-", 20_000],
      ["kr 20 000,-", 20_000],
      ["20 000,–", 20_000],
      ["1.500.000,-", 1_500_000],
      ["1.500,-", 1500],
      ["1 234,50 kr", 1234.5],
      ["-500 kr", -500],
      ["kr -500", -500],
    ],
    count: [
      ["12 stk", 12],
      ["12 stk.", 12],
      ["12stk", 12],
    ],
    percent: [
      ["50 %", 50],
      ["50%", 50],
      ["50\u00a0%", 50],
      ["12,5 %", 12.5],
      ["50 prosent", 50],
      ["−3 %", -3],
    ],
    custom: [["17", 17]],
  };

  for (const unit of INDICATOR_UNITS) {
    it.each(cases[unit])(`${unit}: reads %j as %d`, (input, expected) => {
      expect(parseNumericValue(input, unit)).toEqual(ok(expected));
    });
  }

  it.each([
    ["50 %", "hours"],
    ["350 timer", "percent"],
    ["350 timer", "nok"],
    ["20 000 kr", "hours"],
    ["20 000,-", "count"],
    ["12 stk", "nok"],
    ["50 %", "custom"],
    ["17 besøk", "custom"],
    ["350 timer", "custom"],
  ] as const)("rejects %j for unit %s", (input, unit) => {
    expect(parseNumericValue(input, unit)).toEqual(FAIL);
  });

  it.each([
    ["%", "percent"],
    ["timer", "hours"],
    ["kr", "nok"],
    [",-", "nok"],
    ["kr ,-", "nok"],
    ["50 % %", "percent"],
    ["350 timer timer", "hours"],
    ["kr 20 000 kr", "nok"],
    ["20,5,-", "nok"], // ",-" means whole kroner
    ["1.5,-", "nok"],
    ["timer 350", "hours"],
  ] as const)("rejects %j for unit %s", (input, unit) => {
    expect(parseNumericValue(input, unit)).toEqual(FAIL);
  });
});

describe("isIsoDate", () => {
  it.each(["2024-01-01", "2024-02-29", "2025-12-31", "2000-02-29"])("accepts %s", (d) => {
    expect(isIsoDate(d)).toBe(true);
  });

  it.each(["2025-02-29", "1900-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "2024-1-1", "24-01-01", "2024-01-01T00:00", "", "01.01.2024"])(
    "rejects %j",
    (d) => {
      expect(isIsoDate(d)).toBe(false);
    },
  );
});

describe("isOutsidePeriod", () => {
  const period = { from: "2025-01-01", to: "2026-12-31" };

  it("is false inside the period, bounds included", () => {
    expect(isOutsidePeriod({ ...period, date: "2025-01-01" })).toBe(false);
    expect(isOutsidePeriod({ ...period, date: "2025-07-15" })).toBe(false);
    expect(isOutsidePeriod({ ...period, date: "2026-12-31" })).toBe(false);
  });

  it("is true before and after the period", () => {
    expect(isOutsidePeriod({ ...period, date: "2024-12-31" })).toBe(true);
    expect(isOutsidePeriod({ ...period, date: "2027-01-01" })).toBe(true);
  });

  it("treats a null bound as open", () => {
    expect(isOutsidePeriod({ date: "1999-01-01", from: null, to: "2026-12-31" })).toBe(false);
    expect(isOutsidePeriod({ date: "2099-01-01", from: "2025-01-01", to: null })).toBe(false);
    expect(isOutsidePeriod({ date: "2024-12-31", from: "2025-01-01", to: null })).toBe(true);
    expect(isOutsidePeriod({ date: "2027-01-01", from: null, to: "2026-12-31" })).toBe(true);
    expect(isOutsidePeriod({ date: "2025-06-01", from: null, to: null })).toBe(false);
  });

  it("handles a one-day period", () => {
    expect(isOutsidePeriod({ date: "2025-06-01", from: "2025-06-01", to: "2025-06-01" })).toBe(false);
    expect(isOutsidePeriod({ date: "2025-06-02", from: "2025-06-01", to: "2025-06-01" })).toBe(true);
  });

  it("rejects invalid dates", () => {
    expect(() => isOutsidePeriod({ date: "2025-02-30", from: null, to: null })).toThrow(RangeError);
    expect(() => isOutsidePeriod({ date: "2025-02-01", from: "01.01.2025", to: null })).toThrow(RangeError);
    expect(() => isOutsidePeriod({ date: "2025-02-01", from: null, to: "2025-13-01" })).toThrow(RangeError);
  });
});

describe("addMonths", () => {
  it("adds whole months", () => {
    expect(addMonths("2025-01-15", 1)).toBe("2025-02-15");
    expect(addMonths("2025-11-15", 3)).toBe("2026-02-15");
    expect(addMonths("2025-06-30", 12)).toBe("2026-06-30");
    expect(addMonths("2025-03-15", -3)).toBe("2024-12-15");
    expect(addMonths("2025-03-15", 0)).toBe("2025-03-15");
  });

  it("clamps the day to the end of a shorter month", () => {
    expect(addMonths("2025-01-31", 1)).toBe("2025-02-28");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2024-02-29", 12)).toBe("2025-02-28");
    expect(addMonths("2025-08-31", 3)).toBe("2025-11-30");
    expect(addMonths("2025-08-31", 6)).toBe("2026-02-28");
  });

  it("rejects invalid input", () => {
    expect(() => addMonths("2025-02-30", 1)).toThrow(RangeError);
    expect(() => addMonths("2025-01-01", 1.5)).toThrow(RangeError);
  });
});

describe("nextDueDate", () => {
  const today = "2025-06-15";

  it("has months for every frequency", () => {
    expect(INDICATOR_FREQUENCIES.map((f) => FREQUENCY_MONTHS[f])).toEqual([1, 3, 6, 12]);
  });

  it.each([
    ["monthly", "2025-04-10"],
    ["quarterly", "2025-06-10"],
    ["half_yearly", "2025-09-10"],
    ["yearly", "2026-03-10"],
  ] as const)("adds the %s frequency to the last measurement", (frequency, expected) => {
    expect(nextDueDate({ lastMeasuredOn: "2025-03-10", baselineDate: "2024-01-01", frequency, today })).toBe(expected);
  });

  it("uses the baseline date when nothing has been measured", () => {
    expect(nextDueDate({ lastMeasuredOn: null, baselineDate: "2025-01-31", frequency: "monthly", today })).toBe("2025-02-28");
    expect(nextDueDate({ lastMeasuredOn: null, baselineDate: "2024-11-30", frequency: "quarterly", today })).toBe("2025-02-28");
  });

  it("uses the later of the last measurement and a re-set baseline", () => {
    expect(nextDueDate({ lastMeasuredOn: "2025-01-01", baselineDate: "2025-05-01", frequency: "quarterly", today })).toBe("2025-08-01");
  });

  it("works with a last measurement and no baseline", () => {
    expect(nextDueDate({ lastMeasuredOn: "2025-05-01", baselineDate: null, frequency: "yearly", today })).toBe("2026-05-01");
  });

  it("is due now (today) when there is neither a measurement nor a baseline", () => {
    expect(nextDueDate({ lastMeasuredOn: null, baselineDate: null, frequency: "yearly", today })).toBe(today);
  });

  it("rejects invalid dates", () => {
    expect(() => nextDueDate({ lastMeasuredOn: "2025-02-30", baselineDate: null, frequency: "yearly", today })).toThrow(RangeError);
    expect(() => nextDueDate({ lastMeasuredOn: null, baselineDate: null, frequency: "yearly", today: "15.06.2025" })).toThrow(RangeError);
  });
});

describe("isDue / isOverdue", () => {
  it("is neither before the due date", () => {
    expect(isDue({ dueDate: "2025-06-15", today: "2025-06-14" })).toBe(false);
    expect(isOverdue({ dueDate: "2025-06-15", today: "2025-06-14" })).toBe(false);
  });

  it("is due but not overdue on the due date", () => {
    expect(isDue({ dueDate: "2025-06-15", today: "2025-06-15" })).toBe(true);
    expect(isOverdue({ dueDate: "2025-06-15", today: "2025-06-15" })).toBe(false);
  });

  it("is overdue after the due date, also across years", () => {
    expect(isOverdue({ dueDate: "2025-06-15", today: "2025-06-16" })).toBe(true);
    expect(isOverdue({ dueDate: "2024-12-31", today: "2025-01-01" })).toBe(true);
    expect(isDue({ dueDate: "2024-12-31", today: "2025-01-01" })).toBe(true);
  });

  it("makes a never-measured indicator without baseline due today, not overdue", () => {
    const today = "2025-06-15";
    const dueDate = nextDueDate({ lastMeasuredOn: null, baselineDate: null, frequency: "monthly", today });
    expect(isDue({ dueDate, today })).toBe(true);
    expect(isOverdue({ dueDate, today })).toBe(false);
  });

  it("works with nextDueDate for a late measurement", () => {
    const dueDate = nextDueDate({ lastMeasuredOn: "2025-01-31", baselineDate: null, frequency: "quarterly", today: "2025-06-15" });
    expect(dueDate).toBe("2025-04-30");
    expect(isOverdue({ dueDate, today: "2025-06-15" })).toBe(true);
  });

  it("rejects invalid dates", () => {
    expect(() => isOverdue({ dueDate: "2025-06-31", today: "2025-07-01" })).toThrow(RangeError);
    expect(() => isDue({ dueDate: "2025-06-30", today: "" })).toThrow(RangeError);
  });
});
