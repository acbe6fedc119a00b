import { index, route, type RouteConfig } from "@react-router/dev/routes";
import { adminRoutes } from "./routes.admin";
import { importRoutes } from "./routes.import";
import { apiRoutes } from "./routes.api";
import { benefitRoutes } from "./routes.benefits";
import { measureRoutes } from "./routes.measures";
import { planRoutes } from "./routes.plan";
import { reportingRoutes } from "./routes.reporting";
import { publicRoutes } from "./routes.public";

export default [
  index("routes/home.tsx"),
  route("health", "routes/health.ts"),
  route("login", "routes/login.tsx"),
  route("logout", "routes/logout.ts"),
  route("language", "routes/language.ts"),
  route("switch-municipality", "routes/switch-municipality.ts"),
  route("account", "routes/account.tsx"),
  route("dashboard", "routes/dashboard.tsx"),
  ...measureRoutes,
  ...benefitRoutes,
  ...planRoutes,
  ...reportingRoutes,
  ...importRoutes,
  ...adminRoutes,
  ...publicRoutes,
  ...apiRoutes,
] satisfies RouteConfig;
