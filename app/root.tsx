import "@digdir/designsystemet-css";
import "@digdir/designsystemet-css/theme";
import "./styles/app.css";
import { data, Links, Meta, Outlet, Scripts, ScrollRestoration, type ShouldRevalidateFunctionArgs, useRouteError } from "react-router";
import type { Route } from "./+types/root";
// The registry installs the message catalogue when it loads, on the server and in the browser.
import "~/domains";
import { listNavigation } from "~/domains";
import { AppHeader } from "~/header";
import { createTranslator } from "~/kit/i18n";
import { PageContextProvider } from "~/kit/ui/page-context";
import { ErrorContent } from "~/kit/ui/route-error";
import { useOptionalRootData } from "~/hooks";
import { getPreferredLanguage, requireContext } from "~/domains/tenancy/index.server";
import { isPublicPagePath, usePublicLang, usePublicPage } from "~/domains/public";
import { isAppError } from "~/kit/errors";
import { ensureCsrfToken } from "~/kit/http.server";

export async function loader({ request }: Route.LoaderArgs) {
  // The public plan pages look the same to everyone: no session, no cookies set, nothing about the visitor in the page.
  const isPublic = isPublicPagePath(new URL(request.url).pathname);
  const { token, setCookie } = isPublic ? { token: "", setCookie: null } : await ensureCsrfToken(request);
  let context = null;
  try {
    if (!isPublic) context = await requireContext(request);
  } catch (error) {
    if (!isAppError(error)) throw error;
  }
  const lang = context?.lang ?? (isPublic ? null : await getPreferredLanguage(request)) ?? "nb";
  return data(
    {
      csrf: token,
      lang,
      user: context?.user ?? null,
      municipality: context?.municipality ?? null,
      role: context?.principal.role ?? null,
      memberships: context?.memberships ?? [],
      // Only signed-in pages have a menu; the public pages' root data stays exactly the anonymous shell.
      ...(context ? { navigation: listNavigation({ role: context.principal.role }) } : {}),
    },
    { headers: setCookie ? { "Set-Cookie": setCookie } : undefined },
  );
}

/** Moving between a public plan page and the app changes what the root data holds (session, CSRF token): load it again. */
export function shouldRevalidate({ currentUrl, nextUrl, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
  if (isPublicPagePath(currentUrl.pathname) !== isPublicPagePath(nextUrl.pathname)) return true;
  return defaultShouldRevalidate;
}

export function meta() {
  return [{ title: createTranslator("nb")("app.name") }];
}

export function Layout({ children }: { children: React.ReactNode }) {
  const root = useOptionalRootData();
  // On a public plan page, the municipality's language form; elsewhere the user's.
  const lang = usePublicLang() ?? root?.lang ?? "nb";
  return (
    <html lang={lang} data-color-scheme="light">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <link rel="icon" href="/favicon.ico" sizes="32x32" />
        <Meta />
        <Links />
      </head>
      <body>
        <PageContextProvider value={{ lang, csrf: root?.csrf ?? "" }}>{children}</PageContextProvider>
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  // The public plan pages have their own layout (municipality name, no app navigation or login state).
  if (usePublicPage()) return <Outlet />;
  return (
    <>
      <AppHeader />
      <main id="main" className="page" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}

export function ErrorBoundary() {
  return (
    <main id="main" className="page" tabIndex={-1}>
      <ErrorContent error={useRouteError()} />
    </main>
  );
}
