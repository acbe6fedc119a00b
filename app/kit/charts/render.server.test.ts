import { describe, expect, it } from "vitest";
import { escapeXml, renderChartSvg } from "./render.server";

const option = {
  legend: { data: ["Pågår", "Fullført"] },
  xAxis: { type: "category" as const, data: ["Helse og omsorg", "Oppvekst"] },
  yAxis: { type: "value" as const },
  series: [
    { type: "bar" as const, name: "Pågår", stack: "s", data: [3, 1], label: { show: true } },
    { type: "bar" as const, name: "Fullført", stack: "s", data: [2, 4], label: { show: true } },
  ],
};

describe("renderChartSvg", () => {
  it("returns an accessible <svg> with title, text summary, labels, legend and decal patterns", () => {
    const svg = renderChartSvg({ option, width: 600, height: 300, title: "Tiltak etter sektor", summary: "Helse og omsorg: 5, Oppvekst: 5" });
    expect(svg).toMatch(/^<svg role="img" aria-label="Tiltak etter sektor\. Helse og omsorg: 5, Oppvekst: 5" focusable="false" width="600" height="300"/);
    expect(svg).toContain("<title>Tiltak etter sektor</title><desc>Helse og omsorg: 5, Oppvekst: 5</desc>");
    expect(svg.trimEnd()).toMatch(/<\/svg>$/);
    // Axis labels, legend entries and data labels are text in the SVG.
    for (const text of ["Helse og omsorg", "Oppvekst", ">Pågår<", ">Fullført<", ">4<"]) expect(svg).toContain(text);
    // Patterns, so the series differ by more than colour.
    expect(svg).toContain("<pattern");
    expect(svg).toMatch(/fill="url\(#/);
    // No animation leftovers.
    expect(svg).not.toContain("<animate");
  });

  it("escapes the title and summary, and ECharts escapes text from the data", () => {
    const evil = "<script>alert(1)</script>";
    const svg = renderChartSvg({
      option: { ...option, xAxis: { type: "category" as const, data: [evil, "A & B"] } },
      width: 600,
      height: 300,
      title: `Tittel "${evil}"`,
      summary: `Oppsummering ${evil} & 'mer'`,
    });
    expect(svg).not.toContain("<script");
    expect(svg).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(svg).toContain(
      `aria-label="Tittel &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot;. Oppsummering &lt;script&gt;alert(1)&lt;/script&gt; &amp; &#39;mer&#39;"`,
    );
    expect(svg).toContain("A &amp; B");
  });

  it("renders without a summary and leaves no chart instance behind", () => {
    const first = renderChartSvg({ option, width: 320, height: 200, title: "Uten oppsummering" });
    expect(first).toContain('aria-label="Uten oppsummering"');
    expect(first).not.toContain("<desc>");
    // Two charts on one page must not share pattern ids.
    const second = renderChartSvg({ option, width: 320, height: 200, title: "Uten oppsummering" });
    const ids = (s: string) => [...s.matchAll(/<pattern[^>]* id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids(first).length).toBeGreaterThan(0);
    expect(ids(first).filter((id) => ids(second).includes(id))).toEqual([]);
  });

  it("escapeXml escapes the five XML special characters", () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  });
});
