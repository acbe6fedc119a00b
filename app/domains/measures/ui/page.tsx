import { ErrorContent } from "~/kit/ui/route-error";
// Page-level helpers shared by the measure routes.
import "./measures.css";
import { Heading, Paragraph, Tag } from "@digdir/designsystemet-react";
import { useEffect, useRef } from "react";
import { isRouteErrorResponse, Link, useRouteError } from "react-router";
import { useT } from "~/kit/ui/page-context";
import { createTranslator, isLang, type Translate } from "~/kit/i18n";
import type { MessageRef } from "~/kit/errors";
import { statusColor, statusLabel } from "./format";

/** `<title>` from the root loader's language. */
export function metaTitle(matches: readonly unknown[], make: (t: Translate) => string) {
  const root = matches.find((m) => typeof m === "object" && m !== null && (m as { id?: unknown }).id === "root") as
    | { loaderData?: { lang?: unknown } }
    | undefined;
  const lang = root?.loaderData?.lang;
  const t = createTranslator(isLang(lang) ? lang : "nb");
  return [{ title: `${make(t)} – ${t("app.name")}` }];
}

/**
 * Moves focus (and the view) to an element when it appears, e.g. a conflict notice above a long form
 * that was submitted with JavaScript. Without JavaScript the notice is simply at the top of the page.
 */
export function useFocusOnMount<T extends HTMLElement>(key: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (key) ref.current?.focus();
  }, [key]);
  return ref;
}

/** The status as a coloured tag that always carries its name. */
export function StatusTag({ status }: { status: string }) {
  const t = useT();
  return (
    <Tag data-color={statusColor(status)} data-size="sm">
      {statusLabel(t, status)}
    </Tag>
  );
}

export type FailureState = {
  ok: false;
  fieldErrors: Record<string, MessageRef>;
  formError: MessageRef | null;
  values: Record<string, string | string[]>;
  details?: Record<string, unknown>;
};

/** The failed submission in action data, if any. */
export function failureOf(result: unknown): FailureState | undefined {
  if (!result || typeof result !== "object" || !("ok" in result) || result.ok !== false) return undefined;
  return result as FailureState;
}

/** Error keys from the schema point into arrays ("tags.3", "goalIds.0"); the form has one field for them. */
export function normalizeFieldErrors(errors: Record<string, MessageRef>): Record<string, MessageRef> {
  const out: Record<string, MessageRef> = {};
  for (const [key, ref] of Object.entries(errors)) {
    const match = /^(tags|goalIds|dependsOnIds)\.\d+/.exec(key);
    const costLine = /^costs\.(\d+)$/.exec(key);
    const field = match ? match[1] : costLine ? `costs.${costLine[1]}.amountNok` : key;
    if (!out[field]) out[field] = ref;
  }
  return out;
}

/** Route error page inside the layout, with a way back to the portfolio. */
export function MeasuresErrorBoundary() {
  const t = useT();
  return <ErrorContent error={useRouteError()} backHref="/measures" backLabel={t("measures.backToList")} />;
}
