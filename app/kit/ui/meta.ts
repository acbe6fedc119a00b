import { createTranslator, isLang, type Translate } from "~/kit/i18n";

/** `<title>` for a page, in the user's language (taken from the root loader data). */
export function metaTitle(matches: readonly unknown[], make: (t: Translate) => string) {
  const root = matches.find((m) => typeof m === "object" && m !== null && (m as { id?: unknown }).id === "root") as
    { loaderData?: { lang?: unknown } } | undefined;
  const lang = root?.loaderData?.lang;
  const t = createTranslator(isLang(lang) ? lang : "nb");
  return [{ title: `${make(t)} – ${t("app.name")}` }];
}
