import { z } from "zod";
import { MEASURE_STATUSES } from "~/domains/measures";
import { ACCESSIBILITY_URL_MAX } from "./constants";
import { readText, readTexts } from "~/kit/form";

/** An http(s) address, or empty for none (checked with isHttpUrl by the mutation, which has its own message). */
const accessibilityStatementUrl = z
  .string()
  .trim()
  .max(ACCESSIBILITY_URL_MAX)
  .transform((value) => (value === "" ? null : value));

/** An absolute http(s) address with a host name that has a dot (https://kommune.no/uu). */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

/** The municipality's public plan settings (admin settings page). */
export const publicPlanSettingsSchema = z.object({
  publicPlanEnabled: z.boolean(),
  publicShowCosts: z.boolean(),
  accessibilityStatementUrl,
});


/** Filters of the public plan page (GET form): one sector, one status, one goal, and free text. */
export const publicFilterSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined).transform((v) => v || undefined),
  sector: z.uuid().optional().catch(undefined),
  status: z.enum(MEASURE_STATUSES).optional().catch(undefined),
  goal: z.uuid().optional().catch(undefined),
});

export type PublicFilter = z.output<typeof publicFilterSchema>;

/** Reads the filters from a query string; an invalid value is ignored rather than failing the page. */
export function parsePublicFilter(params: URLSearchParams): PublicFilter {
  const value = (name: string) => params.get(name) || undefined;
  return publicFilterSchema.parse({ q: value("q"), sector: value("sector"), status: value("status"), goal: value("goal") });
}

/** The settings form: checkboxes send "true" when checked (a hidden "false" marks them as present); only "true" counts. */
export function publicPlanSettingsFormInput(form: FormData) {
  const checked = (name: string) => readTexts({ form, name }).includes("true");
  return {
    publicPlanEnabled: checked("publicPlanEnabled"),
    publicShowCosts: checked("publicShowCosts"),
    accessibilityStatementUrl: readText({ form, name: "accessibilityStatementUrl" }) ?? "",
  };
}

/** The page of the public measure list (?page=2); anything that is not a page number gives the first page. */
export function parsePublicPage(params: URLSearchParams): number {
  const raw = params.get("page") ?? "";
  return /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : 1;
}
