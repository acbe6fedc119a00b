import { describe, expect, it } from "vitest";
import { contrastRatio } from "~/kit/charts/palette";
import { FUNDING_COLORS, STATUS_COLORS } from "./colors";

describe("dashboard chart colours", () => {
  it("has fills that carry white labels (4.5:1) and stand out from the white page (3:1)", () => {
    for (const colour of [...Object.values(STATUS_COLORS), ...Object.values(FUNDING_COLORS)]) {
      expect(contrastRatio(colour, "#ffffff"), colour).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("uses a different colour for every status and every funding source", () => {
    expect(new Set(Object.values(STATUS_COLORS)).size).toBe(Object.keys(STATUS_COLORS).length);
    expect(new Set(Object.values(FUNDING_COLORS)).size).toBe(Object.keys(FUNDING_COLORS).length);
  });
});
