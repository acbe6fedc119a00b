import { describe, expect, it } from "vitest";
import {
  comparePeriods,
  formatPeriod,
  formatPeriodRange,
  isPeriodRangeValid,
  parsePeriod,
  periodYearBounds,
  periodYears,
  serializePeriod,
  type Period,
} from "./period";

const year = (y: number): Period => ({ kind: "year", year: y });
const spring = (y: number): Period => ({ kind: "half", year: y, half: 1 });
const autumn = (y: number): Period => ({ kind: "half", year: y, half: 2 });
const continuous: Period = { kind: "continuous" };

/** Parses and fails the test if the input is not a valid period. */
function p(input: string): Period {
  const result = parsePeriod(input);
  if (result === null) throw new Error(`expected ${JSON.stringify(input)} to parse`);
  return result;
}

describe("parsePeriod", () => {
  it("parses canonical storage strings", () => {
    expect(parsePeriod("2019")).toEqual(year(2019));
    expect(parsePeriod("2019H1")).toEqual(spring(2019));
    expect(parsePeriod("2019H2")).toEqual(autumn(2019));
    expect(parsePeriod("continuous")).toEqual(continuous);
  });

  it("accepts canonical strings in lower case and with surrounding whitespace", () => {
    expect(parsePeriod("2019h1")).toEqual(spring(2019));
    expect(parsePeriod("  2019h2 \n")).toEqual(autumn(2019));
    expect(parsePeriod("CONTINUOUS")).toEqual(continuous);
  });

  it("parses plan notation: H = høst (autumn), V = vår (spring)", () => {
    expect(parsePeriod("H18")).toEqual(autumn(2018));
    expect(parsePeriod("V19")).toEqual(spring(2019));
    expect(parsePeriod("h18")).toEqual(autumn(2018));
    expect(parsePeriod("v19")).toEqual(spring(2019));
    expect(parsePeriod("H2018")).toEqual(autumn(2018));
    expect(parsePeriod("V2019")).toEqual(spring(2019));
  });

  it("parses season words with separators", () => {
    expect(parsePeriod("h 2018")).toEqual(autumn(2018));
    expect(parsePeriod("H 18")).toEqual(autumn(2018));
    expect(parsePeriod("V-19")).toEqual(spring(2019));
    expect(parsePeriod("h.18")).toEqual(autumn(2018));
    expect(parsePeriod("Høst 2018")).toEqual(autumn(2018));
    expect(parsePeriod("høst   2018")).toEqual(autumn(2018));
    expect(parsePeriod("HØST 2018")).toEqual(autumn(2018));
    expect(parsePeriod("Høsten 2018")).toEqual(autumn(2018));
    expect(parsePeriod("Vår 2019")).toEqual(spring(2019));
    expect(parsePeriod("VÅR 2019")).toEqual(spring(2019));
    expect(parsePeriod("Våren 2019")).toEqual(spring(2019));
    expect(parsePeriod("vår 19")).toEqual(spring(2019));
  });

  it("parses nynorsk season words", () => {
    expect(parsePeriod("Haust 2018")).toEqual(autumn(2018));
    expect(parsePeriod("hausten 18")).toEqual(autumn(2018));
  });

  it("handles decomposed Unicode (å as a + combining ring)", () => {
    expect(parsePeriod("Va\u030Ar 2019")).toEqual(spring(2019));
  });

  it("parses years, two-digit years meaning 20xx", () => {
    expect(parsePeriod("19")).toEqual(year(2019));
    expect(parsePeriod("00")).toEqual(year(2000));
    expect(parsePeriod("99")).toEqual(year(2099));
    expect(parsePeriod(" 2024 ")).toEqual(year(2024));
  });

  it("parses continuous in bokmål, nynorsk and English, case-insensitively", () => {
    for (const s of [
      "Kontinuerlig",
      "kontinuerlig",
      "KONTINUERLIG",
      "Kontinuerleg",
      "kontinuerleg",
      "continuous",
      "Continuous",
      "  Kontinuerlig  ",
      "Løpende",
      "løpande",
    ]) {
      expect(parsePeriod(s), s).toEqual(continuous);
    }
  });

  it("accepts the boundary years 2000 and 2100", () => {
    expect(parsePeriod("2000")).toEqual(year(2000));
    expect(parsePeriod("2100")).toEqual(year(2100));
    expect(parsePeriod("2000H1")).toEqual(spring(2000));
    expect(parsePeriod("2100H2")).toEqual(autumn(2100));
    expect(parsePeriod("H2100")).toEqual(autumn(2100));
    expect(parsePeriod("V00")).toEqual(spring(2000));
  });

  it("rejects years outside 2000–2100", () => {
    expect(parsePeriod("1999")).toBeNull();
    expect(parsePeriod("2101")).toBeNull();
    expect(parsePeriod("1999H2")).toBeNull();
    expect(parsePeriod("2101H1")).toBeNull();
    expect(parsePeriod("H1999")).toBeNull();
    expect(parsePeriod("Vår 2101")).toBeNull();
    expect(parsePeriod("0000")).toBeNull();
    expect(parsePeriod("9999")).toBeNull();
  });

  it("rejects empty and garbage input", () => {
    for (const s of [
      "",
      "   ",
      "abc",
      "H",
      "V",
      "H1",
      "H118",
      "H20189",
      "2019H",
      "2019H3",
      "2019H0",
      "2019V1",
      "2019-H1",
      "2019 H1",
      "1",
      "123",
      "20190",
      "X18",
      "Sommer 2019",
      "HV19",
      "19/20",
      "H18/V19",
      "2019.5",
      "-2019",
      "kontinuerligg",
      "kontinuerlig 2019",
    ]) {
      expect(parsePeriod(s), JSON.stringify(s)).toBeNull();
    }
  });

  it("rejects non-ASCII digits", () => {
    expect(parsePeriod("٢٠١٩")).toBeNull();
  });
});

