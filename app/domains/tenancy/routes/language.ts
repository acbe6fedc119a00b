import { redirect } from "react-router";
import type { Route } from "./+types/language";
import { isLang } from "~/kit/i18n";
import { safeRedirect } from "~/domains/tenancy/login-schema";
import { languageCookie } from "~/kit/cookies.server";
import { AppError } from "~/kit/errors";
import { readForm, withAction } from "~/kit/http.server";

export async function loader() {
  throw redirect("/");
}

export const action = withAction(async ({ request }: Route.ActionArgs) => {
  const form = await readForm(request);
  const lang = form.get("lang");
  if (!isLang(lang)) throw new AppError("bad_request");
  return redirect(safeRedirect(String(form.get("redirectTo") ?? "")), {
    headers: { "Set-Cookie": await languageCookie.serialize(lang) },
  });
});
