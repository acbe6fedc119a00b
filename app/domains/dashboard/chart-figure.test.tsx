import { renderToString } from "react-dom/server";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router";
import { describe, expect, it } from "vitest";
import { createTranslator } from "~/kit/i18n";
import { buildSectorChart } from "./charts.server";
import { ChartFigure } from "~/kit/charts/chart-figure";

/** Server-renders an element inside a router whose root loader provides the language (as the app's root does). */
async function render(element: React.ReactNode): Promise<string> {
  const handler = createStaticHandler([{ id: "root", path: "/", loader: () => ({ lang: "nb" }), Component: () => element }]);
  const context = await handler.query(new Request("http://localhost/"));
  if (context instanceof Response) throw new Error("unexpected response");
  const router = createStaticRouter(handler.dataRoutes, context);
  return renderToString(<StaticRouterProvider router={router} context={context} hydrate={false} />);
}

const zero = { idea: 0, proposed: 0, prioritised: 0, planned: 0, in_progress: 0, completed: 0, dropped: 0, merged: 0 };

describe("ChartFigure", () => {
  it("renders a figure with caption, SVG, summary and a data table behind 'Vis tabell', escaping hostile names", async () => {
    const evil = "<script>alert(1)</script>";
    const chart = buildSectorChart({
      rows: [{ sectorId: "s1", sectorName: evil, total: 2, counts: { ...zero, idea: 2 } }],
      t: createTranslator("nb"),
      lang: "nb",
    });
    const html = await render(
      <ChartFigure
        id="c"
        title={chart.title}
        svg={chart.svg}
        summary={chart.summary}
        table={{ columns: ["Sektor", "Idé"], numeric: [1], rows: [{ key: "s1", cells: [evil, "2"] }], footer: ["Totalt", "2"] }}
      />,
    );
    expect(html).not.toContain("<script>alert");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toMatch(/<figure[^>]*aria-labelledby="c-title"/);
    expect(html).toMatch(/<figcaption><h2[^>]*id="c-title"[^>]*>Tiltak etter sektor og status<\/h2><\/figcaption>/);
    expect(html).toMatch(/<div class="chart"><svg role="img" aria-label="Tiltak etter sektor og status\. /);
    expect(html).toContain("<summary>Vis tabell</summary>");
    expect(html).toMatch(/<th scope="row"[^>]*>&lt;script&gt;alert\(1\)&lt;\/script&gt;<\/th>/);
    expect(html).toMatch(/<caption class="visually-hidden">Tiltak etter sektor og status<\/caption>/);
    expect(html).toContain("<tfoot");
  });

  it("shows only the summary when there is no chart or table", async () => {
    const html = await render(<ChartFigure id="e" title="Tittel" svg={null} summary="Ingen tiltak er registrert ennå." />);
    expect(html).toContain("Ingen tiltak er registrert ennå.");
    expect(html).not.toContain("<svg");
    expect(html).not.toContain("<details");
  });
});
