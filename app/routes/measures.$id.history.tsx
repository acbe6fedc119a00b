import "~/components/measures/measures.css";
import { Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { Link, useLoaderData } from "react-router";
import type { Route } from "./+types/measures.$id.history";
import { fieldLabelKey, formatFieldValue, isEmptyValue } from "~/components/measures/format";
import { MeasuresErrorBoundary, metaTitle } from "~/components/measures/page";
import { useLang, useT } from "~/hooks";
import { formatDateTime } from "~/i18n";
import { requireContext } from "~/modules/auth/guard.server";
import { MEASURE_SNAPSHOT_FIELDS } from "~/modules/measures/fields";
import { getMeasureById, listMeasureHistory } from "~/modules/measures/queries.server";
import { withLoader } from "~/utils/http.server";

export const loader = withLoader(async ({ request, params }: Route.LoaderArgs) => {
  const context = await requireContext(request);
  const municipalityId = context.municipality.id;
  const measure = await getMeasureById({ municipalityId, id: params.id });
  const entries = await listMeasureHistory({ municipalityId, id: measure.id });
  // One group per save (change set), newest first; fields in the order of the form.
  const order = new Map<string, number>(MEASURE_SNAPSHOT_FIELDS.map((f, i) => [f, i]));
  const groups: Array<{
    id: string;
    action: "create" | "update" | "delete";
    changedAt: Date;
    who: string | null;
    changes: Array<{ id: number; field: string | null; oldValue: unknown; newValue: unknown }>;
  }> = [];
  for (const e of entries) {
    let group = groups.at(-1);
    if (!group || group.id !== e.changeSetId) {
      group = { id: e.changeSetId, action: e.action, changedAt: e.changedAt, who: e.changedByName ?? e.actorLabel, changes: [] };
      groups.push(group);
    }
    group.changes.push({ id: e.id, field: e.field, oldValue: e.oldValue, newValue: e.newValue });
  }
  for (const g of groups) g.changes.sort((a, b) => (order.get(a.field ?? "") ?? 99) - (order.get(b.field ?? "") ?? 99));
  return { measure: { id: measure.id, code: measure.code, title: measure.title }, groups };
});

export const meta: Route.MetaFunction = ({ matches, loaderData }) =>
  metaTitle(matches, (t) => (loaderData ? `${t("measures.history")} ${loaderData.measure.code}` : t("measures.history")));

export default function MeasureHistory() {
  const t = useT();
  const lang = useLang();
  const { measure, groups } = useLoaderData<typeof loader>();
  const value = (field: string | null, v: unknown, className: string) =>
    isEmptyValue(v) ? (
      <span className="muted">{t("measures.value.empty")}</span>
    ) : (
      <span className={`${className} pre-line`}>{formatFieldValue(t, lang, field ?? "", v)}</span>
    );
  return (
    <div className="stack">
      <Paragraph>
        <Link to={`/measures/${measure.id}`}>{t("measures.backToMeasure", { code: measure.code })}</Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {t("measures.history.heading", { code: measure.code, title: measure.title })}
      </Heading>
      {groups.length === 0 ? (
        <Paragraph>{t("measures.history.empty")}</Paragraph>
      ) : (
        <div className="table-wrap">
          <Table className="measure-table history-table" data-size="sm">
            <caption className="visually-hidden">{t("measures.history.caption")}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t("measures.history.when")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("measures.history.who")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("measures.history.field")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("measures.history.from")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("measures.history.to")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            {groups.map((g) => (
              <Table.Body key={g.id}>
                {g.changes.map((c, index) => (
                  <Table.Row key={c.id}>
                    {index === 0 ? (
                      <>
                        <Table.HeaderCell scope="rowgroup" rowSpan={g.changes.length} className="nowrap">
                          <time dateTime={new Date(g.changedAt).toISOString()}>{formatDateTime(lang, g.changedAt)}</time>
                          <br />
                          <span className="muted">{g.action === "create" ? t("measures.history.created") : t("measures.history.updated")}</span>
                        </Table.HeaderCell>
                        <Table.Cell rowSpan={g.changes.length}>{g.who ?? t("measures.history.unknownUser")}</Table.Cell>
                      </>
                    ) : null}
                    <Table.Cell>{c.field ? t(fieldLabelKey(c.field)) : t("measures.history.created")}</Table.Cell>
                    <Table.Cell>{g.action === "create" ? <span className="muted">{t("measures.value.empty")}</span> : value(c.field, c.oldValue, "diff-old")}</Table.Cell>
                    <Table.Cell>{value(c.field, c.newValue, "diff-new")}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            ))}
          </Table>
        </div>
      )}
    </div>
  );
}

export const ErrorBoundary = MeasuresErrorBoundary;
