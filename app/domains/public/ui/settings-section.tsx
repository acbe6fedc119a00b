// The public plan settings on /admin/settings: opt in, show costs, and the accessibility statement.
import { Button, Fieldset, Heading, Link as DsLink, Paragraph } from "@digdir/designsystemet-react";
import { type FormState, PostForm, valuesOf } from "~/kit/ui/forms";
import { useT } from "~/kit/ui/page-context";
import { publicPlanPath } from "~/domains/public/paths";
import { ACCESSIBILITY_URL_MAX } from "~/domains/public/constants";
import { ChoiceInput, PrefixedErrorSummary, PrefixedTextField, SuccessAlert } from "~/domains/tenancy/ui";
import type { MessageRef } from "~/kit/errors";

export interface PublicPlanSettingsView {
  enabled: boolean;
  showCosts: boolean;
  accessibilityStatementUrl: string | null;
}

export function PublicPlanSection({
  code,
  settings,
  state,
  saved,
}: {
  code: string;
  settings: PublicPlanSettingsView;
  state: (FormState & { formError?: MessageRef | null }) | undefined;
  saved: boolean;
}) {
  const t = useT();
  const path = publicPlanPath(code);
  const checked = (name: string, stored: boolean) => valuesOf(state, name, stored ? ["true"] : []).includes("true");
  const labels = { accessibilityStatementUrl: t("public.settings.accessibilityUrl") };
  return (
    <section className="stack" aria-labelledby="public-plan-heading">
      <Heading level={2} data-size="md" id="public-plan-heading">
        {t("public.settings.title")}
      </Heading>
      <Paragraph>{t("public.settings.explanation", { path })}</Paragraph>
      {settings.enabled ? (
        <Paragraph>
          <DsLink href={path}>{t("public.settings.link")}</DsLink>
        </Paragraph>
      ) : null}
      {saved ? <SuccessAlert>{t("common.saved")}</SuccessAlert> : null}
      <PrefixedErrorSummary idPrefix="public" state={state} labels={labels} />
      <PostForm className="stack form-narrow" noValidate>
        <input type="hidden" name="intent" value="publicPlan" />
        <Fieldset>
          <Fieldset.Legend className="visually-hidden">{t("public.settings.title")}</Fieldset.Legend>
          <input type="hidden" name="publicPlanEnabled" value="false" />
          <ChoiceInput
            type="checkbox"
            id="public-publicPlanEnabled"
            name="publicPlanEnabled"
            value="true"
            label={t("public.settings.enabled")}
            description={t("public.settings.enabled.description")}
            defaultChecked={checked("publicPlanEnabled", settings.enabled)}
          />
          <input type="hidden" name="publicShowCosts" value="false" />
          <ChoiceInput
            type="checkbox"
            id="public-publicShowCosts"
            name="publicShowCosts"
            value="true"
            label={t("public.settings.showCosts")}
            description={t("public.settings.showCosts.description")}
            defaultChecked={checked("publicShowCosts", settings.showCosts)}
          />
        </Fieldset>
        <PrefixedTextField
          idPrefix="public"
          name="accessibilityStatementUrl"
          label={labels.accessibilityStatementUrl}
          description={t("public.settings.accessibilityUrl.description")}
          state={state}
          defaultValue={settings.accessibilityStatementUrl}
          maxLength={ACCESSIBILITY_URL_MAX}
          autoComplete="url"
        />
        <div>
          <Button type="submit">{t("public.settings.save")}</Button>
        </div>
      </PostForm>
    </section>
  );
}
