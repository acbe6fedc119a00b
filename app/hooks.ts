import { useRouteLoaderData } from "react-router";
import type { loader as rootLoader } from "~/root";

type RootData = Awaited<ReturnType<typeof rootLoader>>["data"];

/** The root loader's data (session, municipality, role, navigation), for the app shell. */
export function useOptionalRootData(): RootData | undefined {
  return useRouteLoaderData<typeof rootLoader>("root");
}
