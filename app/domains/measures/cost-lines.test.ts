import { describe, expect, it } from "vitest";
import { costLines, lineCount, lineFilled } from "./cost-lines";
import { pageWindow, withParams } from "./ui/portfolio";
import { MEASURE_FORM_ERROR_FIELDS } from "./ui/page";
import { normalizeFieldErrors } from "~/kit/ui/failure";

describe("cost lines in the form", () => {
  it("shows two empty lines for a measure without costs", () => {
    expect(costLines({})).toEqual({ count: 2, filled: [false, false] });
  });

  it("adds empty lines after the stored ones", () => {
    const values = { "costs.0.amountNok": "150 000", "costs.1.recurrence": "annual" };
    expect(costLines(values)).toEqual({ count: 4, filled: [true, true, false, false] });
  });

  it("keeps submitted indices and only tops up the trailing empty lines", () => {
    const values = { "costs.0.amountNok": "", "costs.1.amountNok": "x", "costs.2.amountNok": "", "costs.3.amountNok": "" };
    expect(costLines(values).count).toBe(4);
    expect(lineCount({ "costs.7.year": "" })).toBe(8);
    expect(lineFilled({ "costs.0.description": "  " }, 0)).toBe(false);
  });
});

describe("portfolio helpers", () => {
  it("windows page numbers with gaps", () => {
    expect(pageWindow(1, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageWindow(1, 20)).toEqual([1, 2, 3, 4, 0, 20]);
    expect(pageWindow(10, 20)).toEqual([1, 0, 9, 10, 11, 0, 20]);
    expect(pageWindow(20, 20)).toEqual([1, 0, 17, 18, 19, 20]);
  });

  it("replaces query parameters and keeps the rest", () => {
    const params = new URLSearchParams("status=idea&status=planned&page=3&q=søk");
    expect(withParams(params, { page: undefined, sort: "title" })).toBe("?status=idea&status=planned&q=s%C3%B8k&sort=title");
    expect(withParams(new URLSearchParams(), {})).toBe("?");
  });

  it("points array errors at the form field", () => {
    expect(
      normalizeFieldErrors({
        fieldErrors: { "tags.2": { key: "a" }, "goalIds.0": { key: "b" }, "costs.1": { key: "c" }, title: { key: "d" } },
        ...MEASURE_FORM_ERROR_FIELDS,
      }),
    ).toEqual({
      tags: { key: "a" },
      goalIds: { key: "b" },
      "costs.1.amountNok": { key: "c" },
      title: { key: "d" },
    });
  });
});
