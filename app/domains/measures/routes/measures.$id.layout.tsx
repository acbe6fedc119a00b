// The layout of one measure's pages: /measures/:id, …/edit, …/history, and the other domains' …/status,
// …/benefit-map and …/benefits/new. It loads the measure, and answers 404 for an unknown id or another municipality's.
import { metaTitle } from "~/kit/ui/meta";
import { Outlet } from "react-router";
import type { Route } from "./+types/measures.$id.layout";
import type { MeasureHeader } from "~/domains/measures/ui/layout";
import { MeasuresErrorBoundary } from "~/domains/measures/ui/page";
import { requireContext } from "~/domains/tenancy/index.server";
import { getMeasureForRequest } from "~/domains/measures/layout.server";
import { withLoader } from "~/kit/http.server";

export const loader = withLoader(async ({ request, params }: Route.LoaderArgs) => {
  const context = await requireContext(request);
  const measure = await getMeasureForRequest({ request, municipalityId: context.municipality.id, id: params.id });
  const header: MeasureHeader = { id: measure.id, code: measure.code, title: measure.title };
  return { measure: header };
});

/** The page below reads the measure too (the same read, see getMeasureForRequest): load the header with it, as fresh. */
export function shouldRevalidate() {
  return true;
}

export const meta: Route.MetaFunction = ({ matches }) => metaTitle(matches, (t) => t("measures.title"));

export default function MeasureLayout() {
  return <Outlet />;
}

export const ErrorBoundary = MeasuresErrorBoundary;
