import { describe, expect, it } from "vitest";
import { contrastRatio, DEFAULT_PALETTE, SUBTLE_TEXT_COLOR, TEXT_COLOR } from "./palette";

describe("chart palette", () => {
  it("computes WCAG contrast ratios", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
  });

  it("has fills that carry white labels (4.5:1) and stand out from the white page (3:1)", () => {
    for (const colour of DEFAULT_PALETTE) {
      expect(contrastRatio(colour, "#ffffff"), colour).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("has text colours readable on white", () => {
    expect(contrastRatio(TEXT_COLOR, "#ffffff")).toBeGreaterThanOrEqual(7);
    expect(contrastRatio(SUBTLE_TEXT_COLOR, "#ffffff")).toBeGreaterThanOrEqual(4.5);
  });
});
