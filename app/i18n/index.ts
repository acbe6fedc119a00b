import { auth } from "../domains/tenancy/messages";
import { benefitMap } from "../domains/benefits/messages.benefit-map";
import { benefitRecords } from "../domains/benefits/messages.benefit-records";
import { benefits } from "../domains/benefits/messages";
import { common } from "../kit/messages";
import { dashboard } from "../domains/dashboard/messages";
import { importMessages } from "../domains/import/messages";
import { importColumnsMessages } from "../domains/import/messages.columns";
import { importReview } from "../domains/import/messages.review";
import { measures } from "../domains/measures/messages";
import { plan } from "../domains/plan/messages";
import { admin } from "../domains/tenancy/messages.admin";
import { benefitPortfolio } from "../domains/benefits/messages.benefit-portfolio";
import { reporting } from "../domains/reporting/messages";
import { publicPlan } from "../domains/public/messages";
import { exportMessages } from "../domains/reporting/messages.exports";
import { report } from "../domains/report/messages";

export const LANGUAGES = ["nb", "nn"] as const;
export type Lang = (typeof LANGUAGES)[number];

const parts = [common, auth, measures, plan, dashboard, admin, benefits, benefitPortfolio, benefitMap, benefitRecords, reporting, importMessages, importReview, importColumnsMessages, publicPlan, exportMessages, report];

type Catalogue = typeof common.nb &
  typeof auth.nb &
  typeof measures.nb &
  typeof plan.nb &
  typeof dashboard.nb &
  typeof admin.nb &
  typeof benefits.nb &
  typeof benefitPortfolio.nb &
  typeof benefitMap.nb &
  typeof benefitRecords.nb &
  typeof reporting.nb &
  typeof importMessages.nb &
  typeof importReview.nb &
  typeof importColumnsMessages.nb &
  typeof publicPlan.nb &
  typeof exportMessages.nb &
  typeof report.nb;
export type MessageKey = keyof Catalogue;

export const catalogue: Record<Lang, Record<string, string>> = {
  nb: Object.assign({}, ...parts.map((p) => p.nb)),
  nn: Object.assign({}, ...parts.map((p) => p.nn)),
};

export function isLang(value: unknown): value is Lang {
  return value === "nb" || value === "nn";
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Looks a key up; unknown keys (e.g. from error payloads) fall back to the key itself. */
export function translate(lang: Lang, key: string, params?: Record<string, string | number>): string {
  const template = catalogue[lang][key] ?? catalogue.nb[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

export function createTranslator(lang: Lang): Translate {
  return (key, params) => translate(lang, key, params);
}

/**
 * The Intl locales for a language form. Browsers often have no nynorsk data (Chromium has none) and would fall back
 * to English; bokmål writes numbers and dates the same way, so it is the fallback, and the server and the browser
 * render the same text.
 */
export function intlLocales(lang: Lang): string[] {
  return lang === "nn" ? ["nn-NO", "nb-NO"] : ["nb-NO"];
}

export function formatNumber(lang: Lang, value: number): string {
  return new Intl.NumberFormat(intlLocales(lang), { maximumFractionDigits: 0 }).format(value);
}

/** A number with up to `maxDecimals` decimals in Norwegian format ("0,21", "1 234,5"). */
export function formatDecimal(lang: Lang, value: number, maxDecimals = 2): string {
  return new Intl.NumberFormat(intlLocales(lang), { maximumFractionDigits: maxDecimals }).format(value);
}

export function formatDate(lang: Lang, value: string | Date): string {
  const date = typeof value === "string" ? new Date(value) : value;
  return new Intl.DateTimeFormat(intlLocales(lang), { dateStyle: "medium", timeZone: "Europe/Oslo" }).format(date);
}

export function formatDateTime(lang: Lang, value: string | Date): string {
  const date = typeof value === "string" ? new Date(value) : value;
  return new Intl.DateTimeFormat(intlLocales(lang), { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Oslo" }).format(date);
}
