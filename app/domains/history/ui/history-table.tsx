/**
 * The change history of one entity: one table body per save (change set), newest first, with time, who,
 * field and the old ("diff-old") and new ("diff-new") value. Texts, field labels and value formatting come
 * from the caller, so each area keeps them in its own catalogue.
 */
import "./history.css";
import { Paragraph, Table } from "@digdir/designsystemet-react";
import { useLang, useT } from "~/kit/ui/page-context";
import { formatDateTime } from "~/kit/i18n";

/** A change set as it arrives from a loader (dates may be serialized). */
export interface HistoryTableGroup {
  id: string;
  action: "create" | "update" | "delete";
  changedAt: Date | string;
  who: string | null;
  /** The file an import wrote this change from. */
  importedFrom?: string | null;
  /** What the change set is about, when a page shows the history of several entities (shown under the action). */
  subject?: string;
  changes: ReadonlyArray<{ id: number; field: string | null; oldValue: unknown; newValue: unknown }>;
}

export interface HistoryTableTexts {
  caption: string;
  when: string;
  who: string;
  field: string;
  from: string;
  to: string;
  created: string;
  updated: string;
  deleted?: string;
  /** Shown for an empty value. */
  empty: string;
  /** Shown when neither a user nor an actor label is known. */
  unknownUser: string;
  /** Shown instead of the table when there are no changes. */
  noChanges: string;
}

/** Empty values in the history. */
export function isEmptyHistoryValue(value: unknown): boolean {
  return value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0);
}

export function HistoryTable({
  groups,
  texts,
  fieldLabel,
  formatValue,
  className,
}: {
  groups: readonly HistoryTableGroup[];
  texts: HistoryTableTexts;
  fieldLabel: (field: string) => string;
  formatValue: (field: string, value: unknown) => string;
  /** Extra class names for the table. */
  className?: string;
}) {
  const lang = useLang();
  const t = useT();
  if (groups.length === 0) return <Paragraph>{texts.noChanges}</Paragraph>;
  const empty = <span className="muted">{texts.empty}</span>;
  const value = (field: string | null, v: unknown, diffClass: string) =>
    isEmptyHistoryValue(v) ? empty : <span className={`${diffClass} pre-line`}>{formatValue(field ?? "", v)}</span>;
  const actionLabel = (action: HistoryTableGroup["action"]) =>
    action === "create" ? texts.created : action === "delete" ? (texts.deleted ?? texts.updated) : texts.updated;
  return (
    <div className="table-wrap">
      <Table className={["history-table", className].filter(Boolean).join(" ")} data-size="sm">
        <caption className="visually-hidden">{texts.caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{texts.when}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{texts.who}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{texts.field}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{texts.from}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{texts.to}</Table.HeaderCell>
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
                      <span className="muted">{actionLabel(g.action)}</span>
                      {g.subject ? (
                        <>
                          <br />
                          <span className="history-subject">{g.subject}</span>
                        </>
                      ) : null}
                    </Table.HeaderCell>
                    <Table.Cell rowSpan={g.changes.length}>
                      {g.importedFrom && !g.who ? null : (g.who ?? texts.unknownUser)}
                      {g.importedFrom ? <span className="history-import">{t("history.importedFrom", { file: g.importedFrom })}</span> : null}
                    </Table.Cell>
                  </>
                ) : null}
                <Table.Cell>{c.field ? fieldLabel(c.field) : actionLabel(g.action)}</Table.Cell>
                <Table.Cell>{g.action === "create" ? empty : value(c.field, c.oldValue, "diff-old")}</Table.Cell>
                <Table.Cell>{g.action === "delete" ? empty : value(c.field, c.newValue, "diff-new")}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        ))}
      </Table>
    </div>
  );
}
