import { describe, expect, it } from "vitest";
import { AppError } from "~/kit/errors";
import {
  allowedSectorIds,
  formStatusChoices,
  groupThousands,
  diffSnapshots,
  inputToFormValues,
  measureSnapshot,
  mergedInput,
  parseAmount,
  parseInteger,
  parseMeasureFilter,
  parseMeasureForm,
  parseStatusForm,
  parseTags,
  parseVersion,
  statusChangeChoices,
} from "./form";
import { EMPTY_MEASURE, type MeasureInput, measureInputSchema } from "./schema";

function form(entries: Array<[string, string]>): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

function fieldErrorsOf(fn: () => unknown): Record<string, { key: string }> {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("validation");
    return (error as AppError).fieldErrors ?? {};
  }
  throw new Error("expected a validation error");
}

const SECTOR = "3f2b8c1e-5d4a-4e2b-9c1d-0a1b2c3d4e5f";
const GOAL_A = "11111111-1111-4111-8111-111111111111";
const GOAL_B = "22222222-2222-4222-8222-222222222222";
const OTHER = "33333333-3333-4333-8333-333333333333";

const FULL_FORM: Array<[string, string]> = [
  ["code", " ho 26 "],
  ["title", "Utlånssystem for kommunale hjelpemidler"],
  ["description", "<script>alert(1)</script>"],
  ["sectorId", SECTOR],
  ["responsibleText", "Virksomhetsleder"],
  ["responsibleUserId", ""],
  ["userOriented", "false"],
  ["userOriented", "true"],
  ["tags", "velferdsteknologi, hjelpemidler, ,velferdsteknologi"],
  ["status", "proposed"],
  ["completedOn", ""],
  ["dropReason", ""],
  ["mergedIntoId", ""],
  ["planYear", "2020"],
  ["priority", " 1 "],
  ["startPeriod", "H18"],
  ["endPeriod", "V19"],
  ["benefitsCitizens", "Enklere å låne"],
  ["benefitsEmployees", ""],
  ["benefitsQuantitative", ""],
  ["goalIds", ""],
  ["goalIds", GOAL_A],
  ["goalIds", GOAL_B],
  ["dependsOnIds", ""],
  ["costs", ""],
  ["costs.0.amountNok", "20 000,-"],
  ["costs.0.usedNok", "7 500 kr"],
  ["costs.0.recurrence", "one_off"],
  ["costs.0.year", "2020"],
  ["costs.0.costType", "investment"],
  ["costs.0.fundingSource", "digitalisation_funds"],
  ["costs.0.description", ""],
  ["costs.1.amountNok", ""],
  ["costs.1.recurrence", ""],
  ["costs.1.year", ""],
  ["costs.1.costType", ""],
  ["costs.1.fundingSource", ""],
  ["costs.1.description", ""],
];

describe("parseAmount", () => {
  it.each([
    ["150000", 150000],
    ["150 000", 150000],
    ["150\u00a0000", 150000],
    ["150\u202f000", 150000],
    ["20 000,-", 20000],
    ["20 000,–", 20000],
    ["kr 20 000,-", 20000],
    ["150 000 kr", 150000],
    ["1.500.000", 1500000],
    ["1,500,000", 1500000],
    ["150000,00", 150000],
    ["1,5 mill", 1500000],
    ["2 mill.", 2000000],
    ["0", 0],
  ])("reads %j as %d", (raw, expected) => {
    expect(parseAmount(raw)).toEqual({ ok: true, value: expected });
  });

  it("treats an empty amount as unknown", () => {
    expect(parseAmount("")).toEqual({ ok: true, value: null });
    expect(parseAmount("   ")).toEqual({ ok: true, value: null });
  });

  it.each(["abc", "12 kr 50", "-5", "150,5", "1e6", "ukjent"])("rejects %j", (raw) => {
    expect(parseAmount(raw).ok).toBe(false);
  });
});

describe("parseInteger and parseTags", () => {
  it("reads whole numbers and empties", () => {
    expect(parseInteger(" 2019 ")).toEqual({ ok: true, value: 2019 });
    expect(parseInteger("")).toEqual({ ok: true, value: null });
    expect(parseInteger("2019.5").ok).toBe(false);
    expect(parseInteger("tjue").ok).toBe(false);
  });

  it("splits tags on commas and semicolons", () => {
    expect(parseTags("a, b ;c,, ")).toEqual(["a", "b", "c"]);
    expect(parseTags("")).toEqual([]);
  });
});

