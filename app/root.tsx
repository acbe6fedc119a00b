import "@digdir/designsystemet-css";
import "@digdir/designsystemet-css/theme";
import "./styles/app.css";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { data, isRouteErrorResponse, Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteError } from "react-router";
import type { Route } from "./+types/root";
import { AppHeader } from "~/components/app-header";
import { createTranslator } from "~/i18n";
import { useLang, useT } from "~/hooks";
import { getPreferredLanguage, requireContext } from "~/modules/auth/guard.server";
import { isAppError } from "~/utils/errors";
import { ensureCsrfToken } from "~/utils/http.server";

export async function loader({ request }: Route.LoaderArgs) {
  const { token, setCookie } = await ensureCsrfToken(request);
  let context = null;
  try {
    context = await requireContext(request);
  } catch (error) {
    if (!isAppError(error)) throw error;
  }
  const lang = context?.lang ?? (await getPreferredLanguage(request)) ?? "nb";
  return data(
    {
      csrf: token,
      lang,
      user: context?.user ?? null,
      municipality: context?.municipality ?? null,
      role: context?.principal.role ?? null,
      memberships: context?.memberships ?? [],
    },
    { headers: setCookie ? { "Set-Cookie": setCookie } : undefined },
  );
}

export function meta() {
  return [{ title: createTranslator("nb")("app.name") }];
}

export function Layout({ children }: { children: React.ReactNode }) {
  const lang = useLang();
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
        {children}
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  return (
    <>
      <AppHeader />
      <main id="main" className="page">
        <Outlet />
      </main>
    </>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const t = useT();
  let title = t("error.title");
  let body = t("error.unexpected");
  if (isRouteErrorResponse(error)) {
    if (error.status === 404) {
      title = t("error.notFound.title");
      body = t("error.notFound.body");
    } else if (error.status === 403) {
      title = t("error.forbidden.title");
      const message = (error.data as { message?: { key: string } } | null)?.message;
      body = message?.key === "error.csrf" ? t("error.csrf") : t("error.forbidden.body");
    } else if (error.status === 413) {
      body = t("error.payloadTooLarge");
    }
  }
  return (
    <main id="main" className="page">
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <Paragraph>{body}</Paragraph>
      <Paragraph>
        <a href="/">{t("error.goHome")}</a>
      </Paragraph>
    </main>
  );
}
