// The measure layout's data (routes/measures.$id.layout.tsx) for the pages below it: header, back links, titles.
import { useRouteLoaderData } from "react-router";

/** The layout's route id (measures/routes.ts; other domains attach their measure pages to it). */
const MEASURE_LAYOUT_ID = "measure";

export interface MeasureHeader {
  id: string;
  code: string;
  title: string;
}

/** The measure of the page, as loaded by the layout. */
export function useMeasureHeader(): MeasureHeader {
  const data = useRouteLoaderData(MEASURE_LAYOUT_ID) as { measure: MeasureHeader } | undefined;
  if (!data) throw new Error("useMeasureHeader is for the pages below the measure layout");
  return data.measure;
}

/** The same from a meta function's `matches`; undefined if the layout has no data (it failed). */
export function measureHeaderOf(matches: readonly unknown[]): MeasureHeader | undefined {
  const layout = matches.find((m) => typeof m === "object" && m !== null && (m as { id?: unknown }).id === MEASURE_LAYOUT_ID) as
    { loaderData?: { measure?: MeasureHeader } } | undefined;
  return layout?.loaderData?.measure;
}
