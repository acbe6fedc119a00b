import { describe, expect, it } from "vitest";
import { contrastRatio, DEFAULT_PALETTE, FUNDING_COLORS, STATUS_COLORS, SUBTLE_TEXT_COLOR, TEXT_COLOR } from "./palette";

describe("chart palette", () => {
  it("computes WCAG contrast ratios", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
  });

  it("has fills that carry white labels (4.5:1) and stand out from the white page (3:1)", () => {
    for (const colour of [...Object.values(STATUS_COLORS), ...Object.values(FUNDING_COLORS), ...DEFAULT_PALETTE]) {
      expect(contrastRatio(colour, "#ffffff"), colour).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("has text colours readable on white", () => {
    expect(contrastRatio(TEXT_COLOR, "#ffffff")).toBeGreaterThanOrEqual(7);
    expect(contrastRatio(SUBTLE_TEXT_COLOR, "#ffffff")).toBeGreaterThanOrEqual(4.5);
  });

  it("uses a different colour for every status and every funding source", () => {
    expect(new Set(Object.values(STATUS_COLORS)).size).toBe(Object.keys(STATUS_COLORS).length);
    expect(new Set(Object.values(FUNDING_COLORS)).size).toBe(Object.keys(FUNDING_COLORS).length);
  });
});
