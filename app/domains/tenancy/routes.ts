import { route, type RouteConfigEntry } from "@react-router/dev/routes";

export const adminRoutes: RouteConfigEntry[] = [
  route("admin", "domains/tenancy/routes/admin.tsx"),
  route("admin/users", "domains/tenancy/routes/admin.users.tsx"),
  route("admin/users/:membershipId", "domains/tenancy/routes/admin.user.tsx"),
  route("admin/settings", "domains/tenancy/routes/admin.settings.tsx"),
];
