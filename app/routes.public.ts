import { route, type RouteConfigEntry } from "@react-router/dev/routes";

/** The public plan page and open data: no login, only for municipalities that have opted in. */
export const publicRoutes: RouteConfigEntry[] = [
  route("kommune/:kommunenummer", "routes/kommune.$kommunenummer.tsx"),
  route("kommune/:kommunenummer/tiltak/:code", "routes/kommune.$kommunenummer.tiltak.$code.tsx"),
  route("api/v1/public/:kommunenummer/plan", "routes/api.v1.public.plan.ts"),
  route("api/v1/public/:kommunenummer/plan.csv", "routes/api.v1.public.plan-csv.ts"),
];
