import { index, route, type RouteConfigEntry } from "@react-router/dev/routes";

export const routes: RouteConfigEntry[] = [
  index("domains/tenancy/routes/home.tsx"),
  route("health", "domains/tenancy/routes/health.ts"),
  route("login", "domains/tenancy/routes/login.tsx"),
  route("logout", "domains/tenancy/routes/logout.ts"),
  route("language", "domains/tenancy/routes/language.ts"),
  route("switch-municipality", "domains/tenancy/routes/switch-municipality.ts"),
  route("account", "domains/tenancy/routes/account.tsx"),
  route("admin", "domains/tenancy/routes/admin.tsx"),
  route("admin/users", "domains/tenancy/routes/admin.users.tsx"),
  route("admin/users/:membershipId", "domains/tenancy/routes/admin.user.tsx"),
  route("admin/settings", "domains/tenancy/routes/admin.settings.tsx"),
];
