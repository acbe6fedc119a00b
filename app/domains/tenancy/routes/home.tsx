import { redirect } from "react-router";
import type { Route } from "./+types/home";
import { getSessionUser } from "~/domains/tenancy/login.server";

export async function loader({ request }: Route.LoaderArgs) {
  const user = await getSessionUser({ request });
  throw redirect(user ? "/dashboard" : "/login");
}

export { RouteErrorBoundary as ErrorBoundary } from "~/kit/ui/route-error";
