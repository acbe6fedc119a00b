import { route, type RouteConfigEntry } from "@react-router/dev/routes";

export const routes: RouteConfigEntry[] = [route("dashboard", "domains/dashboard/routes/dashboard.tsx")];
