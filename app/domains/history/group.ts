import type { HistoryEntry } from "./queries.server";

/** The actor label prefix of changes written by committing an import. */
export const IMPORT_LABEL = "import:";

export interface HistoryChange {
  id: number;
  field: string | null;
  oldValue: unknown;
  newValue: unknown;
}

/** One save: the rows of a change set. */
export interface HistoryGroup {
  id: string;
  action: "create" | "update" | "delete";
  changedAt: Date;
  who: string | null;
  /** The file a commit of an import wrote this from (actor label "import:<file>"). */
  importedFrom: string | null;
  changes: HistoryChange[];
}

/**
 * Groups history entries (newest first) by change set, keeping their order; within a group the fields follow
 * `fieldOrder` (the order of the form), unknown fields last.
 */
export function groupHistory(entries: readonly HistoryEntry[], fieldOrder: readonly string[]): HistoryGroup[] {
  const order = new Map<string, number>(fieldOrder.map((f, i) => [f, i]));
  const groups: HistoryGroup[] = [];
  for (const e of entries) {
    let group = groups.at(-1);
    if (!group || group.id !== e.changeSetId) {
      const importedFrom = e.actorLabel?.startsWith(IMPORT_LABEL) ? e.actorLabel.slice(IMPORT_LABEL.length) : null;
      group = {
        id: e.changeSetId,
        action: e.action,
        changedAt: e.changedAt,
        who: e.changedByName ?? (importedFrom === null ? e.actorLabel : null),
        importedFrom,
        changes: [],
      };
      groups.push(group);
    }
    group.changes.push({ id: e.id, field: e.field, oldValue: e.oldValue, newValue: e.newValue });
  }
  const rank = (field: string | null) => order.get(field ?? "") ?? Number.MAX_SAFE_INTEGER;
  for (const g of groups) g.changes.sort((a, b) => rank(a.field) - rank(b.field));
  return groups;
}
