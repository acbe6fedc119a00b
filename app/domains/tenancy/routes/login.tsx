import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { redirect, useActionData, useSearchParams } from "react-router";
import type { Route } from "./+types/login";
import { FormErrorAlert } from "~/kit/ui/alerts";
import { FormErrorSummary, PostForm, TextField } from "~/kit/ui/forms";
import { useT } from "~/kit/ui/page-context";
import { createTranslator } from "~/kit/i18n";
import { getSessionUser, signIn } from "~/domains/tenancy/login.server";
import { loginSchema, safeRedirect } from "~/domains/tenancy/login-schema";
import { readFormInput } from "~/kit/form";
import { readForm, withAction } from "~/kit/http.server";

export async function loader({ request }: Route.LoaderArgs) {
  const user = await getSessionUser({ request });
  if (user) throw redirect("/dashboard");
  return null;
}

export const action = withAction(async ({ request }: Route.ActionArgs) => {
  const form = await readForm(request);
  const { headers, redirectTo } = await signIn({ request, input: readFormInput({ form, texts: Object.keys(loginSchema.shape) }) });
  return redirect(safeRedirect(redirectTo, "/dashboard"), { headers });
});

export function meta() {
  const t = createTranslator("nb");
  return [{ title: `${t("auth.login.title")} – ${t("app.name")}` }];
}

export default function Login() {
  const t = useT();
  const result = useActionData<typeof action>();
  const state = result && "ok" in result ? result : undefined;
  const [params] = useSearchParams();
  return (
    <div className="stack form-narrow">
      <Heading level={1} data-size="lg">
        {t("auth.login.title")}
      </Heading>
      <Paragraph>{t("auth.login.intro")}</Paragraph>
      <FormErrorAlert error={state?.formError} />
      <FormErrorSummary state={state} labels={{ email: t("auth.email"), password: t("auth.password") }} />
      <PostForm className="stack" noValidate>
        <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? ""} />
        <TextField name="email" type="email" autoComplete="username" label={t("auth.email")} state={state} required />
        <TextField name="password" type="password" autoComplete="current-password" label={t("auth.password")} state={state} required />
        <div>
          <Button type="submit">{t("auth.login.submit")}</Button>
        </div>
      </PostForm>
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/kit/ui/route-error";
