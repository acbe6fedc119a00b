import { Alert, Button, Heading, List, Paragraph } from "@digdir/designsystemet-react";
import { data, useActionData, useLoaderData } from "react-router";
import type { Route } from "./+types/account";
import { FormErrorSummary, PostForm, TextField } from "~/kit/ui/forms";
import { useT } from "~/kit/ui/page-context";
import { requireUser } from "~/domains/tenancy/guard.server";
import { changePasswordSchema } from "~/domains/tenancy/login-schema";
import { changePassword } from "~/domains/tenancy/login.server";
import { listMembershipsForUser } from "~/domains/tenancy/queries.server";
import { readFormInput } from "~/kit/form";
import { readForm, withAction, withLoader } from "~/kit/http.server";

export const loader = withLoader(async ({ request }: Route.LoaderArgs) => {
  const user = await requireUser(request);
  const memberships = await listMembershipsForUser({ userId: user.id });
  return { user, memberships: memberships.map((m) => ({ code: m.code, name: m.name, role: m.role })) };
});

export const action = withAction(async ({ request }: Route.ActionArgs) => {
  const form = await readForm(request);
  await requireUser(request);
  const headers = await changePassword({ request, input: readFormInput({ form, texts: Object.keys(changePasswordSchema.shape) }) });
  return data({ ok: true as const }, { headers });
});

export default function Account() {
  const t = useT();
  const { user, memberships } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const state = result && result.ok === false ? result : undefined;
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("auth.account.title")}
      </Heading>
      <Paragraph>
        {user.name} ({user.email})
      </Paragraph>
      <Heading level={2} data-size="md">
        {t("auth.account.memberships")}
      </Heading>
      <List.Unordered>
        {memberships.map((m) => (
          <List.Item key={m.code}>
            {m.name} ({m.code}): {t(`role.${m.role}`)}
          </List.Item>
        ))}
      </List.Unordered>
      <Heading level={2} data-size="md">
        {t("auth.changePassword.title")}
      </Heading>
      {result?.ok === true ? (
        <Alert data-color="success" role="status">
          {t("auth.changePassword.done")}
        </Alert>
      ) : null}
      <FormErrorSummary
        state={state}
        labels={{
          currentPassword: t("auth.currentPassword"),
          newPassword: t("auth.newPassword"),
          confirmPassword: t("auth.confirmPassword"),
        }}
      />
      <PostForm className="stack form-narrow" noValidate>
        <TextField name="currentPassword" type="password" autoComplete="current-password" label={t("auth.currentPassword")} state={state} />
        <TextField
          name="newPassword"
          type="password"
          autoComplete="new-password"
          label={t("auth.newPassword")}
          description={t("auth.newPassword.description")}
          state={state}
        />
        <TextField name="confirmPassword" type="password" autoComplete="new-password" label={t("auth.confirmPassword")} state={state} />
        <div>
          <Button type="submit">{t("auth.changePassword.submit")}</Button>
        </div>
      </PostForm>
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/kit/ui/route-error";