describe("parseMeasureForm", () => {
  it("converts a complete form and passes the measure schema", () => {
    const input = parseMeasureForm(form(FULL_FORM));
    expect(input).toMatchObject({
      code: " ho 26 ",
      sectorId: SECTOR,
      responsibleUserId: null,
      mergedIntoId: null,
      userOriented: true,
      tags: ["velferdsteknologi", "hjelpemidler", "velferdsteknologi"],
      planYear: 2020,
      priority: 1,
      goalIds: [GOAL_A, GOAL_B],
      dependsOnIds: [],
      costs: [
        {
          amountNok: 20000,
          usedNok: 7500,
          recurrence: "one_off",
          year: 2020,
          costType: "investment",
          fundingSource: "digitalisation_funds",
          description: null,
        },
      ],
    });
    const parsed = measureInputSchema.parse({ ...EMPTY_MEASURE, ...input });
    expect(parsed.code).toBe("HO26");
    expect(parsed.startPeriod).toBe("2018H2");
    expect(parsed.endPeriod).toBe("2019H1");
    expect(parsed.tags).toEqual(["velferdsteknologi", "hjelpemidler"]);
    expect(parsed.description).toBe("<script>alert(1)</script>");
  });

  it("reads an unchecked checkbox (only the hidden marker) as false", () => {
    const input = parseMeasureForm(
      form([
        ["userOriented", "false"],
        ["title", "x"],
      ]),
    );
    expect(input.userOriented).toBe(false);
  });

  it("leaves out fields that are not in the form, so updates keep them", () => {
    const input = parseMeasureForm(form([["title", "Ny tittel"]]));
    expect(input).toEqual({ title: "Ny tittel" });
  });

  it("reads an empty multi-choice marker as an empty list", () => {
    const input = parseMeasureForm(
      form([
        ["goalIds", ""],
        ["dependsOnIds", ""],
      ]),
    );
    expect(input).toEqual({ goalIds: [], dependsOnIds: [] });
  });

  it("ignores empty and removed cost lines and keeps an unknown amount", () => {
    const input = parseMeasureForm(
      form([
        ["costs", ""],
        ["costs.0.amountNok", "5000"],
        ["costs.0.recurrence", "annual"],
        ["costs.0.costType", "operating"],
        ["costs.0.remove", "true"],
        ["costs.1.amountNok", ""],
        ["costs.1.recurrence", "annual"],
        ["costs.1.costType", "operating"],
        ["costs.1.fundingSource", ""],
        ["costs.2.amountNok", ""],
      ]),
    );
    expect(input.costs).toEqual([
      { amountNok: null, usedNok: null, recurrence: "annual", year: null, costType: "operating", fundingSource: "unknown", description: null },
    ]);
  });

  it("reports a non-numeric amount on its own line, keyed by the line's place in the form", () => {
    const errors = fieldErrorsOf(() =>
      parseMeasureForm(
        form([
          ...FULL_FORM.filter(([key]) => !key.startsWith("costs.")),
          ["costs.0.amountNok", ""],
          ["costs.0.recurrence", ""],
          ["costs.0.costType", ""],
          ["costs.1.amountNok", "ca. tjue tusen"],
          ["costs.1.recurrence", "one_off"],
          ["costs.1.costType", "investment"],
          ["costs.1.year", "tjuetjue"],
        ]),
      ),
    );
    expect(errors).toEqual({
      "costs.1.amountNok": { key: "measures.cost.amount.invalid" },
      "costs.1.year": { key: "validation.year" },
    });
  });

  it("rejects a negative or non-numeric used amount with its own message", () => {
    const errors = fieldErrorsOf(() =>
      parseMeasureForm(
        form([
          ...FULL_FORM.filter(([key]) => !key.startsWith("costs.")),
          ["costs.0.amountNok", "10 000"],
          ["costs.0.usedNok", "-5000"],
          ["costs.0.recurrence", "one_off"],
          ["costs.0.costType", "investment"],
          ["costs.1.amountNok", "10 000"],
          ["costs.1.usedNok", "omtrent halvparten"],
          ["costs.1.recurrence", "one_off"],
          ["costs.1.costType", "investment"],
        ]),
      ),
    );
    expect(errors).toEqual({
      "costs.0.usedNok": { key: "measures.cost.used.invalid" },
      "costs.1.usedNok": { key: "measures.cost.used.invalid" },
    });
  });

  it("counts a line with only a used amount as filled", () => {
    const errors = fieldErrorsOf(() => parseMeasureForm(form([["costs.0.usedNok", "1000"]])));
    expect(errors["costs.0.recurrence"]).toEqual({ key: "validation.invalidChoice" });
  });

  it("asks for recurrence and cost type on a line that has an amount", () => {
    const errors = fieldErrorsOf(() => parseMeasureForm(form([["costs.0.amountNok", "1000"]])));
    expect(errors["costs.0.recurrence"]).toEqual({ key: "validation.invalidChoice" });
    expect(errors["costs.0.costType"]).toEqual({ key: "validation.invalidChoice" });
  });

  it("reports out-of-range cost years and amounts through the cost line schema", () => {
    const errors = fieldErrorsOf(() =>
      parseMeasureForm(
        form([
          ["costs.0.amountNok", "1000"],
          ["costs.0.recurrence", "annual"],
          ["costs.0.costType", "operating"],
          ["costs.0.year", "1999"],
          ["costs.1.amountNok", "200 000 000 000"],
          ["costs.1.recurrence", "annual"],
          ["costs.1.costType", "operating"],
          ["costs.1.fundingSource", "lottery"],
        ]),
      ),
    );
    expect(errors["costs.0.year"]).toEqual({ key: "validation.year" });
    expect(errors["costs.1.amountNok"]?.key).toBe("validation.max");
    expect(errors["costs.1.fundingSource"]).toEqual({ key: "validation.invalidChoice" });
  });

  it("reports non-numeric years and priorities together with the other fields' errors", () => {
    const errors = fieldErrorsOf(() =>
      parseMeasureForm(
        form([
          ...FULL_FORM.filter(([key]) => !["planYear", "priority", "title", "startPeriod"].includes(key)),
          ["planYear", "neste år"],
          ["priority", "høy"],
          ["title", ""],
          ["startPeriod", "snart"],
        ]),
      ),
    );
    expect(errors).toMatchObject({
      planYear: { key: "validation.year" },
      priority: { key: "validation.integer" },
      title: { key: "validation.required" },
      startPeriod: { key: "validation.period" },
    });
  });

  it("ignores crafted cost line indices beyond the limit", () => {
    const input = parseMeasureForm(form([["costs.999.amountNok", "5"]]));
    expect(input.costs).toBeUndefined();
  });
});

