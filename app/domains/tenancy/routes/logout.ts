import { redirect } from "react-router";
import type { Route } from "./+types/logout";
import { signOut } from "~/domains/tenancy/login.server";
import { readForm, withAction } from "~/kit/http.server";

export async function loader() {
  throw redirect("/");
}

export const action = withAction(async ({ request }: Route.ActionArgs) => {
  await readForm(request);
  const headers = await signOut({ request });
  return redirect("/login", { headers });
});
