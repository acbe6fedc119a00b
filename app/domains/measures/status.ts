/**
 * Measure status workflow.
 *
 * The normal flow is idea → proposed → prioritised → planned → in_progress
 * → completed. Action plans are revised every year, so open measures may
 * also move backwards, and any open measure may be dropped or merged into
 * another measure. Completed and dropped measures can be reopened (to
 * planned or in_progress); a merged measure is final.
 */
import { MEASURE_STATUSES, type MeasureStatus } from "./constants";

/** Open statuses (work not yet finished), in flow order. */
export const ACTIVE_STATUSES = ["idea", "proposed", "prioritised", "planned", "in_progress"] as const satisfies readonly MeasureStatus[];

/** Closed statuses. */
export const CLOSED_STATUSES = ["completed", "dropped", "merged"] as const satisfies readonly MeasureStatus[];

export type ActiveMeasureStatus = (typeof ACTIVE_STATUSES)[number];
export type ClosedMeasureStatus = (typeof CLOSED_STATUSES)[number];

/** The forward flow, ending in completed. */
const FLOW: readonly MeasureStatus[] = [...ACTIVE_STATUSES, "completed"];

/** Statuses a completed or dropped measure may be reopened to. */
const REOPEN_TARGETS: readonly MeasureStatus[] = ["planned", "in_progress"];

export function isMeasureStatus(value: unknown): value is MeasureStatus {
  return typeof value === "string" && (MEASURE_STATUSES as readonly string[]).includes(value);
}

export function isActiveStatus(status: MeasureStatus): status is ActiveMeasureStatus {
  return (ACTIVE_STATUSES as readonly MeasureStatus[]).includes(status);
}

export function isClosedStatus(status: MeasureStatus): status is ClosedMeasureStatus {
  return (CLOSED_STATUSES as readonly MeasureStatus[]).includes(status);
}

/**
 * Statuses a measure in `from` may move to, in `MEASURE_STATUSES` order.
 *   - Open statuses: any other flow status (forward, skipping steps, up to
 *     and including completed; or backward among the open statuses), plus
 *     dropped and merged.
 *   - completed / dropped: reopen to planned or in_progress.
 *   - merged: none (final).
 * Staying in the same status is not a transition.
 */
export function allowedTransitions(from: MeasureStatus): MeasureStatus[] {
  let targets: readonly MeasureStatus[];
  if (isActiveStatus(from)) {
    targets = [...FLOW, "dropped", "merged"];
  } else if (from === "completed" || from === "dropped") {
    targets = REOPEN_TARGETS;
  } else {
    targets = [];
  }
  return MEASURE_STATUSES.filter((s) => s !== from && targets.includes(s));
}

export function isTransitionAllowed(from: MeasureStatus, to: MeasureStatus): boolean {
  return allowedTransitions(from).includes(to);
}

export type TransitionErrorField = "status" | "completedOn" | "dropReason" | "mergedIntoId";

export type TransitionErrorCode = "transition_not_allowed" | "completed_on_required" | "drop_reason_required" | "merge_target_required" | "merge_target_self";

export type TransitionInput = {
  from: MeasureStatus;
  to: MeasureStatus;
  /** Completion date, "YYYY-MM-DD". Required when `to` is completed. */
  completedOn?: string | null;
  /** Why the measure was dropped. Required (non-blank) when `to` is dropped. */
  dropReason?: string | null;
  /** Id of the measure this one is merged into. Required when `to` is merged. */
  mergedIntoId?: string | null;
  /** Id of the measure being changed; used to reject merging into itself. */
  measureId?: string | null;
};

export type TransitionResult = { ok: true } | { ok: false; field: TransitionErrorField; code: TransitionErrorCode };

const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written as YYYY-MM-DD (e.g. not 2019-02-30). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE_RE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= daysInMonth;
}

/**
 * Validates a status change together with the data the target status needs.
 *
 * If `from === to` the status is unchanged (e.g. a form saved without
 * changing status); that is accepted as long as the target status's
 * required data is present. Otherwise the move must be in
 * `allowedTransitions(from)`.
 *
 * Then, depending on `to`:
 *   - completed: `completedOn` must be a valid YYYY-MM-DD date.
 *   - dropped:   `dropReason` must be non-blank after trimming.
 *   - merged:    `mergedIntoId` must be non-blank and differ from `measureId`.
 */
export function validateTransition(input: TransitionInput): TransitionResult {
  const { from, to } = input;

  if (from !== to && !isTransitionAllowed(from, to)) {
    return { ok: false, field: "status", code: "transition_not_allowed" };
  }

  switch (to) {
    case "completed": {
      const date = input.completedOn?.trim() ?? "";
      if (!isIsoDate(date)) {
        return { ok: false, field: "completedOn", code: "completed_on_required" };
      }
      break;
    }
    case "dropped": {
      if ((input.dropReason?.trim() ?? "") === "") {
        return { ok: false, field: "dropReason", code: "drop_reason_required" };
      }
      break;
    }
    case "merged": {
      const target = input.mergedIntoId?.trim() ?? "";
      if (target === "") {
        return { ok: false, field: "mergedIntoId", code: "merge_target_required" };
      }
      const self = input.measureId?.trim() ?? "";
      if (self !== "" && target.toLowerCase() === self.toLowerCase()) {
        return { ok: false, field: "mergedIntoId", code: "merge_target_self" };
      }
      break;
    }
    default:
      break;
  }

  return { ok: true };
}
