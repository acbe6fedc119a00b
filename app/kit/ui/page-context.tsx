import { createContext, type ReactNode, useContext } from "react";
import { createTranslator, type Lang, type Translate } from "~/kit/i18n";

/** What every page shares, provided by the app shell (root.tsx): the language in use and the CSRF token. */
export interface PageContextValue {
  lang: Lang;
  csrf: string;
}

const PageContext = createContext<PageContextValue>({ lang: "nb", csrf: "" });

export function PageContextProvider({ value, children }: { value: PageContextValue; children: ReactNode }) {
  return <PageContext.Provider value={value}>{children}</PageContext.Provider>;
}

/** The user's language; on a public plan page, the municipality's language form. */
export function useLang(): Lang {
  return useContext(PageContext).lang;
}

export function useT(): Translate {
  return createTranslator(useLang());
}

export function useCsrfToken(): string {
  return useContext(PageContext).csrf;
}
