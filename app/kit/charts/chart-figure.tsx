import { Details, Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";
import { useT } from "~/kit/ui/page-context";

export interface ChartTable {
  /** Column headers; the first one heads the row-header column. */
  columns: ReactNode[];
  /** Rows: the first cell is the row header (<th scope="row">). */
  rows: Array<{ key: string; cells: ReactNode[] }>;
  /** Optional totals row (first cell is its header). */
  footer?: ReactNode[];
  /** Columns (by index) holding numbers, right-aligned. */
  numeric?: number[];
}

export interface ChartFigureProps {
  /** Unique on the page; used for the heading id. */
  id: string;
  title: string;
  headingLevel?: 2 | 3;
  /** Server-rendered SVG from renderChartSvg (our own numbers, text escaped by ECharts); null = nothing to draw. */
  svg: string | null;
  /** A text summary of what the chart shows. */
  summary: string;
  /** Extra notes below the summary. */
  children?: ReactNode;
  /** The chart's data as a table (the non-visual alternative). */
  table?: ChartTable;
  /** Show the table open instead of behind "Vis tabell". */
  tableOpen?: boolean;
}

/**
 * A chart with its title, the SVG, a text summary and the same data as a table, so nothing is only in the
 * picture or only in colour. The table sits in a native <details>, reachable by keyboard and screen readers.
 */
export function ChartFigure({ id, title, headingLevel = 2, svg, summary, children, table, tableOpen = false }: ChartFigureProps) {
  const t = useT();
  const headingId = `${id}-title`;
  const alignFor = (index: number) => (table?.numeric?.includes(index) ? ({ textAlign: "right" } as const) : undefined);
  return (
    <figure className="stack" aria-labelledby={headingId} style={{ margin: 0 }}>
      <figcaption>
        <Heading level={headingLevel} data-size="sm" id={headingId}>
          {title}
        </Heading>
      </figcaption>
      {svg ? <div className="chart" dangerouslySetInnerHTML={{ __html: svg }} /> : null}
      <Paragraph>{summary}</Paragraph>
      {children}
      {table && table.rows.length > 0 ? (
        <Details defaultOpen={tableOpen}>
          <Details.Summary>{t("dashboard.table.show")}</Details.Summary>
          <Details.Content>
            {/* Focusable, so keyboard users can scroll a wide table on a narrow screen. */}
            <div className="table-wrap" role="region" aria-label={title} tabIndex={0}>
              <Table data-size="sm" zebra>
                <caption className="visually-hidden">{title}</caption>
                <Table.Head>
                  <Table.Row>
                    {table.columns.map((column, i) => (
                      <Table.HeaderCell key={i} scope="col" style={alignFor(i)}>
                        {column}
                      </Table.HeaderCell>
                    ))}
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {table.rows.map((row) => (
                    <Table.Row key={row.key}>
                      {row.cells.map((cell, i) =>
                        i === 0 ? (
                          <Table.HeaderCell key={i} scope="row">
                            {cell}
                          </Table.HeaderCell>
                        ) : (
                          <Table.Cell key={i} style={alignFor(i)}>
                            {cell}
                          </Table.Cell>
                        ),
                      )}
                    </Table.Row>
                  ))}
                </Table.Body>
                {table.footer ? (
                  <Table.Foot>
                    <Table.Row>
                      {table.footer.map((cell, i) =>
                        i === 0 ? (
                          <Table.HeaderCell key={i} scope="row">
                            {cell}
                          </Table.HeaderCell>
                        ) : (
                          <Table.Cell key={i} style={alignFor(i)}>
                            {cell}
                          </Table.Cell>
                        ),
                      )}
                    </Table.Row>
                  </Table.Foot>
                ) : null}
              </Table>
            </div>
          </Details.Content>
        </Details>
      ) : null}
    </figure>
  );
}
