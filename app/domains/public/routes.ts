import { route, type RouteConfigEntry } from "@react-router/dev/routes";

export const routes: RouteConfigEntry[] = [
  route("kommune/:kommunenummer", "domains/public/routes/kommune.$kommunenummer.tsx"),
  route("kommune/:kommunenummer/tiltak/:code", "domains/public/routes/kommune.$kommunenummer.tiltak.$code.tsx"),
  route("api/v1/public/:kommunenummer/plan", "domains/public/routes/api.v1.public.plan.ts"),
  route("api/v1/public/:kommunenummer/plan.csv", "domains/public/routes/api.v1.public.plan-csv.ts"),
];
