import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { data, Link, redirect, useActionData, useLoaderData } from "react-router";
import type { Route } from "./+types/admin.user";
import { AdminErrorBoundary, failureFor, RoleAndSectorFields, SuccessAlert } from "../ui/admin-fields";
import { FormErrorSummary, PostForm } from "~/kit/ui/forms";
import { useT } from "~/kit/ui/page-context";
import { createTranslator } from "~/kit/i18n";
import { requireContext } from "~/domains/tenancy/guard.server";
import { can } from "~/kit/permissions";
import { formText, updateMemberFormInput } from "~/domains/tenancy/form-input";
import { removeMember, updateMember } from "~/domains/tenancy/mutations.server";
import { getMemberById, listSectors } from "~/domains/tenancy/queries.server";
import { AppError } from "~/kit/errors";
import { readForm, withAction, withLoader } from "~/kit/http.server";

export const loader = withLoader(async ({ request, params }: Route.LoaderArgs) => {
  const context = await requireContext(request, { capability: "admin.users" });
  const municipalityId = context.municipality.id;
  const member = await getMemberById({ municipalityId, membershipId: params.membershipId });
  if (!member) throw new AppError("not_found");
  const sectors = await listSectors({ municipalityId });
  return {
    lang: context.lang,
    municipality: context.municipality,
    member,
    sectors: sectors.map((s) => ({ id: s.id, name: s.name, codePrefix: s.codePrefix })),
  };
});

export const action = withAction(async ({ request, params }: Route.ActionArgs) => {
  const form = await readForm(request);
  const context = await requireContext(request, { capability: "admin.users" });
  const municipalityId = context.municipality.id;
  const membershipId = params.membershipId;
  const member = await getMemberById({ municipalityId, membershipId });
  if (!member) throw new AppError("not_found");
  const self = member.userId === context.user?.id;
  switch (formText(form, "intent")) {
    case "update": {
      const row = await updateMember({ municipalityId, principal: context.principal, membershipId, input: updateMemberFormInput(form) });
      // An admin who gives up the admin role can no longer see this page.
      if (self && !can(row.role, "admin.users")) return redirect("/");
      return data({ ok: true as const });
    }
    case "remove":
      await removeMember({ municipalityId, principal: context.principal, membershipId });
      return redirect(self ? "/" : "/admin/users?removed=1");
    default:
      throw new AppError("bad_request");
  }
});

export function meta({ loaderData }: Route.MetaArgs) {
  const t = createTranslator(loaderData?.lang ?? "nb");
  const name = loaderData?.member.name ?? "";
  return [{ title: `${t("admin.member.title", { name })} – ${t("app.name")}` }];
}

export default function AdminUser() {
  const t = useT();
  const { municipality, member, sectors } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const updateState = failureFor(result, "update");
  const removeState = failureFor(result, "remove");
  const saved = result && "ok" in result && result.ok === true;
  return (
    <div className="stack">
      <Paragraph>
        <Link to="/admin/users">{t("admin.member.back")}</Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {t("admin.member.title", { name: member.name })}
      </Heading>
      <Paragraph>{member.email}</Paragraph>
      {saved ? <SuccessAlert>{t("common.saved")}</SuccessAlert> : null}
      <FormErrorSummary state={updateState} labels={{ role: t("admin.role.legend"), sectorIds: t("admin.sectorsChoice.legend") }} />
      <PostForm className="stack form-narrow" noValidate>
        <input type="hidden" name="intent" value="update" />
        <RoleAndSectorFields state={updateState} role={member.role} sectorIds={member.sectorIds} sectors={sectors} />
        <div>
          <Button type="submit">{t("admin.member.save")}</Button>
        </div>
      </PostForm>

      <Heading level={2} data-size="md">
        {t("admin.member.remove.title")}
      </Heading>
      <Paragraph>{t("admin.member.remove.body", { name: member.name, municipality: municipality.name })}</Paragraph>
      <FormErrorSummary state={removeState} labels={{ role: t("admin.role.legend") }} />
      <PostForm className="stack form-narrow">
        <input type="hidden" name="intent" value="remove" />
        <div>
          <Button type="submit" variant="secondary" data-color="danger">
            {t("admin.member.remove.submit", { name: member.name })}
          </Button>
        </div>
      </PostForm>
    </div>
  );
}

export const ErrorBoundary = AdminErrorBoundary;
