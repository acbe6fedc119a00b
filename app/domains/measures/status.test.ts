import { describe, expect, it } from "vitest";
import {
  ACTIVE_STATUSES,
  CLOSED_STATUSES,
  allowedTransitions,
  isActiveStatus,
  isClosedStatus,
  isIsoDate,
  isMeasureStatus,
  isTransitionAllowed,
  validateTransition,
} from "./status";
import { MEASURE_STATUSES, type MeasureStatus } from "./constants";

const OPEN: MeasureStatus[] = ["idea", "proposed", "prioritised", "planned", "in_progress"];

describe("status constants", () => {
  it("lists all statuses in flow order", () => {
    expect(MEASURE_STATUSES).toEqual(["idea", "proposed", "prioritised", "planned", "in_progress", "completed", "dropped", "merged"]);
  });

  it("splits statuses into active and closed without overlap", () => {
    expect(ACTIVE_STATUSES).toEqual(OPEN);
    expect(CLOSED_STATUSES).toEqual(["completed", "dropped", "merged"]);
    expect([...ACTIVE_STATUSES, ...CLOSED_STATUSES].sort()).toEqual([...MEASURE_STATUSES].sort());
  });

  it("classifies statuses", () => {
    for (const s of OPEN) {
      expect(isActiveStatus(s)).toBe(true);
      expect(isClosedStatus(s)).toBe(false);
    }
    for (const s of CLOSED_STATUSES) {
      expect(isActiveStatus(s)).toBe(false);
      expect(isClosedStatus(s)).toBe(true);
    }
  });

  it("recognises status strings", () => {
    expect(isMeasureStatus("in_progress")).toBe(true);
    expect(isMeasureStatus("In_progress")).toBe(false);
    expect(isMeasureStatus("done")).toBe(false);
    expect(isMeasureStatus(undefined)).toBe(false);
    expect(isMeasureStatus(3)).toBe(false);
  });
});

describe("allowedTransitions", () => {
  it("never includes the current status", () => {
    for (const s of MEASURE_STATUSES) {
      expect(allowedTransitions(s)).not.toContain(s);
    }
  });

  it("allows moving forward, including skipping steps", () => {
    expect(allowedTransitions("idea")).toEqual(expect.arrayContaining(["proposed", "prioritised", "planned", "in_progress", "completed"]));
    expect(isTransitionAllowed("proposed", "planned")).toBe(true);
    expect(isTransitionAllowed("idea", "in_progress")).toBe(true);
    expect(isTransitionAllowed("in_progress", "completed")).toBe(true);
    expect(isTransitionAllowed("planned", "completed")).toBe(true);
  });

  it("allows stepping back one or more steps among open statuses", () => {
    expect(isTransitionAllowed("proposed", "idea")).toBe(true);
    expect(isTransitionAllowed("in_progress", "planned")).toBe(true);
    expect(isTransitionAllowed("in_progress", "idea")).toBe(true);
    expect(isTransitionAllowed("planned", "proposed")).toBe(true);
  });

  it("allows dropping or merging from any open status", () => {
    for (const s of OPEN) {
      expect(isTransitionAllowed(s, "dropped"), s).toBe(true);
      expect(isTransitionAllowed(s, "merged"), s).toBe(true);
    }
  });

  it("gives every open status all other flow statuses plus dropped and merged", () => {
    for (const s of OPEN) {
      const expected = MEASURE_STATUSES.filter((t) => t !== s);
      expect(allowedTransitions(s), s).toEqual(expected);
    }
  });

  it("lets completed and dropped be reopened to planned or in_progress only", () => {
    expect(allowedTransitions("completed")).toEqual(["planned", "in_progress"]);
    expect(allowedTransitions("dropped")).toEqual(["planned", "in_progress"]);
    expect(isTransitionAllowed("completed", "idea")).toBe(false);
    expect(isTransitionAllowed("completed", "dropped")).toBe(false);
    expect(isTransitionAllowed("completed", "merged")).toBe(false);
    expect(isTransitionAllowed("dropped", "completed")).toBe(false);
    expect(isTransitionAllowed("dropped", "merged")).toBe(false);
    expect(isTransitionAllowed("dropped", "proposed")).toBe(false);
  });

  it("treats merged as final", () => {
    expect(allowedTransitions("merged")).toEqual([]);
    for (const s of MEASURE_STATUSES) {
      expect(isTransitionAllowed("merged", s)).toBe(false);
    }
  });

  it("returns a fresh array each time", () => {
    const a = allowedTransitions("completed");
    a.push("idea");
    expect(allowedTransitions("completed")).toEqual(["planned", "in_progress"]);
  });
});

