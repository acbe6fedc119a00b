import { describe, expect, it } from "vitest";
import { AppError } from "~/kit/errors";
import { addMemberFormInput, createTokenFormInput, formText, municipalitySettingsFormInput, sectorFormInput, updateMemberFormInput } from "./form-input";

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
    return (error as AppError).fieldErrors ?? {};
  }
  throw new Error("expected a validation error");
}

const SECTOR = "3f2b8c1e-5d4a-4e2b-9c1d-0a1b2c3d4e5f";

describe("tenancy form input", () => {
  it("reads a new member with several sectors and treats an empty password as none", () => {
    const input = addMemberFormInput(
      form([
        ["email", " Ny@Kommune.no "],
        ["name", "Ny Person"],
        ["role", "coordinator"],
        ["sectorIds", SECTOR],
        ["sectorIds", ""],
        ["password", ""],
      ]),
    );
    expect(input).toEqual({ email: "ny@kommune.no", name: "Ny Person", role: "coordinator", sectorIds: [SECTOR], password: undefined });
  });

  it("reports missing and invalid member fields by name", () => {
    const errors = fieldErrorsOf(() =>
      addMemberFormInput(
        form([
          ["email", "nope"],
          ["password", "kort"],
        ]),
      ),
    );
    expect(errors.email.key).toBe("validation.email");
    expect(errors.name.key).toBe("validation.required");
    expect(errors.role.key).toBe("validation.invalidChoice");
    expect(errors.password.key).toBe("validation.password");
  });

  it("reads the other admin forms", () => {
    expect(updateMemberFormInput(form([["role", "reader"]]))).toEqual({ role: "reader", sectorIds: [] });
    expect(
      sectorFormInput(
        form([
          ["name", "Helse"],
          ["codePrefix", "ho"],
        ]),
      ),
    ).toEqual({ name: "Helse", codePrefix: "ho" });
    expect(sectorFormInput(form([]))).toEqual({ name: "", codePrefix: "" });
    expect(
      municipalitySettingsFormInput(
        form([
          ["name", "Halden"],
          ["language", "nn"],
        ]),
      ),
    ).toEqual({ name: "Halden", language: "nn" });
    expect(
      createTokenFormInput(
        form([
          ["name", " BI "],
          ["role", "reader"],
        ]),
      ),
    ).toEqual({ name: "BI", role: "reader" });
    expect(
      fieldErrorsOf(() =>
        createTokenFormInput(
          form([
            ["name", "BI"],
            ["role", "contributor"],
          ]),
        ),
      ).role.key,
    ).toBe("validation.invalidChoice");
    expect(formText(form([["intent", "x"]]), "intent")).toBe("x");
    expect(formText(form([]), "intent")).toBe("");
  });
});
