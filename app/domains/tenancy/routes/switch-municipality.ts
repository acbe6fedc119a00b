import { redirect } from "react-router";
import type { Route } from "./+types/switch-municipality";
import { requireContext } from "~/domains/tenancy/guard.server";
import { languageCookie, municipalityCookie } from "~/kit/cookies.server";
import { AppError } from "~/kit/errors";
import { readForm, withAction } from "~/kit/http.server";

export async function loader() {
  throw redirect("/");
}

export const action = withAction(async ({ request }: Route.ActionArgs) => {
  const form = await readForm(request);
  const context = await requireContext(request);
  const code = String(form.get("code") ?? "");
  if (!context.memberships.some((m) => m.code === code)) throw new AppError("forbidden");
  const headers = new Headers();
  headers.append("Set-Cookie", await municipalityCookie.serialize(code));
  // The UI language follows the municipality's language form after a switch.
  headers.append("Set-Cookie", await languageCookie.serialize("", { maxAge: 0 }));
  return redirect("/dashboard", { headers });
});
