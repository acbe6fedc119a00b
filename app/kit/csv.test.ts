import { describe, expect, it } from "vitest";
import { CSV_BOM, formatCsvField, toCsv } from "./csv";

describe("toCsv", () => {
  it("starts with a BOM, separates with ; and ends every line with CRLF", () => {
    const csv = toCsv([
      ["Tiltak", "Verdi"],
      ["HO01", 12.5],
    ]);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv.slice(1)).toBe("Tiltak;Verdi\r\nHO01;12,5\r\n");
  });

  it("quotes fields with quotes, separators and line breaks (RFC 4180)", () => {
    expect(formatCsvField('Sier "hei"')).toBe('"Sier ""hei"""');
    expect(formatCsvField("a;b")).toBe('"a;b"');
    expect(formatCsvField("linje 1\nlinje 2")).toBe('"linje 1\nlinje 2"');
    expect(formatCsvField("linje 1\r\nlinje 2")).toBe('"linje 1\r\nlinje 2"');
    expect(formatCsvField("a,b")).toBe("a,b");
  });

  it("neutralises text that a spreadsheet would run as a formula", () => {
    expect(formatCsvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(formatCsvField("+47 123")).toBe("'+47 123");
    expect(formatCsvField("-tekst")).toBe("'-tekst");
    expect(formatCsvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(formatCsvField("\tinnrykk")).toBe("'\tinnrykk");
    expect(formatCsvField("\rretur")).toBe('"\'\rretur"');
    expect(formatCsvField("vanlig = tekst")).toBe("vanlig = tekst");
  });

  it("writes real numbers as numbers with a decimal comma, negative ones without an apostrophe", () => {
    expect(formatCsvField(-12.25)).toBe("-12,25");
    expect(formatCsvField(1500)).toBe("1500");
    expect(formatCsvField(0.0001)).toBe("0,0001");
    expect(formatCsvField(-0)).toBe("0");
    expect(formatCsvField(Number.NaN)).toBe("");
    expect(formatCsvField("-12,25")).toBe("'-12,25");
  });

  it("writes empty values as empty fields and dates as YYYY-MM-DD", () => {
    expect(toCsv([[null, undefined, "", new Date("2025-03-01T00:00:00Z")]]).slice(1)).toBe(";;;2025-03-01\r\n");
  });
});
