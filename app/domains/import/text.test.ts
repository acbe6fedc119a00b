import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeText, detectDelimiter, htmlToRows, parseCsv } from "./text";

describe("decodeText", () => {
  it("reads UTF-8 and falls back to Windows-1252", () => {
    expect(decodeText(Buffer.from("\uFEFFBlåbær"))).toEqual({ text: "Blåbær", encoding: "utf-8" });
    expect(decodeText(iconv.encode("Blåbær – «tiltak»", "win1252"))).toEqual({ text: "Blåbær – «tiltak»", encoding: "windows-1252" });
  });
});

describe("CSV", () => {
  it("detects the delimiter", () => {
    expect(detectDelimiter("a;b;c\n1;2;3")).toBe(";");
    expect(detectDelimiter("a,b\n1,2")).toBe(",");
    expect(detectDelimiter("a\tb\n1\t2")).toBe("\t");
    expect(detectDelimiter('Tiltak;Kostnad\n"Nett, nytt";"150 000,-"')).toBe(";");
  });

  it("parses quotes, doubled quotes and line breaks in fields", () => {
    expect(parseCsv('a;"b;c";"d ""e"""\r\n"f\ng";h', ";")).toEqual([
      ["a", "b;c", 'd "e"'],
      ["f\ng", "h"],
    ]);
  });
});

describe("htmlToRows", () => {
  it("keeps headings, paragraphs and table rows", () => {
    const html =
      "<h1>Plan &amp; tiltak</h1><p>Innleiing</p><table><tr><td><p>Nr</p></td><td><p>Tiltak</p></td></tr><tr><td><p>HO01</p></td><td><p>Tilsyn</p><p>på natt</p></td></tr></table><ul><li>Punkt</li></ul>";
    expect(htmlToRows(html)).toEqual([
      { text: "Plan & tiltak", heading: true },
      { text: "Innleiing" },
      { cells: ["Nr", "Tiltak"] },
      { cells: ["HO01", "Tilsyn på natt"] },
      { text: "Punkt" },
    ]);
  });
});
