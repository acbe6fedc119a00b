import type { z } from "zod";
import { readText, readTexts } from "~/kit/form";
import { parseInput } from "~/kit/validation";
import { addMemberSchema, createTokenSchema } from "./schema";

/**
 * Turns submitted HTML forms into the input objects of the tenancy mutations. Missing fields become
 * undefined so that the zod schemas report them as required; the mutations validate again.
 */

/** The chosen sectors; the hidden empty value that marks the choice as sent is left out. */
function sectorIds(form: FormData): string[] {
  return readTexts({ form, name: "sectorIds" }).filter((value) => value !== "");
}

/** An empty password field means "no password" (the e-mail already has an account). */
export function addMemberFormInput(form: FormData): z.output<typeof addMemberSchema> {
  return parseInput(addMemberSchema, {
    email: readText({ form, name: "email" }) ?? "",
    name: readText({ form, name: "name" }) ?? "",
    role: readText({ form, name: "role" }),
    sectorIds: sectorIds(form),
    password: readText({ form, name: "password" }) || undefined,
  });
}

export function updateMemberFormInput(form: FormData) {
  return { role: readText({ form, name: "role" }), sectorIds: sectorIds(form) };
}

export function sectorFormInput(form: FormData) {
  return { name: readText({ form, name: "name" }) ?? "", codePrefix: readText({ form, name: "codePrefix" }) ?? "" };
}

export function municipalitySettingsFormInput(form: FormData) {
  return { name: readText({ form, name: "name" }) ?? "", language: readText({ form, name: "language" }) };
}

export function createTokenFormInput(form: FormData): z.output<typeof createTokenSchema> {
  return parseInput(createTokenSchema, { name: readText({ form, name: "name" }) ?? "", role: readText({ form, name: "role" }) });
}

/** The value of a hidden field such as `intent` or `id`; empty when missing. */
export function formText(form: FormData, name: string): string {
  return readText({ form, name }) ?? "";
}
