import "~/domains/reporting/ui/reporting.css";
import { Button, Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";
import { Form, Link, useLoaderData } from "react-router";
import type { Route } from "./+types/reporting.compare";
import { SelectInput } from "~/domains/measures/ui";
import { metaTitle } from "~/kit/ui/meta";
import { TrafficLight } from "~/domains/reporting/ui/traffic-light";
import { useLang, useT } from "~/kit/ui/page-context";
import { formatNumber, type MessageKey } from "~/kit/i18n";
import { requireContext } from "~/domains/tenancy/index.server";
import { diffSnapshots, type SnapshotDiff } from "~/domains/reporting/diff";
import { listRounds, listSnapshotRows } from "~/domains/reporting/queries.server";
import { withLoader } from "~/kit/http.server";

export const loader = withLoader(async ({ request }: Route.LoaderArgs) => {
  const context = await requireContext(request, { capability: "reporting.view" });
  const municipalityId = context.municipality.id;
  // Newest first; by default the two newest closed rounds are compared.
  const rounds = (await listRounds({ municipalityId, state: "closed" })).map((r) => ({ id: r.id, title: r.title }));
  const search = new URL(request.url).searchParams;
  const pick = (name: string, fallback: number) => rounds.find((r) => r.id === search.get(name)) ?? rounds[fallback];
  const from = pick("from", 1);
  const to = pick("to", 0);
  if (!from || !to) return { rounds, from: null, to: null, diff: null };
  const [before, after] = await Promise.all([listSnapshotRows({ municipalityId, roundId: from.id }), listSnapshotRows({ municipalityId, roundId: to.id })]);
  return { rounds, from, to, diff: diffSnapshots({ from: before, to: after }) };
});

export const meta: Route.MetaFunction = ({ matches }) => metaTitle(matches, (t) => t("reporting.compare.heading"));

const CATEGORIES = ["added", "completed", "dropped", "moved", "statusChanges", "lightChanges", "removed"] as const satisfies readonly (keyof SnapshotDiff)[];

function DiffTable({ id, label, columns, rows }: { id: string; label: string; columns: string[]; rows: Array<{ key: string; cells: ReactNode[] }> }) {
  const t = useT();
  const lang = useLang();
  return (
    <section className="stack" aria-labelledby={id}>
      <Heading level={3} data-size="sm" id={id}>
        {t("reporting.compare.withCount", { label, count: formatNumber(lang, rows.length) })}
      </Heading>
      {rows.length === 0 ? (
        <Paragraph>{t("reporting.compare.none")}</Paragraph>
      ) : (
        <Table aria-labelledby={id} data-size="sm">
          <Table.Head>
            <Table.Row>
              {columns.map((c) => (
                <Table.HeaderCell key={c} scope="col">
                  {c}
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {rows.map((r) => (
              <Table.Row key={r.key}>
                {r.cells.map((cell, i) =>
                  i === 0 ? (
                    <Table.HeaderCell key={i} scope="row">
                      {cell}
                    </Table.HeaderCell>
                  ) : (
                    <Table.Cell key={i}>{cell}</Table.Cell>
                  ),
                )}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </section>
  );
}

export default function ComparePage() {
  const t = useT();
  const lang = useLang();
  const { rounds, from, to, diff } = useLoaderData<typeof loader>();
  const status = (s: string) => t(`measures.status.${s}` as MessageKey);
  const code = t("reporting.compare.column.code");
  const title = t("reporting.compare.column.title");
  const measureRows = (list: SnapshotDiff["added"]) => list.map((m) => ({ key: m.measureId, cells: [m.code, m.title, m.sectorName ?? "–", status(m.status)] }));
  const tables = diff
    ? {
        added: { columns: [code, title, t("reporting.compare.column.sector"), t("reporting.compare.column.status")], rows: measureRows(diff.added) },
        removed: { columns: [code, title, t("reporting.compare.column.sector"), t("reporting.compare.column.status")], rows: measureRows(diff.removed) },
        completed: { columns: [code, title, t("reporting.compare.column.sector"), t("reporting.compare.column.status")], rows: measureRows(diff.completed) },
        dropped: { columns: [code, title, t("reporting.compare.column.sector"), t("reporting.compare.column.status")], rows: measureRows(diff.dropped) },
        moved: {
          columns: [t("reporting.compare.column.toCode"), title, t("reporting.compare.column.fromCode"), t("reporting.compare.column.mergedInto")],
          rows: diff.moved.map((m) => ({ key: m.measureId, cells: [m.toCode, m.title, m.fromCode, m.mergedIntoCode ?? "–"] })),
        },
        statusChanges: {
          columns: [code, title, t("reporting.compare.column.before"), t("reporting.compare.column.after")],
          rows: diff.statusChanges.map((c) => ({ key: c.measureId, cells: [c.code, c.title, status(c.from), status(c.to)] })),
        },
        lightChanges: {
          columns: [code, title, t("reporting.compare.column.before"), t("reporting.compare.column.after")],
          rows: diff.lightChanges.map((c) => ({
            key: c.measureId,
            cells: [c.code, c.title, <TrafficLight key="f" light={c.from} short />, <TrafficLight key="t" light={c.to} short />],
          })),
        },
      }
    : null;
  return (
    <div className="stack">
      <Paragraph>
        <Link to="/reporting">{t("reporting.round.backToList")}</Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {t("reporting.compare.heading")}
      </Heading>
      {rounds.length < 2 || !from || !to || !tables ? (
        <Paragraph>{t("reporting.compare.needTwo")}</Paragraph>
      ) : (
        <>
          <Paragraph>{t("reporting.compare.intro")}</Paragraph>
          <Form method="get" className="action-row action-row--form">
            <SelectInput
              name="from"
              label={t("reporting.compare.from")}
              state={undefined}
              value={from.id}
              choices={rounds.map((r) => ({ value: r.id, label: r.title }))}
            />
            <SelectInput
              name="to"
              label={t("reporting.compare.to")}
              state={undefined}
              value={to.id}
              choices={rounds.map((r) => ({ value: r.id, label: r.title }))}
            />
            <Button type="submit" variant="secondary">
              {t("reporting.compare.submit")}
            </Button>
          </Form>
          <section className="stack" aria-labelledby="compare-result">
            <Heading level={2} data-size="md" id="compare-result">
              {t("reporting.compare.result", { from: from.title, to: to.title })}
            </Heading>
            <Table aria-labelledby="compare-summary" data-size="sm">
              <caption id="compare-summary">{t("reporting.compare.summary")}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t("reporting.compare.column.category")}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t("reporting.compare.column.count")}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {CATEGORIES.map((c) => (
                  <Table.Row key={c}>
                    <Table.HeaderCell scope="row">
                      <a href={`#compare-${c}`}>{t(`reporting.compare.${c}`)}</a>
                    </Table.HeaderCell>
                    <Table.Cell>{formatNumber(lang, tables[c].rows.length)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
            {CATEGORIES.map((c) => (
              <DiffTable key={c} id={`compare-${c}`} label={t(`reporting.compare.${c}`)} columns={tables[c].columns} rows={tables[c].rows} />
            ))}
          </section>
        </>
      )}
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/kit/ui/route-error";
