import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

describe("open data CSV", () => {
  it("writes a BOM, semicolons, CRLF, decimal commas and quotes only where needed", () => {
    const csv = toCsv(["Tiltak nr.", "Tittel", "Timer"], [
      ["TF07", 'Skjema; «digitale» og "nye"', 12.5],
      ["HO1", "Linje\nto", null],
    ]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.slice(1).split("\r\n")).toEqual(["Tiltak nr.;Tittel;Timer", 'TF07;"Skjema; «digitale» og ""nye""";12,5', 'HO1;"Linje\nto";', ""]);
  });
});
