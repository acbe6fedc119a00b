import { describe, expect, it } from "vitest";
import {
  codePrefix,
  isUserOrientedMarker,
  joinWrapped,
  normalizeNumberedCode,
  parseGoalNumbers,
  parseNokAmount,
  parsePeriodRange,
  parsePriority,
} from "./parsers";

describe("parseNokAmount", () => {
  it.each([
    ["150 000", 150_000, 150_000],
    ["Kr 10 000,-", 10_000, 10_000],
    ["20 000,-", 20_000, 20_000],
    ["Kr 50-100 000 i reduserte kostnader pr år", 100_000, 50_000],
    ["25- 35 000,-", 35_000, 25_000],
    ["Superbrukerkurs: 10-20 000 kr pr kurs", 20_000, 10_000],
    ["1,5 mill", 1_500_000, 1_500_000],
    ["Ca 20 000,- pr år", 20_000, 20_000],
    ["kr 500", 500, 500],
  ])("reads %s", (text, amount, min) => {
    expect(parseNokAmount(text)).toEqual({ amountNok: amount, minNok: min, text });
  });

  it("reads unknown cost as null but keeps the text", () => {
    expect(parseNokAmount("Ukjent – løsning ikke klar")).toEqual({ amountNok: null, minNok: null, text: "Ukjent – løsning ikke klar" });
  });

  it("does not take hours or plain counts for money", () => {
    expect(parseNokAmount("2750 timer pr år")).toBeNull();
    expect(parseNokAmount("250 timer")).toBeNull();
    expect(parseNokAmount("Egeninnsats")).toBeNull();
  });
});

describe("parsePeriodRange", () => {
  it.each([
    ["H18/V19", "2018H2", "2019H1"],
    ["H18/ V19", "2018H2", "2019H1"],
    ["19/20", "2019", "2020"],
    ["19-20", "2019", "2020"],
    ["V19", "2019H1", "2019H1"],
    ["H18-", "2018H2", null],
    ["-/19", null, "2019"],
    ["Kontinuerlig", "continuous", "continuous"],
    ["Kontinuerleg", "continuous", "continuous"],
    ["Årlig", "continuous", "continuous"],
    ["05/ 18", "2018", "2018"],
  ])("reads %s", (text, start, end) => {
    expect(parsePeriodRange(text)).toMatchObject({ start, end });
  });

  it("keeps a text it cannot date", () => {
    expect(parsePeriodRange("Så snart løsning er tilgjengelig")).toEqual({ start: null, end: null, text: "Så snart løsning er tilgjengelig" });
  });
});

describe("parseGoalNumbers", () => {
  it.each([
    ["1,4", [1, 4]],
    ["3 (1,6,7)", [3, 1, 6, 7]],
    ["7 (2, 6)", [7, 2, 6]],
    ["8, (6)", [8, 6]],
    ["1-8", [1, 2, 3, 4, 5, 6, 7, 8]],
    ["Mål 2 og 5", [2, 5]],
    ["Nytt", []],
    ["1 000", []],
  ])("reads %s", (text, numbers) => {
    expect(parseGoalNumbers(text)).toEqual(numbers);
  });
});

describe("parsePriority and markers", () => {
  it("reads ranks", () => {
    expect(parsePriority("Prioritering 3")).toBe(3);
    expect(parsePriority("Prioritet: 2")).toBe(2);
    expect(parsePriority("2 (2018)*")).toBe(2);
    expect(parsePriority("Høy")).toBeNull();
  });

  it("recognises the user-oriented marker", () => {
    expect(isUserOrientedMarker(" X ")).toBe(true);
    expect(isUserOrientedMarker("Ja")).toBe(true);
    expect(isUserOrientedMarker("Xylofon")).toBe(false);
  });
});

describe("codes", () => {
  it("recognises prefix codes but not half-years", () => {
    expect(codePrefix("TF01")).toBe("TF");
    expect(codePrefix("O8")).toBe("O");
    expect(codePrefix("IKT05")).toBe("IKT");
    expect(codePrefix("H18")).toBeNull();
    expect(codePrefix("V19")).toBeNull();
    expect(codePrefix("tf01")).toBeNull();
  });

  it("recognises numbered codes with three levels", () => {
    expect(normalizeNumberedCode("1.3.1.")).toBe("1.3.1");
    expect(normalizeNumberedCode("1.2")).toBeNull();
  });

  it("joins wrapped lines", () => {
    expect(joinWrapped(["Definere faglig ", "minimums-", "kompetanse IKT "])).toBe("Definere faglig minimums-kompetanse IKT");
  });
});
