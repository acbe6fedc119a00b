// The benefit layout's data (routes/benefits.$id.layout.tsx) for the pages below it: header, back links, titles.
import { useRouteLoaderData } from "react-router";

/** The layout's route id (benefits/routes.ts). */
const BENEFIT_LAYOUT_ID = "benefit";

export interface BenefitHeader {
  id: string;
  title: string;
}

/** The benefit of the page, as loaded by the layout. */
export function useBenefitHeader(): BenefitHeader {
  const data = useRouteLoaderData(BENEFIT_LAYOUT_ID) as { benefit: BenefitHeader } | undefined;
  if (!data) throw new Error("useBenefitHeader is for the pages below the benefit layout");
  return data.benefit;
}

/** The same from a meta function's `matches`; undefined if the layout has no data (it failed). */
export function benefitHeaderOf(matches: readonly unknown[]): BenefitHeader | undefined {
  const layout = matches.find((m) => typeof m === "object" && m !== null && (m as { id?: unknown }).id === BENEFIT_LAYOUT_ID) as
    { loaderData?: { benefit?: BenefitHeader } } | undefined;
  return layout?.loaderData?.benefit;
}
