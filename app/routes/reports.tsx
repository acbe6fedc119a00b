import "~/components/reporting/reporting.css";
import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useLoaderData } from "react-router";
import type { Route } from "./+types/reports";
import { metaTitle } from "~/components/measures/page";
import { SelectInput } from "~/components/measures/fields";
import { useT } from "~/hooks";
import { requireContext } from "~/modules/auth/guard.server";
import { currentYearInNorway } from "~/modules/benefits/portfolio.server";
import { REPORT_ROLES } from "~/modules/report/render.server";
import { withLoader } from "~/utils/http.server";

export const loader = withLoader(async ({ request }: Route.LoaderArgs) => {
  await requireContext(request, { roles: REPORT_ROLES });
  const current = currentYearInNorway();
  return { current, years: Array.from({ length: 7 }, (_, i) => current + 1 - i) };
});

export const meta: Route.MetaFunction = ({ matches }) => metaTitle(matches, (t) => t("report.page.title"));

export default function ReportsPage() {
  const t = useT();
  const { current, years } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("report.page.title")}
      </Heading>
      <Paragraph>{t("report.page.intro")}</Paragraph>
      {/* A plain GET form: the browser downloads the file, with or without JavaScript. */}
      <form method="get" action="/reports/council.docx" className="reporting-actions reporting-compare-form">
        <SelectInput name="year" label={t("report.page.year")} state={undefined} value={String(current)} choices={years.map((y) => ({ value: String(y), label: String(y) }))} />
        <Button type="submit">{t("report.page.docx")}</Button>
        <Button type="submit" variant="secondary" formAction="/reports/council.pdf">
          {t("report.page.pdf")}
        </Button>
      </form>
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/components/route-error";
