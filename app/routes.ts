import { index, route, type RouteConfig } from "@react-router/dev/routes";
import { adminRoutes } from "./domains/tenancy/routes";
import { importRoutes } from "./domains/import/routes";
import { apiRoutes } from "./routes.api";
import { benefitRoutes } from "./domains/benefits/routes";
import { measureRoutes } from "./domains/measures/routes";
import { planRoutes } from "./domains/plan/routes";
import { reportingRoutes } from "./domains/reporting/routes";
import { publicRoutes } from "./domains/public/routes";

export default [
  index("domains/tenancy/routes/home.tsx"),
  route("health", "domains/tenancy/routes/health.ts"),
  route("login", "domains/tenancy/routes/login.tsx"),
  route("logout", "domains/tenancy/routes/logout.ts"),
  route("language", "domains/tenancy/routes/language.ts"),
  route("switch-municipality", "domains/tenancy/routes/switch-municipality.ts"),
  route("account", "domains/tenancy/routes/account.tsx"),
  route("dashboard", "domains/dashboard/routes/dashboard.tsx"),
  ...measureRoutes,
  ...benefitRoutes,
  ...planRoutes,
  ...reportingRoutes,
  ...importRoutes,
  ...adminRoutes,
  ...publicRoutes,
  ...apiRoutes,
] satisfies RouteConfig;
