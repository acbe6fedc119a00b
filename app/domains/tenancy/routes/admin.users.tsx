import { Button, Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { Link, useActionData, useLoaderData, useSearchParams } from "react-router";
import type { Route } from "./+types/admin.users";
import { AdminErrorBoundary, failureFor, RoleAndSectorFields, sectorNames, SuccessAlert } from "../ui/admin-fields";
import { FormErrorSummary, PostForm, TextField } from "~/kit/ui/forms";
import { useT } from "~/kit/ui/page-context";
import { createTranslator } from "~/kit/i18n";
import { requireContext } from "~/domains/tenancy/guard.server";
import { isSectorScoped } from "~/kit/permissions";
import { addMemberFormInput } from "~/domains/tenancy/form-input";
import { addMember } from "~/domains/tenancy/mutations.server";
import { listMembers, listSectors } from "~/domains/tenancy/queries.server";
import { readForm, withAction, withLoader } from "~/kit/http.server";

export const loader = withLoader(async ({ request }: Route.LoaderArgs) => {
  const context = await requireContext(request, { capability: "admin.users" });
  const municipalityId = context.municipality.id;
  const [members, sectors] = await Promise.all([listMembers({ municipalityId }), listSectors({ municipalityId })]);
  return {
    lang: context.lang,
    municipality: context.municipality,
    currentUserId: context.user?.id ?? null,
    members,
    sectors: sectors.map((s) => ({ id: s.id, name: s.name, codePrefix: s.codePrefix })),
  };
});

export const action = withAction(async ({ request }: Route.ActionArgs) => {
  const form = await readForm(request);
  const context = await requireContext(request, { capability: "admin.users" });
  const input = addMemberFormInput(form);
  const row = await addMember({ municipalityId: context.municipality.id, principal: context.principal, input });
  return { ok: true as const, membershipId: row.id, email: input.email };
});

export function meta({ loaderData }: Route.MetaArgs) {
  const t = createTranslator(loaderData?.lang ?? "nb");
  return [{ title: `${t("admin.users.title")} – ${t("app.name")}` }];
}

export default function AdminUsers() {
  const t = useT();
  const { municipality, currentUserId, members, sectors } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const state = failureFor(result, "add");
  const added = result && result.ok === true ? result : null;
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("admin.users.title")}
      </Heading>
      <Paragraph>{t("admin.users.intro", { municipality: municipality.name })}</Paragraph>
      {params.get("removed") === "1" ? <SuccessAlert>{t("admin.users.removed")}</SuccessAlert> : null}
      {members.length === 0 ? (
        <Paragraph>{t("admin.users.empty")}</Paragraph>
      ) : (
        <div className="table-wrap">
          <Table zebra>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t("admin.users.name")}</Table.HeaderCell>
                <Table.HeaderCell>{t("admin.users.email")}</Table.HeaderCell>
                <Table.HeaderCell>{t("admin.users.role")}</Table.HeaderCell>
                <Table.HeaderCell>{t("admin.users.sectors")}</Table.HeaderCell>
                <Table.HeaderCell>
                  <span className="visually-hidden">{t("action.edit")}</span>
                </Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {members.map((m) => (
                <Table.Row key={m.membershipId}>
                  <Table.Cell>
                    {m.name} {m.userId === currentUserId ? <span className="muted">{t("admin.users.you")}</span> : null}
                  </Table.Cell>
                  <Table.Cell>{m.email}</Table.Cell>
                  <Table.Cell>{t(`role.${m.role}`)}</Table.Cell>
                  <Table.Cell>{isSectorScoped(m.role) ? sectorNames(m.sectorIds, sectors, t("admin.users.allSectors")) : "–"}</Table.Cell>
                  <Table.Cell>
                    <Link to={`/admin/users/${m.membershipId}`} aria-label={t("admin.users.editLabel", { name: m.name })}>
                      {t("action.edit")}
                    </Link>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}

      <Heading level={2} data-size="md">
        {t("admin.users.add.title")}
      </Heading>
      <Paragraph>{t("admin.users.add.intro")}</Paragraph>
      {added ? <SuccessAlert>{t("admin.users.added", { email: added.email })}</SuccessAlert> : null}
      <FormErrorSummary
        state={state}
        labels={{
          email: t("admin.users.email"),
          name: t("admin.users.name"),
          role: t("admin.role.legend"),
          sectorIds: t("admin.sectorsChoice.legend"),
          password: t("admin.users.password"),
        }}
      />
      {/* A new key after each added user empties the form. */}
      <PostForm key={added?.membershipId ?? "add"} className="stack form-narrow" noValidate>
        <input type="hidden" name="intent" value="add" />
        <TextField name="email" type="email" autoComplete="off" label={t("admin.users.email")} state={state} required maxLength={254} />
        <TextField name="name" autoComplete="off" label={t("admin.users.name")} state={state} required maxLength={120} />
        <RoleAndSectorFields state={state} role="reader" sectorIds={[]} sectors={sectors} />
        <TextField
          name="password"
          type="password"
          autoComplete="new-password"
          label={t("admin.users.password")}
          description={t("admin.users.password.description")}
          state={state}
          maxLength={200}
        />
        <div>
          <Button type="submit">{t("admin.users.add.submit")}</Button>
        </div>
      </PostForm>
    </div>
  );
}

export const ErrorBoundary = AdminErrorBoundary;
