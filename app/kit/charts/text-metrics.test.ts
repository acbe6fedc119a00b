import { describe, expect, it } from "vitest";
import { estimateTextWidth } from "./text-metrics";

describe("estimateTextWidth", () => {
  it("scales with font size and weight and is generous for wide fonts", () => {
    const w12 = estimateTextWidth("Avsluttet uten gjennomføring", "12px sans-serif");
    expect(estimateTextWidth("Avsluttet uten gjennomføring", "24px sans-serif")).toBeCloseTo(w12 * 2, 5);
    expect(estimateTextWidth("Avsluttet uten gjennomføring", "bold 12px sans-serif")).toBeGreaterThan(w12);
    // Widths measured in Chromium with DejaVu Sans (a wide font) at 13 px, regular and bold; the estimate must not be narrower.
    const measured: Array<[string, number, number]> = [
      ["Avsluttet uten gjennomføring", 191, 217],
      ["Digitaliseringsmidler", 134, 154],
      ["Helse og omsorg", 109, 123],
      ["2 500 000", 66, 72],
      ["Slått sammen / flyttet", 142, 161],
    ];
    for (const [text, regular, bold] of measured) {
      expect(estimateTextWidth(text, "13px sans-serif"), text).toBeGreaterThanOrEqual(regular);
      expect(estimateTextWidth(text, "bold 13px sans-serif"), text).toBeGreaterThanOrEqual(bold);
      expect(estimateTextWidth(text, "13px sans-serif"), text).toBeLessThan(regular * 1.15);
    }
    expect(estimateTextWidth("", "13px sans-serif")).toBe(0);
    expect(estimateTextWidth("mmm")).toBeGreaterThan(estimateTextWidth("iii"));
  });
});
