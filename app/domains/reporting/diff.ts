/**
 * Compares two portfolio snapshots (pure; no database).
 *
 * Measures are matched by id, so a measure whose code changed is recognised as moved rather than as one
 * dropped and one new measure. Categories:
 *   - added:     in `to` only;
 *   - removed:   in `from` only (deleted from the portfolio);
 *   - completed: status became completed;
 *   - dropped:   status became dropped;
 *   - moved:     code changed, or merged into another measure;
 *   - statusChanges: the measure status changed (any change, including the ones above);
 *   - lightChanges:  the overall traffic light of the latest published status changed.
 */
import type { TrafficLight } from "~/domains/reporting/constants";
import type { MeasureStatus } from "~/domains/measures";

export interface SnapshotMeasure {
  measureId: string;
  code: string;
  title: string;
  sectorId: string | null;
  sectorName: string | null;
  status: MeasureStatus;
  priority: number | null;
  mergedIntoCode: string | null;
  /** Sum of known cost amounts, and how many cost lines have no amount. */
  costTotalNok: number;
  costUnknownLines: number;
  /** The latest published status update when the snapshot was taken. */
  overall: TrafficLight | null;
  progressPercent: number | null;
  statusPeriod: string | null;
}

export interface MovedMeasure {
  measureId: string;
  fromCode: string;
  toCode: string;
  title: string;
  mergedIntoCode: string | null;
}

export interface StatusChange {
  measureId: string;
  code: string;
  title: string;
  from: MeasureStatus;
  to: MeasureStatus;
}

export interface LightChange {
  measureId: string;
  code: string;
  title: string;
  from: TrafficLight | null;
  to: TrafficLight | null;
}

export interface SnapshotDiff {
  added: SnapshotMeasure[];
  removed: SnapshotMeasure[];
  completed: SnapshotMeasure[];
  dropped: SnapshotMeasure[];
  moved: MovedMeasure[];
  statusChanges: StatusChange[];
  lightChanges: LightChange[];
}

const byCode = <T extends { code: string }>(a: T, b: T) => a.code.localeCompare(b.code, "nb", { numeric: true });

export function diffSnapshots({ from, to }: { from: readonly SnapshotMeasure[]; to: readonly SnapshotMeasure[] }): SnapshotDiff {
  const before = new Map(from.map((m) => [m.measureId, m]));
  const after = new Map(to.map((m) => [m.measureId, m]));
  const diff: SnapshotDiff = { added: [], removed: [], completed: [], dropped: [], moved: [], statusChanges: [], lightChanges: [] };

  for (const m of to) {
    const old = before.get(m.measureId);
    if (!old) {
      diff.added.push(m);
      continue;
    }
    if (old.status !== m.status) {
      diff.statusChanges.push({ measureId: m.measureId, code: m.code, title: m.title, from: old.status, to: m.status });
      if (m.status === "completed") diff.completed.push(m);
      if (m.status === "dropped") diff.dropped.push(m);
    }
    const merged = m.status === "merged" && old.status !== "merged";
    if (old.code !== m.code || merged) {
      diff.moved.push({ measureId: m.measureId, fromCode: old.code, toCode: m.code, title: m.title, mergedIntoCode: merged ? m.mergedIntoCode : null });
    }
    if (old.overall !== m.overall) {
      diff.lightChanges.push({ measureId: m.measureId, code: m.code, title: m.title, from: old.overall, to: m.overall });
    }
  }
  for (const m of from) if (!after.has(m.measureId)) diff.removed.push(m);

  diff.added.sort(byCode);
  diff.removed.sort(byCode);
  diff.completed.sort(byCode);
  diff.dropped.sort(byCode);
  diff.moved.sort((a, b) => a.toCode.localeCompare(b.toCode, "nb", { numeric: true }));
  diff.statusChanges.sort(byCode);
  diff.lightChanges.sort(byCode);
  return diff;
}
