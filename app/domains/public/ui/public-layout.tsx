// The layout of the public plan pages: the municipality's name, a skip link and a footer, without the app's
// navigation or anything about a signed-in user.
import "./public.css";
import { Heading, Link as DsLink, Paragraph, SkipLink } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";
import { useRouteError } from "react-router";
import { ErrorContent } from "~/kit/ui/route-error";
import { useT } from "~/kit/ui/page-context";

export interface PublicLayoutProps {
  municipality: { code: string; name: string; accessibilityStatementUrl: string | null } | null;
  print?: boolean;
  children: ReactNode;
}

export function PublicLayout({ municipality, print = false, children }: PublicLayoutProps) {
  const t = useT();
  return (
    <div className={print ? "public public--print" : "public"}>
      <header className="public-header">
        <SkipLink href="#main">{t("nav.skip")}</SkipLink>
        <div className="public-header__bar">
          <span className="public-header__brand">
            {municipality ? <span className="public-header__municipality">{municipality.name}</span> : null}
            <span>{t("public.brand")}</span>
          </span>
        </div>
      </header>
      <main id="main" className="page public-page" tabIndex={-1}>
        {children}
      </main>
      {municipality ? (
        <footer className="public-footer">
          <div className="public-footer__inner">
            <Paragraph data-size="sm">{t("public.footer", { municipality: municipality.name })}</Paragraph>
            <nav aria-labelledby="open-data-heading" className="public-noprint">
              <Heading level={2} data-size="2xs" id="open-data-heading">
                {t("public.openData.heading")}
              </Heading>
              <ul className="public-footer__links">
                <li>
                  <DsLink href={`/api/v1/public/${municipality.code}/plan`}>{t("public.openData.json")}</DsLink>
                </li>
                <li>
                  <DsLink href={`/api/v1/public/${municipality.code}/plan.csv`}>{t("public.openData.csv")}</DsLink>
                </li>
                {municipality.accessibilityStatementUrl ? (
                  <li>
                    <DsLink href={municipality.accessibilityStatementUrl}>{t("public.accessibility")}</DsLink>
                  </li>
                ) : null}
              </ul>
            </nav>
          </div>
        </footer>
      ) : null}
    </div>
  );
}

/** The not-found page of the public routes, in the public layout; the same for every reason. */
export function PublicErrorBoundary() {
  return (
    <PublicLayout municipality={null}>
      <ErrorContent error={useRouteError()} />
    </PublicLayout>
  );
}
