import { describe, expect, it } from "vitest";
import { MAX_CODE_LENGTH, isValidCode, normalizeCode, suggestNextCode } from "./codes";

describe("normalizeCode", () => {
  it("trims, upper-cases and removes inner whitespace", () => {
    expect(normalizeCode("tf 03")).toBe("TF03");
    expect(normalizeCode("  ho26  ")).toBe("HO26");
    expect(normalizeCode("i k t\t05")).toBe("IKT05");
    expect(normalizeCode("o8")).toBe("O8");
    expect(normalizeCode("TF03")).toBe("TF03");
  });

  it("upper-cases Norwegian letters", () => {
    expect(normalizeCode("øk 01")).toBe("ØK01");
    expect(normalizeCode("æå3")).toBe("ÆÅ3");
  });

  it("composes decomposed characters", () => {
    expect(normalizeCode("a\u030A1")).toBe("Å1");
  });

  it("leaves punctuation and dotted codes alone", () => {
    expect(normalizeCode("1.2.1")).toBe("1.2.1");
    expect(normalizeCode(" 1. 2 .1 ")).toBe("1.2.1");
    expect(normalizeCode("hr-ikt_2")).toBe("HR-IKT_2");
  });

  it("returns empty string for blank input", () => {
    expect(normalizeCode("")).toBe("");
    expect(normalizeCode("   ")).toBe("");
  });
});

describe("isValidCode", () => {
  it("accepts typical codes", () => {
    for (const code of ["TF03", "HO26", "IKT05", "O8", "1.2.1", "1", "A", "HR-IKT_2", "ØK01", "ÆÅ3"]) {
      expect(isValidCode(code), code).toBe(true);
    }
  });

  it("accepts lower case letters", () => {
    expect(isValidCode("tf03")).toBe(true);
    expect(isValidCode("øk01")).toBe(true);
  });

  it("accepts Sámi letters", () => {
    expect(isValidCode("ČŠ01")).toBe(true);
  });

  it("enforces 1–20 characters", () => {
    expect(isValidCode("")).toBe(false);
    expect(isValidCode("A".repeat(MAX_CODE_LENGTH))).toBe(true);
    expect(isValidCode("A".repeat(MAX_CODE_LENGTH + 1))).toBe(false);
    // Counted as characters, not UTF-16 units or decomposed code points.
    expect(isValidCode("Å".repeat(20))).toBe(true);
    expect(isValidCode("A\u030A".repeat(20))).toBe(true);
  });

  it("rejects whitespace and other characters", () => {
    for (const code of ["TF 03", " TF03", "TF03 ", "TF/03", "TF#3", "TF,3", "T+F", "T€", "😀1", "TF03\n", "½"]) {
      expect(isValidCode(code), JSON.stringify(code)).toBe(false);
    }
  });

  it("requires at least one letter or digit", () => {
    for (const code of [".", "-", "_", "...", "-._"]) {
      expect(isValidCode(code), code).toBe(false);
    }
    expect(isValidCode("-1")).toBe(true);
    expect(isValidCode("_a")).toBe(true);
  });
});

