import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { isRouteErrorResponse, Link, useRouteError } from "react-router";
import { useT } from "~/kit/ui/page-context";

/** The message for a thrown route error: 404, 403 (incl. CSRF), 400, 413 or anything else. */
export function ErrorContent({ error, backHref = "/", backLabel }: { error: unknown; backHref?: string; backLabel?: string }) {
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
    } else if (error.status === 400) {
      body = t("error.badRequest");
    } else if (error.status === 413) {
      body = t("error.payloadTooLarge");
    }
  }
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <Paragraph>{body}</Paragraph>
      <Paragraph>
        <Link to={backHref}>{backLabel ?? t("error.goHome")}</Link>
      </Paragraph>
    </div>
  );
}

/** Route-level error boundary, so 403/404 pages render inside the app's header and navigation. */
export function RouteErrorBoundary() {
  return <ErrorContent error={useRouteError()} />;
}