describe("serializePeriod", () => {
  it("produces canonical strings", () => {
    expect(serializePeriod(year(2019))).toBe("2019");
    expect(serializePeriod(spring(2019))).toBe("2019H1");
    expect(serializePeriod(autumn(2018))).toBe("2018H2");
    expect(serializePeriod(continuous)).toBe("continuous");
  });

  it("round-trips through parsePeriod", () => {
    for (const s of ["2000", "2019", "2100", "2000H1", "2019H1", "2019H2", "2100H2", "continuous"]) {
      expect(serializePeriod(p(s))).toBe(s);
    }
  });

  it("canonicalises plan notation", () => {
    expect(serializePeriod(p("H18"))).toBe("2018H2");
    expect(serializePeriod(p("V19"))).toBe("2019H1");
    expect(serializePeriod(p("Kontinuerleg"))).toBe("continuous");
    expect(serializePeriod(p("19"))).toBe("2019");
  });
});

describe("formatPeriod", () => {
  it("formats half-years with H/V and two-digit years", () => {
    expect(formatPeriod(autumn(2018), "nb")).toBe("H18");
    expect(formatPeriod(spring(2019), "nb")).toBe("V19");
    expect(formatPeriod(spring(2019), "nn")).toBe("V19");
    expect(formatPeriod(autumn(2005), "nb")).toBe("H05");
    expect(formatPeriod(spring(2000), "nb")).toBe("V00");
  });

  it("keeps four digits for 2100 so the result parses back unambiguously", () => {
    expect(formatPeriod(autumn(2100), "nb")).toBe("H2100");
    expect(parsePeriod(formatPeriod(autumn(2100), "nb"))).toEqual(autumn(2100));
  });

  it("formats years with four digits", () => {
    expect(formatPeriod(year(2019), "nb")).toBe("2019");
    expect(formatPeriod(year(2019), "nn")).toBe("2019");
  });

  it("formats continuous per language", () => {
    expect(formatPeriod(continuous, "nb")).toBe("Kontinuerlig");
    expect(formatPeriod(continuous, "nn")).toBe("Kontinuerleg");
  });

  it("formats null as empty string", () => {
    expect(formatPeriod(null, "nb")).toBe("");
    expect(formatPeriod(null, "nn")).toBe("");
  });

  it("round-trips through parsePeriod", () => {
    for (const period of [year(2019), spring(2019), autumn(2018), continuous, spring(2000), year(2100)]) {
      expect(parsePeriod(formatPeriod(period, "nb"))).toEqual(period);
      expect(parsePeriod(formatPeriod(period, "nn"))).toEqual(period);
    }
  });
});

