import { redirect } from "react-router";
import type { Route } from "./+types/admin";
import { AdminErrorBoundary } from "../ui/admin-fields";
import { requireContext } from "~/domains/tenancy/guard.server";
import { withLoader } from "~/kit/http.server";

export const loader = withLoader(async ({ request }: Route.LoaderArgs) => {
  await requireContext(request, { capability: "admin.users" });
  throw redirect("/admin/users");
});

export const ErrorBoundary = AdminErrorBoundary;

// A UI route (not a resource route), so that a 403 renders the error page inside the layout.
export default function AdminIndex() {
  return null;
}
