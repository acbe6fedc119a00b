import type { z } from "zod";
import { parseInput } from "~/kit/validation";
import { addMemberSchema, createTokenSchema } from "./schema";

/**
 * Turns submitted HTML forms into the input objects of the tenancy mutations. Missing fields become
 * undefined so that the zod schemas report them as required; the mutations validate again.
 */
function text(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
}

function texts(form: FormData, name: string): string[] {
  return form.getAll(name).filter((value): value is string => typeof value === "string" && value !== "");
}

/** An empty password field means "no password" (the e-mail already has an account). */
export function addMemberFormInput(form: FormData): z.output<typeof addMemberSchema> {
  return parseInput(addMemberSchema, {
    email: text(form, "email") ?? "",
    name: text(form, "name") ?? "",
    role: text(form, "role"),
    sectorIds: texts(form, "sectorIds"),
    password: text(form, "password") || undefined,
  });
}

export function updateMemberFormInput(form: FormData) {
  return { role: text(form, "role"), sectorIds: texts(form, "sectorIds") };
}

export function sectorFormInput(form: FormData) {
  return { name: text(form, "name") ?? "", codePrefix: text(form, "codePrefix") ?? "" };
}

export function municipalitySettingsFormInput(form: FormData) {
  return { name: text(form, "name") ?? "", language: text(form, "language") };
}

export function createTokenFormInput(form: FormData): z.output<typeof createTokenSchema> {
  return parseInput(createTokenSchema, { name: text(form, "name") ?? "", role: text(form, "role") });
}

/** The value of a hidden field such as `intent` or `id`; empty when missing. */
export function formText(form: FormData, name: string): string {
  return text(form, name) ?? "";
}
