/**
 * The i18n runtime. The catalogue itself is assembled by the domain registry (app/domains/index.ts) from every
 * domain's messages and installed here when the registry module loads; the key type comes from the registry through
 * the `Register` interface below, so this module imports no domain.
 */
export const LANGUAGES = ["nb", "nn"] as const;
export type Lang = (typeof LANGUAGES)[number];

/** Filled in by the registry (declaration merging) with the catalogue's bokmål messages. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Register {}

export type MessageKey = Register extends { catalogue: infer C } ? keyof C & string : string;
export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;
export type Catalogue = Record<Lang, Record<string, string>>;

let installed: Catalogue = { nb: {}, nn: {} };

/** Called once by the registry with the assembled catalogue. */
export function installCatalogue(catalogue: Catalogue): void {
  installed = catalogue;
}

export function isLang(value: unknown): value is Lang {
  return value === "nb" || value === "nn";
}

/** Looks a key up; unknown keys (e.g. from error payloads) fall back to the key itself. */
export function translate(lang: Lang, key: string, params?: MessageParams): string {
  const template = installed[lang][key] ?? installed.nb[key] ?? key;
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