describe("formatPeriodRange", () => {
  it("returns empty string when both are null", () => {
    expect(formatPeriodRange(null, null, "nb")).toBe("");
  });

  it("formats two different years as short years", () => {
    expect(formatPeriodRange(year(2019), year(2020), "nb")).toBe("19/20");
    expect(formatPeriodRange(year(2000), year(2009), "nn")).toBe("00/09");
  });

  it("formats the same year once, with four digits", () => {
    expect(formatPeriodRange(year(2019), year(2019), "nb")).toBe("2019");
  });

  it("formats two half-years", () => {
    expect(formatPeriodRange(autumn(2018), spring(2019), "nb")).toBe("H18/V19");
    expect(formatPeriodRange(spring(2019), autumn(2019), "nb")).toBe("V19/H19");
  });

  it("formats identical half-years once", () => {
    expect(formatPeriodRange(autumn(2018), autumn(2018), "nb")).toBe("H18");
  });

  it("formats mixed year and half-year", () => {
    expect(formatPeriodRange(year(2019), autumn(2020), "nb")).toBe("2019/H20");
    expect(formatPeriodRange(autumn(2018), year(2019), "nb")).toBe("H18/2019");
  });

  it("formats continuous when either end is continuous", () => {
    expect(formatPeriodRange(continuous, continuous, "nb")).toBe("Kontinuerlig");
    expect(formatPeriodRange(autumn(2018), continuous, "nb")).toBe("Kontinuerlig");
    expect(formatPeriodRange(continuous, null, "nn")).toBe("Kontinuerleg");
    expect(formatPeriodRange(null, continuous, "nn")).toBe("Kontinuerleg");
  });

  it("formats open ranges with an en dash", () => {
    expect(formatPeriodRange(autumn(2018), null, "nb")).toBe("H18–");
    expect(formatPeriodRange(null, spring(2019), "nb")).toBe("–V19");
    expect(formatPeriodRange(year(2019), null, "nb")).toBe("2019–");
    expect(formatPeriodRange(null, year(2020), "nn")).toBe("–2020");
  });

  it("keeps four digits for 2100 in year ranges", () => {
    expect(formatPeriodRange(year(2099), year(2100), "nb")).toBe("99/2100");
  });
});

describe("comparePeriods", () => {
  it("orders by year, then half", () => {
    expect(comparePeriods(year(2018), year(2019))).toBeLessThan(0);
    expect(comparePeriods(year(2020), year(2019))).toBeGreaterThan(0);
    expect(comparePeriods(spring(2019), autumn(2019))).toBeLessThan(0);
    expect(comparePeriods(autumn(2019), spring(2019))).toBeGreaterThan(0);
    expect(comparePeriods(autumn(2018), spring(2019))).toBeLessThan(0);
  });

  it("treats a plain year as the first half of that year", () => {
    expect(comparePeriods(year(2019), spring(2019))).toBe(0);
    expect(comparePeriods(year(2019), autumn(2019))).toBeLessThan(0);
    expect(comparePeriods(autumn(2018), year(2019))).toBeLessThan(0);
    expect(comparePeriods(autumn(2019), year(2019))).toBeGreaterThan(0);
  });

  it("sorts continuous last", () => {
    expect(comparePeriods(continuous, year(2100))).toBeGreaterThan(0);
    expect(comparePeriods(autumn(2100), continuous)).toBeLessThan(0);
    expect(comparePeriods(continuous, continuous)).toBe(0);
  });

  it("returns 0 for equal periods", () => {
    expect(comparePeriods(year(2019), year(2019))).toBe(0);
    expect(comparePeriods(autumn(2019), autumn(2019))).toBe(0);
  });

  it("works as a sort comparator", () => {
    const input = ["continuous", "2020", "H18", "V19", "2019H2", "2000", "V18"].map(p);
    const sorted = [...input].sort(comparePeriods).map(serializePeriod);
    expect(sorted).toEqual(["2000", "2018H1", "2018H2", "2019H1", "2019H2", "2020", "continuous"]);
  });
});