describe("suggestNextCode", () => {
  it("takes the highest number + 1, padded to the widest existing width", () => {
    expect(suggestNextCode({ prefix: "HO", existingCodes: ["HO26", "HO9"] })).toBe("HO27");
    expect(suggestNextCode({ prefix: "IKT", existingCodes: ["IKT05"] })).toBe("IKT06");
    expect(suggestNextCode({ prefix: "TF", existingCodes: ["TF01", "TF02", "TF03"] })).toBe("TF04");
    expect(suggestNextCode({ prefix: "TF", existingCodes: ["TF003"] })).toBe("TF004");
  });

  it("starts at 01 when the prefix has no codes yet", () => {
    expect(suggestNextCode({ prefix: "PT", existingCodes: [] })).toBe("PT01");
    expect(suggestNextCode({ prefix: "PT", existingCodes: ["HO01", "TF03"] })).toBe("PT01");
  });

  it("pads to at least two digits", () => {
    expect(suggestNextCode({ prefix: "O", existingCodes: ["O8"] })).toBe("O09");
    expect(suggestNextCode({ prefix: "O", existingCodes: ["O1", "O2"] })).toBe("O03");
  });

  it("grows beyond the existing width when needed", () => {
    expect(suggestNextCode({ prefix: "HO", existingCodes: ["HO99"] })).toBe("HO100");
    expect(suggestNextCode({ prefix: "HO", existingCodes: ["HO099"] })).toBe("HO100");
    expect(suggestNextCode({ prefix: "HO", existingCodes: ["HO999", "HO0001"] })).toBe("HO1000");
  });

  it("matches existing codes and prefix case- and whitespace-insensitively", () => {
    expect(suggestNextCode({ prefix: "ho", existingCodes: ["HO26", "ho 30", "Ho9"] })).toBe("HO31");
    expect(suggestNextCode({ prefix: " ikt ", existingCodes: ["ikt05"] })).toBe("IKT06");
    expect(suggestNextCode({ prefix: "øk", existingCodes: ["ØK04"] })).toBe("ØK05");
  });

  it("ignores codes of other prefixes or with extra characters", () => {
    const existingCodes = ["HOX1", "HO", "XHO50", "HO-7", "HO7A", "H10", "HOS40", "HO26"];
    expect(suggestNextCode({ prefix: "HO", existingCodes })).toBe("HO27");
    expect(suggestNextCode({ prefix: "HO", existingCodes: ["HOX1", "HOS40"] })).toBe("HO01");
  });

  it("treats regex characters in the prefix literally", () => {
    expect(suggestNextCode({ prefix: "A.", existingCodes: ["AB12", "A.3"] })).toBe("A.4");
    expect(suggestNextCode({ prefix: "A+", existingCodes: ["AA5", "A+2"] })).toBe("A+03");
    expect(suggestNextCode({ prefix: "A-", existingCodes: ["A-2", "A-10"] })).toBe("A-11");
  });

  it("does not force padding after a separator (hierarchical codes)", () => {
    expect(suggestNextCode({ prefix: "1.2.", existingCodes: ["1.2.1", "1.2.2", "1.3.7"] })).toBe("1.2.3");
    expect(suggestNextCode({ prefix: "1.2.", existingCodes: [] })).toBe("1.2.1");
    expect(suggestNextCode({ prefix: "1.2.", existingCodes: ["1.2.09"] })).toBe("1.2.10");
  });

  it("suggests the next integer when there is no prefix", () => {
    expect(suggestNextCode({ existingCodes: [] })).toBe("1");
    expect(suggestNextCode({ prefix: "", existingCodes: ["1", "2", "5"] })).toBe("6");
    expect(suggestNextCode({ prefix: null, existingCodes: ["TF03", "1.2.1", "3", " 4 "] })).toBe("5");
    expect(suggestNextCode({ prefix: "   ", existingCodes: ["9"] })).toBe("10");
  });

  it("keeps leading zeros for numeric codes if existing ones use them", () => {
    expect(suggestNextCode({ existingCodes: ["01", "02"] })).toBe("03");
    expect(suggestNextCode({ existingCodes: ["001", "2"] })).toBe("003");
  });

  it("handles numbers beyond Number.MAX_SAFE_INTEGER", () => {
    expect(suggestNextCode({ prefix: "X", existingCodes: ["X99999999999999999"] })).toBe("X100000000000000000");
  });

  it("does not mutate the input", () => {
    const existingCodes = Object.freeze(["HO01", "HO02"]);
    expect(suggestNextCode({ prefix: "HO", existingCodes })).toBe("HO03");
    expect(existingCodes).toEqual(["HO01", "HO02"]);
  });
});
