import { useMatches } from "react-router";
import { isLang, type Lang } from "~/kit/i18n";

/** /kommune/<kommunenummer>…: the public plan pages (not the open data API). */
export function isPublicPagePath(pathname: string): boolean {
  return /^\/kommune(\/|\.data$|$)/.test(pathname);
}

/** Route modules of the public pages export `handle = PUBLIC_PAGE_HANDLE`. */
export const PUBLIC_PAGE_HANDLE = { publicPage: true } as const;

/** Whether the current page is a public plan page (it then renders its own layout). */
export function usePublicPage(): boolean {
  return useMatches().some((match) => (match.handle as { publicPage?: boolean } | undefined)?.publicPage === true);
}

/** The language form of the municipality whose public page this is (its loader returns `publicLang`), if any. */
export function usePublicLang(): Lang | null {
  for (const match of useMatches()) {
    const value = (match.loaderData as { publicLang?: unknown } | undefined)?.publicLang;
    if (isLang(value)) return value;
  }
  return null;
}

export function publicPlanPath(code: string): string {
  return `/kommune/${code}`;
}

export function publicMeasurePath(code: string, measureCode: string): string {
  return `/kommune/${code}/tiltak/${encodeURIComponent(measureCode)}`;
}