describe("isPeriodRangeValid", () => {
  it("accepts increasing ranges and equal periods", () => {
    expect(isPeriodRangeValid(year(2019), year(2020))).toBe(true);
    expect(isPeriodRangeValid(year(2019), year(2019))).toBe(true);
    expect(isPeriodRangeValid(autumn(2018), spring(2019))).toBe(true);
    expect(isPeriodRangeValid(spring(2019), spring(2019))).toBe(true);
    expect(isPeriodRangeValid(spring(2019), autumn(2019))).toBe(true);
  });

  it("rejects an end before the start", () => {
    expect(isPeriodRangeValid(year(2020), year(2019))).toBe(false);
    expect(isPeriodRangeValid(autumn(2019), spring(2019))).toBe(false);
    expect(isPeriodRangeValid(spring(2020), autumn(2019))).toBe(false);
    expect(isPeriodRangeValid(year(2020), autumn(2019))).toBe(false);
    expect(isPeriodRangeValid(autumn(2019), year(2018))).toBe(false);
  });

  it("lets a whole year cover both halves", () => {
    // Starts in autumn 2019, ends some time in 2019: fine.
    expect(isPeriodRangeValid(autumn(2019), year(2019))).toBe(true);
    // Starts some time in 2019, ends in spring 2019: fine.
    expect(isPeriodRangeValid(year(2019), spring(2019))).toBe(true);
    expect(isPeriodRangeValid(year(2019), autumn(2019))).toBe(true);
    expect(isPeriodRangeValid(spring(2019), year(2019))).toBe(true);
  });

  it("always accepts a continuous end", () => {
    expect(isPeriodRangeValid(year(2019), continuous)).toBe(true);
    expect(isPeriodRangeValid(autumn(2100), continuous)).toBe(true);
    expect(isPeriodRangeValid(null, continuous)).toBe(true);
    expect(isPeriodRangeValid(continuous, continuous)).toBe(true);
  });

  it("accepts a continuous start only with a continuous or missing end", () => {
    expect(isPeriodRangeValid(continuous, null)).toBe(true);
    expect(isPeriodRangeValid(continuous, continuous)).toBe(true);
    expect(isPeriodRangeValid(continuous, year(2019))).toBe(false);
    expect(isPeriodRangeValid(continuous, autumn(2100))).toBe(false);
  });

  it("accepts missing start or end", () => {
    expect(isPeriodRangeValid(null, null)).toBe(true);
    expect(isPeriodRangeValid(year(2019), null)).toBe(true);
    expect(isPeriodRangeValid(null, spring(2019))).toBe(true);
  });
});

describe("periodYears", () => {
  it("lists every year from start to end", () => {
    expect(periodYears(year(2019), year(2021))).toEqual([2019, 2020, 2021]);
    expect(periodYears(autumn(2018), spring(2019))).toEqual([2018, 2019]);
    expect(periodYears(spring(2019), autumn(2019))).toEqual([2019]);
    expect(periodYears(year(2019), year(2019))).toEqual([2019]);
  });

  it("uses the start year only when there is no end", () => {
    expect(periodYears(autumn(2018), null)).toEqual([2018]);
  });

  it("uses the end year only when there is no start", () => {
    expect(periodYears(null, spring(2019))).toEqual([2019]);
  });

  it("returns [] when nothing is known", () => {
    expect(periodYears(null, null)).toEqual([]);
    expect(periodYears(null, null, 2024)).toEqual([]);
  });

  it("extends a continuous end to the fallback year", () => {
    expect(periodYears(year(2019), continuous, 2022)).toEqual([2019, 2020, 2021, 2022]);
    expect(periodYears(autumn(2018), continuous, 2019)).toEqual([2018, 2019]);
  });

  it("uses the start year for a continuous end without fallback", () => {
    expect(periodYears(year(2019), continuous)).toEqual([2019]);
  });

  it("never goes before the start when the fallback is earlier", () => {
    expect(periodYears(year(2022), continuous, 2019)).toEqual([2022]);
  });

  it("handles a fully continuous measure via the fallback", () => {
    expect(periodYears(continuous, continuous, 2024)).toEqual([2024]);
    expect(periodYears(continuous, null, 2024)).toEqual([2024]);
    expect(periodYears(continuous, continuous)).toEqual([]);
    expect(periodYears(continuous, null)).toEqual([]);
  });

  it("uses the fallback for a missing start with a continuous end", () => {
    expect(periodYears(null, continuous, 2024)).toEqual([2024]);
    expect(periodYears(null, continuous)).toEqual([]);
  });

  it("is lenient with an invalid (reversed) range", () => {
    expect(periodYears(year(2021), year(2019))).toEqual([2021]);
  });

  it("clamps an out-of-range fallback", () => {
    expect(periodYears(year(2099), continuous, 1_000_000)).toEqual([2099, 2100]);
    expect(periodYears(year(2019), continuous, Number.NaN)).toEqual([2019]);
    expect(periodYears(year(2019), continuous, 2020.7)).toEqual([2019, 2020]);
  });

  it("spans the whole allowed range without trouble", () => {
    const years = periodYears(year(2000), year(2100));
    expect(years).toHaveLength(101);
    expect(years[0]).toBe(2000);
    expect(years[100]).toBe(2100);
  });
});

describe("periodYearBounds", () => {
  it("returns first and last year", () => {
    expect(periodYearBounds(autumn(2018), spring(2020))).toEqual({ first: 2018, last: 2020 });
    expect(periodYearBounds(year(2019), continuous, 2024)).toEqual({ first: 2019, last: 2024 });
  });

  it("returns null when nothing is known", () => {
    expect(periodYearBounds(null, null)).toBeNull();
    expect(periodYearBounds(continuous, continuous)).toBeNull();
  });
});