describe("isIsoDate", () => {
  it("accepts real dates", () => {
    expect(isIsoDate("2019-06-30")).toBe(true);
    expect(isIsoDate("2020-02-29")).toBe(true);
    expect(isIsoDate("2000-02-29")).toBe(true);
    expect(isIsoDate("2019-12-31")).toBe(true);
  });

  it("rejects malformed or impossible dates", () => {
    for (const s of [
      "",
      "2019",
      "2019-6-30",
      "30.06.2019",
      "2019-06-30T00:00:00Z",
      "2019-02-29",
      "1900-02-29",
      "2019-02-30",
      "2019-04-31",
      "2019-13-01",
      "2019-00-10",
      "2019-01-00",
      " 2019-01-01x",
    ]) {
      expect(isIsoDate(s), s).toBe(false);
    }
  });
});

describe("validateTransition", () => {
  it("accepts a plain allowed transition", () => {
    expect(validateTransition({ from: "idea", to: "proposed" })).toEqual({ ok: true });
    expect(validateTransition({ from: "in_progress", to: "planned" })).toEqual({ ok: true });
  });

  it("rejects a transition that is not allowed", () => {
    expect(validateTransition({ from: "merged", to: "planned" })).toEqual({
      ok: false,
      field: "status",
      code: "transition_not_allowed",
    });
    expect(validateTransition({ from: "completed", to: "idea" })).toEqual({
      ok: false,
      field: "status",
      code: "transition_not_allowed",
    });
    expect(validateTransition({ from: "dropped", to: "completed", completedOn: "2020-01-01" })).toEqual({
      ok: false,
      field: "status",
      code: "transition_not_allowed",
    });
  });

  it("checks the transition before the required data", () => {
    expect(validateTransition({ from: "completed", to: "merged" })).toMatchObject({
      ok: false,
      code: "transition_not_allowed",
    });
  });

  it("allows reopening completed and dropped measures", () => {
    expect(validateTransition({ from: "completed", to: "in_progress" })).toEqual({ ok: true });
    expect(validateTransition({ from: "completed", to: "planned" })).toEqual({ ok: true });
    expect(validateTransition({ from: "dropped", to: "planned" })).toEqual({ ok: true });
  });

  describe("completed", () => {
    it("requires a completion date", () => {
      const expected = { ok: false, field: "completedOn", code: "completed_on_required" };
      expect(validateTransition({ from: "in_progress", to: "completed" })).toEqual(expected);
      expect(validateTransition({ from: "in_progress", to: "completed", completedOn: null })).toEqual(expected);
      expect(validateTransition({ from: "in_progress", to: "completed", completedOn: "" })).toEqual(expected);
      expect(validateTransition({ from: "in_progress", to: "completed", completedOn: "  " })).toEqual(expected);
    });

    it("requires the date to be YYYY-MM-DD and real", () => {
      for (const completedOn of ["01.06.2020", "2020-6-1", "2020-02-30", "yesterday", "2020-06"]) {
        expect(validateTransition({ from: "in_progress", to: "completed", completedOn }), completedOn).toMatchObject({
          ok: false,
          code: "completed_on_required",
        });
      }
    });

    it("accepts a valid date, even when skipping steps", () => {
      expect(validateTransition({ from: "in_progress", to: "completed", completedOn: "2020-06-01" })).toEqual({ ok: true });
      expect(validateTransition({ from: "idea", to: "completed", completedOn: "2020-06-01" })).toEqual({
        ok: true,
      });
      expect(validateTransition({ from: "planned", to: "completed", completedOn: " 2020-06-01 " })).toEqual({ ok: true });
    });
  });

  describe("dropped", () => {
    it("requires a non-blank reason", () => {
      const expected = { ok: false, field: "dropReason", code: "drop_reason_required" };
      expect(validateTransition({ from: "planned", to: "dropped" })).toEqual(expected);
      expect(validateTransition({ from: "planned", to: "dropped", dropReason: null })).toEqual(expected);
      expect(validateTransition({ from: "planned", to: "dropped", dropReason: "" })).toEqual(expected);
      expect(validateTransition({ from: "planned", to: "dropped", dropReason: " \n\t " })).toEqual(expected);
    });

    it("accepts a reason", () => {
      expect(validateTransition({ from: "idea", to: "dropped", dropReason: "Erstattet av nasjonal løsning" })).toEqual({ ok: true });
    });
  });

  describe("merged", () => {
    it("requires a merge target", () => {
      const expected = { ok: false, field: "mergedIntoId", code: "merge_target_required" };
      expect(validateTransition({ from: "planned", to: "merged", measureId: "m1" })).toEqual(expected);
      expect(validateTransition({ from: "planned", to: "merged", measureId: "m1", mergedIntoId: null })).toEqual(expected);
      expect(validateTransition({ from: "planned", to: "merged", measureId: "m1", mergedIntoId: "  " })).toEqual(expected);
    });

    it("rejects merging a measure into itself", () => {
      const expected = { ok: false, field: "mergedIntoId", code: "merge_target_self" };
      expect(validateTransition({ from: "planned", to: "merged", measureId: "m1", mergedIntoId: "m1" })).toEqual(expected);
      const uuid = "5f0c6a4e-0a8b-4c43-9a1e-2d3b4c5d6e7f";
      expect(
        validateTransition({
          from: "idea",
          to: "merged",
          measureId: uuid,
          mergedIntoId: uuid.toUpperCase(),
        }),
      ).toEqual(expected);
    });

    it("accepts another measure as target", () => {
      expect(validateTransition({ from: "in_progress", to: "merged", measureId: "m1", mergedIntoId: "m2" })).toEqual({ ok: true });
      // Without a known measure id (e.g. a new measure) only the target is required.
      expect(validateTransition({ from: "idea", to: "merged", mergedIntoId: "m2" })).toEqual({ ok: true });
    });
  });

  describe("unchanged status", () => {
    it("is accepted for statuses without required data", () => {
      for (const s of OPEN) {
        expect(validateTransition({ from: s, to: s }), s).toEqual({ ok: true });
      }
    });

    it("still requires the data of the current status", () => {
      expect(validateTransition({ from: "completed", to: "completed" })).toMatchObject({
        ok: false,
        code: "completed_on_required",
      });
      expect(validateTransition({ from: "completed", to: "completed", completedOn: "2021-03-04" })).toEqual({ ok: true });
      expect(validateTransition({ from: "dropped", to: "dropped", dropReason: "" })).toMatchObject({
        ok: false,
        code: "drop_reason_required",
      });
      expect(validateTransition({ from: "merged", to: "merged", measureId: "a", mergedIntoId: "b" })).toEqual({ ok: true });
      expect(validateTransition({ from: "merged", to: "merged", measureId: "a", mergedIntoId: "a" })).toMatchObject({ ok: false, code: "merge_target_self" });
    });
  });

  it("ignores data not needed by the target status", () => {
    expect(
      validateTransition({
        from: "planned",
        to: "in_progress",
        completedOn: "garbage",
        dropReason: "",
        mergedIntoId: "x",
        measureId: "x",
      }),
    ).toEqual({ ok: true });
  });
});