describe("parseVersion and parseStatusForm", () => {
  it("reads the version or rejects the request", () => {
    expect(parseVersion(form([["version", "3"]]))).toBe(3);
    for (const bad of ["", "0", "x", "-1", "1.5"]) {
      expect(() => parseVersion(form([["version", bad]]))).toThrow(AppError);
    }
    expect(() => parseVersion(form([]))).toThrow(AppError);
  });

  it("turns empty status fields into null", () => {
    expect(
      parseStatusForm(
        form([
          ["status", "dropped"],
          ["dropReason", " Ikke behov "],
          ["completedOn", ""],
          ["mergedIntoId", ""],
        ]),
      ),
    ).toEqual({
      status: "dropped",
      completedOn: null,
      dropReason: "Ikke behov",
      mergedIntoId: null,
    });
  });
});

describe("parseMeasureFilter", () => {
  it("parses valid filters", () => {
    const { filter, invalid } = parseMeasureFilter(
      new URLSearchParams(`q=velferd&sector=${SECTOR}&status=idea&status=planned&year=2020&userOriented=yes&sort=title&dir=desc&page=2`),
    );
    expect(invalid).toEqual([]);
    expect(filter).toMatchObject({
      q: "velferd",
      sector: [SECTOR],
      status: ["idea", "planned"],
      year: 2020,
      userOriented: "yes",
      sort: "title",
      dir: "desc",
      page: 2,
      pageSize: 25,
    });
  });

  it("ignores each invalid filter on its own", () => {
    const { filter, invalid } = parseMeasureFilter(new URLSearchParams("q=abc&goal=not-a-uuid&year=tjue&status=bogus&sort=random&page=-3&userOriented=maybe"));
    expect(invalid.sort()).toEqual(["goal", "page", "sort", "status", "userOriented", "year"]);
    expect(filter).toMatchObject({ q: "abc", status: [], sector: [], page: 1 });
    expect(filter.goal).toBeUndefined();
    expect(filter.year).toBeUndefined();
    expect(filter.sort).toBeUndefined();
  });

  it("treats empty values from a submitted GET form as no filter", () => {
    const { filter, invalid } = parseMeasureFilter(new URLSearchParams("q=&sector=&goal=&year=&userOriented=&responsible=&sort=code&dir=asc"));
    expect(invalid).toEqual([]);
    expect(filter).toMatchObject({ q: undefined, sector: [], goal: undefined, year: undefined, userOriented: undefined, responsible: undefined });
  });
});

const STORED: MeasureInput = {
  ...measureInputSchema.parse({ ...EMPTY_MEASURE, code: "HO26", title: "Utlån" }),
  sectorId: SECTOR,
  userOriented: true,
  tags: ["a", "b"],
  status: "planned",
  planYear: 2020,
  priority: 2,
  startPeriod: "2018H2",
  endPeriod: "continuous",
  goalIds: [GOAL_A],
  costs: [
    { amountNok: 150000, usedNok: 60000, recurrence: "one_off", year: 2019, costType: "investment", fundingSource: "digitalisation_funds", description: null },
  ],
};

