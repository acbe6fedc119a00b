import { describe, expect, it } from "vitest";
import { AppError } from "~/kit/errors";
import { parseProgressPercent, parseRoundInput, parseStatusUpdateInput } from "./schema";

function fieldErrorsOf(fn: () => unknown): Record<string, { key: string }> {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error.fieldErrors ?? {};
    throw error;
  }
  throw new Error("expected a validation error");
}

describe("status update rules", () => {
  it("accepts progress as a whole number from 0 to 100, with or without a percent sign", () => {
    expect(parseProgressPercent("0")).toEqual({ ok: true, value: 0 });
    expect(parseProgressPercent(" 100 % ")).toEqual({ ok: true, value: 100 });
    expect(parseProgressPercent("")).toEqual({ ok: true, value: null });
    expect(parseProgressPercent(null)).toEqual({ ok: true, value: null });
  });

  it("rejects progress outside 0–100 or not a whole number", () => {
    expect(parseProgressPercent("101")).toEqual({ ok: false, key: "reporting.validation.progressRange" });
    expect(parseProgressPercent(-1)).toEqual({ ok: false, key: "reporting.validation.progressRange" });
    expect(parseProgressPercent("12,5")).toEqual({ ok: false, key: "reporting.validation.progressInteger" });
    expect(parseProgressPercent("mye")).toEqual({ ok: false, key: "reporting.validation.progressInteger" });
  });

  it("requires a period and reports every bad field at once", () => {
    const errors = fieldErrorsOf(() => parseStatusUpdateInput({ input: { periodLabel: " ", progressPercent: "150", overall: "blue" }, publish: true }));
    expect(errors.periodLabel.key).toBe("validation.required");
    expect(errors.progressPercent.key).toBe("reporting.validation.progressRange");
    expect(errors.overall.key).toBe("validation.invalidChoice");
  });

  it("keeps only parameters that have a light or a comment", () => {
    const input = parseStatusUpdateInput({
      input: {
        periodLabel: "Status pr. januar 2026",
        overall: "yellow",
        light_cost: "red",
        comment_cost: "Over budsjett",
        comment_risk: "Leverandør usikker",
        light_time: "",
      },
    });
    expect(input.parameters).toEqual({ cost: { light: "red", comment: "Over budsjett" }, risk: { light: null, comment: "Leverandør usikker" } });
    expect(input.overall).toBe("yellow");
  });

  it("allows a draft without an overall status but not publishing one", () => {
    const draft = parseStatusUpdateInput({ input: { periodLabel: "Status pr. januar 2026" } });
    expect(draft.overall).toBeNull();
    const errors = fieldErrorsOf(() => parseStatusUpdateInput({ input: { periodLabel: "Status pr. januar 2026", progressPercent: "x" }, publish: true }));
    expect(errors).toEqual({ overall: { key: "reporting.validation.overallRequired" }, progressPercent: { key: "reporting.validation.progressInteger" } });
    expect(parseStatusUpdateInput({ input: { periodLabel: "Status pr. januar 2026", overall: "green" }, publish: true }).overall).toBe("green");
  });

  it("checks a round's title, deadline and scope", () => {
    const errors = fieldErrorsOf(() => parseRoundInput({ title: "", deadline: "2026-02-30", statuses: ["unknown"] }));
    expect(Object.keys(errors).sort()).toEqual(["deadline", "statuses.0", "title"]);
    expect(parseRoundInput({ title: "Status pr. januar 2026", deadline: "2026-01-31" })).toEqual({
      title: "Status pr. januar 2026",
      deadline: "2026-01-31",
      sectorIds: [],
      statuses: [],
    });
  });
});
