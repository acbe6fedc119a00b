// The layout of one benefit's pages: /benefits/:id, …/edit and …/history. It loads the benefit, and answers 404 for
// an unknown id or another municipality's.
import { metaTitle } from "~/kit/ui/meta";
import { Outlet } from "react-router";
import type { Route } from "./+types/benefits.$id.layout";
import type { BenefitHeader } from "~/domains/benefits/ui/layout";
import { MeasuresErrorBoundary } from "~/domains/measures/ui";
import { requireContext } from "~/domains/tenancy/index.server";
import { getBenefitForRequest } from "~/domains/benefits/layout.server";
import { withLoader } from "~/kit/http.server";

export const loader = withLoader(async ({ request, params }: Route.LoaderArgs) => {
  const context = await requireContext(request);
  const benefit = await getBenefitForRequest({ request, municipalityId: context.municipality.id, id: params.id });
  const header: BenefitHeader = { id: benefit.id, title: benefit.title };
  return { benefit: header };
});

/** The page below reads the benefit too (the same read, see getBenefitForRequest): load the header with it, as fresh. */
export function shouldRevalidate() {
  return true;
}

export const meta: Route.MetaFunction = ({ matches }) => metaTitle(matches, (t) => t("benefits.title"));

export default function BenefitLayout() {
  return <Outlet />;
}

export const ErrorBoundary = MeasuresErrorBoundary;