describe("form values", () => {
  it("turns a stored measure into form values with plan-style periods", () => {
    const values = inputToFormValues(STORED, "nb");
    expect(values).toMatchObject({
      code: "HO26",
      sectorId: SECTOR,
      userOriented: "true",
      tags: "a, b",
      planYear: "2020",
      priority: "2",
      startPeriod: "H18",
      endPeriod: "Kontinuerlig",
      goalIds: [GOAL_A],
      "costs.0.amountNok": "150 000",
      "costs.0.usedNok": "60 000",
      "costs.0.year": "2019",
    });
    expect(inputToFormValues(STORED, "nn").endPeriod).toBe("Kontinuerleg");
  });

  it("round-trips through the form parser", () => {
    const values = inputToFormValues(STORED, "nb");
    const data = new FormData();
    for (const [key, value] of Object.entries(values)) for (const v of Array.isArray(value) ? value : [value]) data.append(key, v);
    data.append("goalIds", "");
    data.append("dependsOnIds", "");
    const parsed = measureInputSchema.parse({ ...EMPTY_MEASURE, ...parseMeasureForm(data) });
    expect(parsed).toEqual(STORED);
  });
});

describe("conflict comparison", () => {
  const lookups = {
    sectors: [{ id: SECTOR, name: "Helse og omsorg" }],
    users: [],
    goals: [
      { id: GOAL_A, number: "1.2" },
      { id: GOAL_B, number: "1.1" },
    ],
    measures: [{ id: OTHER, code: "TF04" }],
  };

  it("lists the fields that differ, with names instead of ids", () => {
    const yours = mergedInput(STORED, { title: "Utlånssystem", goalIds: [GOAL_A, GOAL_B], status: "planned", dropReason: "ignored" });
    expect(yours).not.toBeNull();
    const theirs: MeasureInput = { ...STORED, priority: 1 };
    const diff = diffSnapshots(measureSnapshot(yours!, lookups), measureSnapshot(theirs, lookups));
    expect(diff).toEqual([
      { field: "title", yours: "Utlånssystem", theirs: "Utlån" },
      { field: "priority", yours: 2, theirs: 1 },
      { field: "goals", yours: ["1.1", "1.2"], theirs: ["1.2"] },
    ]);
  });

  it("finds no difference between equal measures, and treats empty text like null", () => {
    expect(diffSnapshots(measureSnapshot(STORED, lookups), measureSnapshot({ ...STORED, description: null }, lookups))).toEqual([]);
  });

  it("gives null for input the schema rejects", () => {
    expect(mergedInput(STORED, { title: "" })).toBeNull();
  });
});

describe("what the forms offer", () => {
  const admin = { role: "admin" as const, userId: "u1", sectorIds: [] };
  const coordinator = { role: "coordinator" as const, userId: "u2", sectorIds: [SECTOR] };
  const contributor = { role: "contributor" as const, userId: "u3", sectorIds: [] };

  it("offers every status for a new measure, but only idea and proposed to contributors", () => {
    expect(formStatusChoices(admin, null)).toHaveLength(8);
    expect(formStatusChoices(contributor, null)).toEqual(["idea", "proposed"]);
  });

  it("offers the current status and the allowed transitions when editing", () => {
    expect(formStatusChoices(admin, "completed")).toEqual(["planned", "in_progress", "completed"]);
    expect(formStatusChoices(admin, "merged")).toEqual(["merged"]);
    expect(formStatusChoices(contributor, "proposed")).toEqual(["idea", "proposed", "in_progress", "completed", "dropped"]);
    expect(formStatusChoices(contributor, "planned")).toContain("planned");
    expect(statusChangeChoices(admin, "in_progress")).not.toContain("in_progress");
    expect(statusChangeChoices(admin, "merged")).toEqual([]);
  });

  it("limits coordinators to their sectors", () => {
    expect(allowedSectorIds(coordinator)).toEqual([SECTOR]);
    expect(allowedSectorIds({ ...coordinator, sectorIds: [] })).toBeNull();
    expect(allowedSectorIds(admin)).toBeNull();
    expect(allowedSectorIds(contributor)).toBeNull();
  });

  it("groups thousands with plain spaces", () => {
    expect(groupThousands(0)).toBe("0");
    expect(groupThousands(1500)).toBe("1 500");
    expect(groupThousands(1600000)).toBe("1 600 000");
    expect(parseAmount(groupThousands(1600000))).toEqual({ ok: true, value: 1600000 });
  });
});
