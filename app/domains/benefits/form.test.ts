import { describe, expect, it } from "vitest";
import { isAppError } from "~/kit/errors";
import { benefitToFormValues, numberToFormValue, parseBenefitForm, parseIndicatorForm, parseMeasurementForm } from "./form";
import type { BenefitRow } from "./queries.server";
import { benefitInputSchema, EMPTY_BENEFIT, EMPTY_INDICATOR, indicatorInputSchema, measurementInputSchema, parseBenefitInput } from "./schema";

function formOf(entries: Array<[string, string]>): FormData {
  const form = new FormData();
  for (const [k, v] of entries) form.append(k, v);
  return form;
}

function fieldErrorsOf(run: () => unknown): Record<string, { key: string }> {
  try {
    run();
  } catch (error) {
    if (isAppError(error)) return (error.fieldErrors ?? {}) as Record<string, { key: string }>;
    throw error;
  }
  throw new Error("expected a validation error");
}

describe("parseBenefitForm", () => {
  it("reads texts, checkboxes and booleans so the schema accepts a freed-time benefit of 350 hours", () => {
    const input = parseBenefitForm(
      formOf([
        ["title", "Digital søknad"],
        ["type", "freed_capacity"],
        ["beneficiaries", ""],
        ["beneficiaries", "employees"],
        ["beneficiaries", "citizens"],
        ["beneficiaries", "employees"],
        ["quantitative", "false"],
        ["quantitative", "true"],
        ["disbenefit", "false"],
        ["status", "planned"],
        ["recurrence", "annual"],
        ["plannedHoursPerYear", "350"],
        ["plannedNokPerYear", ""],
        ["periodFrom", "2025-01-01"],
        ["periodTo", "2027-12-31"],
      ]),
    );
    expect(input.beneficiaries).toEqual(["employees", "citizens"]);
    expect(input.quantitative).toBe(true);
    expect(input.disbenefit).toBe(false);
    const parsed = parseBenefitInput(benefitInputSchema, { ...EMPTY_BENEFIT, ...input });
    expect(parsed.plannedHoursPerYear).toBe(350);
    expect(parsed.plannedNokPerYear).toBeNull();
    expect(parsed.beneficiaries).toEqual(["employees", "citizens"]);
  });

  it("reads the chosen goals without the empty marker or duplicates", () => {
    const id = "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b";
    expect(
      parseBenefitForm(
        formOf([
          ["goalIds", ""],
          ["goalIds", id],
          ["goalIds", id],
        ]),
      ).goalIds,
    ).toEqual([id]);
    expect(parseBenefitForm(formOf([["goalIds", ""]])).goalIds).toEqual([]);
  });

  it("leaves out fields that are not in the form (so an update keeps them)", () => {
    const input = parseBenefitForm(formOf([["title", "X"]]));
    expect(input).toEqual({ title: "X" });
  });

  it("negative hours are rejected with the catalogue message", () => {
    const input = parseBenefitForm(
      formOf([
        ["title", "X"],
        ["type", "freed_capacity"],
        ["status", "proposed"],
        ["recurrence", "annual"],
        ["plannedHoursPerYear", "-5"],
      ]),
    );
    const errors = fieldErrorsOf(() => parseBenefitInput(benefitInputSchema, { ...EMPTY_BENEFIT, ...input }));
    expect(errors.plannedHoursPerYear?.key).toBe("benefits.hoursNonNegative");
  });
});

describe("parseIndicatorForm", () => {
  it("an unchecked valuation box is false; target equal to baseline is rejected", () => {
    const input = parseIndicatorForm(
      formOf([
        ["name", "Timer til saksbehandling"],
        ["unit", "hours"],
        ["direction", "lower_is_better"],
        ["baselineValue", "1 000"],
        ["targetValue", "1000"],
        ["frequency", "yearly"],
        ["isValuationIndicator", "false"],
      ]),
    );
    expect(input.isValuationIndicator).toBe(false);
    const errors = fieldErrorsOf(() => parseBenefitInput(indicatorInputSchema, { ...EMPTY_INDICATOR, ...input }));
    expect(errors.targetValue?.key).toBe("benefits.targetEqualsBaseline");
  });

  it("a checked valuation box is true", () => {
    expect(
      parseIndicatorForm(
        formOf([
          ["isValuationIndicator", "false"],
          ["isValuationIndicator", "true"],
        ]),
      ).isValuationIndicator,
    ).toBe(true);
  });
});

describe("parseMeasurementForm", () => {
  it("maps an empty assessment to null and keeps the indicator id", () => {
    const { indicatorId, input } = parseMeasurementForm(
      formOf([
        ["indicatorId", " abc "],
        ["measuredOn", "2025-06-30"],
        ["value", "800"],
        ["comment", ""],
        ["assessment", ""],
      ]),
    );
    expect(indicatorId).toBe("abc");
    expect(input).toEqual({ measuredOn: "2025-06-30", value: "800", comment: "", assessment: null });
    expect(measurementInputSchema("hours").parse(input)).toMatchObject({ value: 800, comment: null, assessment: null });
  });

  it("a missing date and a non-number are rejected", () => {
    const noDate = parseMeasurementForm(
      formOf([
        ["measuredOn", ""],
        ["value", "800"],
      ]),
    ).input;
    expect(fieldErrorsOf(() => parseBenefitInput(measurementInputSchema("hours"), noDate)).measuredOn?.key).toBe("validation.required");
    const notNumber = parseMeasurementForm(
      formOf([
        ["measuredOn", "2025-06-30"],
        ["value", "mye"],
      ]),
    ).input;
    expect(fieldErrorsOf(() => parseBenefitInput(measurementInputSchema("hours"), notNumber)).value?.key).toBe("validation.number");
  });
});

describe("benefitToFormValues", () => {
  it("turns a stored benefit into form values", () => {
    const row = {
      id: "b",
      municipalityId: "m",
      measureId: "x",
      title: "T",
      description: null,
      type: "freed_capacity",
      beneficiaries: ["employees"],
      quantitative: true,
      disbenefit: false,
      ownerUserId: null,
      ownerText: "Leder",
      managerUserId: null,
      managerText: null,
      periodFrom: "2025-01-01",
      periodTo: null,
      assumptions: null,
      risks: null,
      status: "planned",
      statusReason: null,
      alternativeUse: null,
      recurrence: "annual",
      plannedHoursPerYear: 350.5,
      plannedNokPerYear: null,
      version: 1,
      createdAt: new Date(),
      updatedAt: new Date(),
    } satisfies BenefitRow;
    const values = benefitToFormValues(row);
    expect(values).toMatchObject({
      title: "T",
      description: "",
      beneficiaries: ["employees"],
      quantitative: "true",
      plannedHoursPerYear: "350,5",
      plannedNokPerYear: "",
      periodTo: "",
    });
    expect(numberToFormValue(null)).toBe("");
    // Round trip: the form values parse back to the same amount.
    const parsed = parseBenefitInput(benefitInputSchema, {
      ...EMPTY_BENEFIT,
      ...parseBenefitForm(
        formOf(Object.entries(values).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x] as [string, string]) : [[k, v] as [string, string]]))),
      ),
    });
    expect(parsed.plannedHoursPerYear).toBe(350.5);
  });
});
