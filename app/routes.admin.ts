import { route, type RouteConfigEntry } from "@react-router/dev/routes";

export const adminRoutes: RouteConfigEntry[] = [
  route("admin", "routes/admin.tsx"),
  route("admin/users", "routes/admin.users.tsx"),
  route("admin/users/:membershipId", "routes/admin.user.tsx"),
  route("admin/settings", "routes/admin.settings.tsx"),
];
