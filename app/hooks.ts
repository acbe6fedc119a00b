import { useRouteLoaderData } from "react-router";
import { createTranslator, type Lang, type Translate } from "~/i18n";
import { usePublicLang } from "~/domains/public/paths";
import type { loader as rootLoader } from "~/root";

type RootData = Awaited<ReturnType<typeof rootLoader>>["data"];

export function useRootData(): RootData {
  const value = useRouteLoaderData<typeof rootLoader>("root");
  if (!value) throw new Error("Root loader data is missing");
  return value;
}

export function useOptionalRootData(): RootData | undefined {
  return useRouteLoaderData<typeof rootLoader>("root");
}

/** The user's language; on a public plan page, the municipality's language form. */
export function useLang(): Lang {
  const publicLang = usePublicLang();
  const rootLang = useOptionalRootData()?.lang;
  return publicLang ?? rootLang ?? "nb";
}

export function useT(): Translate {
  return createTranslator(useLang());
}
