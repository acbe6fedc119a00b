import { Alert, Button, Field, Fieldset, Heading, Label, Paragraph, Select, Table, Tag, ValidationMessage } from "@digdir/designsystemet-react";
import { data, useActionData, useLoaderData } from "react-router";
import type { Route } from "./+types/admin.settings";
import { AdminErrorBoundary, ChoiceInput, failureFor, PrefixedErrorSummary, PrefixedTextField, SuccessAlert } from "../ui/admin-fields";
import { PostForm, useFieldError, valueOf } from "~/kit/ui/forms";
import { useLang, useT } from "~/kit/ui/page-context";
import { createTranslator, formatDateTime } from "~/kit/i18n";
import { requireContext } from "~/domains/tenancy/guard.server";
import { createTokenFormInput, formText, municipalitySettingsFormInput, sectorFormInput } from "~/domains/tenancy/form-input";
import { createApiToken, createSector, revokeApiToken, updateMunicipalitySettings, updateSector } from "~/domains/tenancy/mutations.server";
import { getMunicipalityById, listApiTokens, listSectors } from "~/domains/tenancy/queries.server";
import { updateValuationSettings } from "~/domains/benefits/index.server";
import { getValuationSettings } from "~/domains/benefits/index.server";
import { PublicPlanSection } from "~/domains/public/ui";
import { updatePublicPlanSettings } from "~/domains/public/index.server";
import { publicPlanSettingsFormInput } from "~/domains/public/index.server";
import { languageCookie } from "~/kit/cookies.server";
import { AppError } from "~/kit/errors";
import { readForm, withAction, withLoader } from "~/kit/http.server";

const TOKEN_ROLES = ["reader", "coordinator", "admin"] as const;

export const loader = withLoader(async ({ request }: Route.LoaderArgs) => {
  const context = await requireContext(request, { capability: "admin.settings" });
  const municipalityId = context.municipality.id;
  const [municipality, sectors, tokens, valuation] = await Promise.all([
    getMunicipalityById({ id: municipalityId }),
    listSectors({ municipalityId }),
    listApiTokens({ municipalityId }),
    getValuationSettings({ municipalityId }),
  ]);
  if (!municipality) throw new AppError("not_found");
  return {
    lang: context.lang,
    municipality: { code: municipality.code, name: municipality.name, language: municipality.language },
    sectors: sectors.map((s) => ({ id: s.id, name: s.name, codePrefix: s.codePrefix })),
    tokens,
    valuation,
    publicPlan: {
      enabled: municipality.publicPlanEnabled,
      showCosts: municipality.publicShowCosts,
      accessibilityStatementUrl: municipality.accessibilityStatementUrl,
    },
  };
});

export const action = withAction(async ({ request }: Route.ActionArgs) => {
  const form = await readForm(request);
  const context = await requireContext(request, { capability: "admin.settings" });
  const municipalityId = context.municipality.id;
  const intent = formText(form, "intent");
  switch (intent) {
    case "settings": {
      const row = await updateMunicipalitySettings({ municipalityId, principal: context.principal, input: municipalitySettingsFormInput(form) });
      // A new language form applies at once: drop this browser's own language choice.
      const headers = row.language !== context.municipality.language ? { "Set-Cookie": await languageCookie.serialize("", { maxAge: 0 }) } : undefined;
      return data({ ok: true as const, intent, id: null, token: null, name: null }, { headers });
    }
    case "createSector": {
      const row = await createSector({ municipalityId, principal: context.principal, input: sectorFormInput(form) });
      return { ok: true as const, intent, id: row.id, token: null, name: null };
    }
    case "updateSector": {
      const row = await updateSector({ municipalityId, principal: context.principal, id: formText(form, "id"), input: sectorFormInput(form) });
      return { ok: true as const, intent, id: row.id, token: null, name: null };
    }
    case "createToken": {
      const input = createTokenFormInput(form);
      const { id, token } = await createApiToken({ municipalityId, principal: context.principal, input });
      return { ok: true as const, intent, id, token, name: input.name };
    }
    case "valuation": {
      await updateValuationSettings({
        municipalityId,
        principal: context.principal,
        version: Number(formText(form, "version")),
        actor: { userId: context.user?.id ?? null, label: null },
        input: { hourlyCostNok: formText(form, "hourlyCostNok"), hoursPerFte: formText(form, "hoursPerFte") },
      });
      return { ok: true as const, intent, id: null, token: null, name: null };
    }
    case "publicPlan": {
      await updatePublicPlanSettings({
        municipalityId,
        principal: context.principal,
        actor: { userId: context.user?.id ?? null, label: null },
        input: publicPlanSettingsFormInput(form),
      });
      return { ok: true as const, intent, id: null, token: null, name: null };
    }
    case "revokeToken": {
      const row = await revokeApiToken({ municipalityId, principal: context.principal, id: formText(form, "id") });
      return { ok: true as const, intent, id: row.id, token: null, name: null };
    }
    default:
      throw new AppError("bad_request");
  }
});

export function meta({ loaderData }: Route.MetaArgs) {
  const t = createTranslator(loaderData?.lang ?? "nb");
  return [{ title: `${t("admin.settings.title")} – ${t("app.name")}` }];
}

type Success = { ok: true; intent: string; id: string | null; token: string | null; name: string | null };

function successFor(result: unknown, intent: string): Success | null {
  if (!result || typeof result !== "object" || !("ok" in result) || result.ok !== true) return null;
  const success = result as Success;
  return success.intent === intent ? success : null;
}

export default function AdminSettings() {
  const t = useT();
  const { municipality, sectors, tokens, valuation, publicPlan } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("admin.settings.title")}
      </Heading>
      <MunicipalitySection municipality={municipality} result={result} />
      <ValuationSection valuation={valuation} result={result} />
      <PublicPlanSection
        code={municipality.code}
        settings={publicPlan}
        state={failureFor(result, "publicPlan")}
        saved={successFor(result, "publicPlan") !== null}
      />
      <SectorsSection sectors={sectors} result={result} />
      <TokensSection tokens={tokens} result={result} />
    </div>
  );
}

function MunicipalitySection({ municipality, result }: { municipality: { code: string; name: string; language: "nb" | "nn" }; result: unknown }) {
  const t = useT();
  const state = failureFor(result, "settings");
  const languageError = useFieldError(state)("language");
  const language = valueOf(state, "language", municipality.language);
  return (
    <section className="stack" aria-labelledby="settings-heading">
      <Heading level={2} data-size="md" id="settings-heading">
        {t("admin.settings.municipality.title")}
      </Heading>
      <Paragraph>{t("admin.settings.code", { code: municipality.code })}</Paragraph>
      {successFor(result, "settings") ? <SuccessAlert>{t("common.saved")}</SuccessAlert> : null}
      <PrefixedErrorSummary idPrefix="settings" state={state} labels={{ name: t("admin.settings.name"), language: t("admin.settings.language") }} />
      <PostForm className="stack form-narrow" noValidate>
        <input type="hidden" name="intent" value="settings" />
        <PrefixedTextField
          idPrefix="settings"
          name="name"
          label={t("admin.settings.name")}
          state={state}
          defaultValue={municipality.name}
          required
          maxLength={120}
        />
        <Fieldset id="settings-language" aria-describedby={languageError ? "settings-language-error" : undefined}>
          <Fieldset.Legend>{t("admin.settings.language")}</Fieldset.Legend>
          <Fieldset.Description>{t("admin.settings.language.description")}</Fieldset.Description>
          {(["nb", "nn"] as const).map((lang) => (
            <ChoiceInput
              key={lang}
              type="radio"
              id={`settings-language-${lang}`}
              name="language"
              value={lang}
              label={t(`lang.${lang}`)}
              defaultChecked={language === lang}
              invalid={Boolean(languageError)}
            />
          ))}
          {languageError ? <ValidationMessage id="settings-language-error">{languageError}</ValidationMessage> : null}
        </Fieldset>
        <div>
          <Button type="submit">{t("admin.settings.save")}</Button>
        </div>
      </PostForm>
    </section>
  );
}

function ValuationSection({
  valuation,
  result,
}: {
  valuation: { hourlyCostNok: number; hoursPerFte: number; version: number; isDefault: boolean };
  result: unknown;
}) {
  const t = useT();
  const state = failureFor(result, "valuation");
  const labels = { hourlyCostNok: t("admin.valuation.hourlyCost"), hoursPerFte: t("admin.valuation.hoursPerFte") };
  return (
    <section className="stack" aria-labelledby="valuation-heading">
      <Heading level={2} data-size="md" id="valuation-heading">
        {t("admin.valuation.title")}
      </Heading>
      <Paragraph>{t("admin.valuation.explanation")}</Paragraph>
      {valuation.isDefault ? <Paragraph>{t("admin.valuation.defaults")}</Paragraph> : null}
      {successFor(result, "valuation") ? <SuccessAlert>{t("common.saved")}</SuccessAlert> : null}
      <PrefixedErrorSummary idPrefix="valuation" state={state} labels={labels} />
      <PostForm className="stack form-narrow" noValidate>
        <input type="hidden" name="intent" value="valuation" />
        <input type="hidden" name="version" value={valuation.version} />
        <PrefixedTextField
          idPrefix="valuation"
          name="hourlyCostNok"
          label={labels.hourlyCostNok}
          state={state}
          defaultValue={String(valuation.hourlyCostNok)}
          required
        />
        <PrefixedTextField
          idPrefix="valuation"
          name="hoursPerFte"
          label={labels.hoursPerFte}
          state={state}
          defaultValue={String(valuation.hoursPerFte)}
          required
        />
        <div>
          <Button type="submit">{t("admin.valuation.save")}</Button>
        </div>
      </PostForm>
    </section>
  );
}

function SectorsSection({ sectors, result }: { sectors: Array<{ id: string; name: string; codePrefix: string }>; result: unknown }) {
  const t = useT();
  const created = successFor(result, "createSector");
  const updated = successFor(result, "updateSector");
  const newState = failureFor(result, "createSector");
  const labels = { name: t("admin.sectors.name"), codePrefix: t("admin.sectors.codePrefix") };
  return (
    <section className="stack" aria-labelledby="sectors-heading">
      <Heading level={2} data-size="md" id="sectors-heading">
        {t("admin.sectors.title")}
      </Heading>
      <Paragraph>{t("admin.sectors.intro")}</Paragraph>
      {updated ? <SuccessAlert>{t("admin.sectors.updated")}</SuccessAlert> : null}
      {sectors.length === 0 ? <Paragraph>{t("admin.sectors.empty")}</Paragraph> : null}
      {sectors.map((sector, index) => {
        const idPrefix = `sector-${sector.id}`;
        const state = failureFor(result, "updateSector", sector.id);
        return (
          <PostForm key={sector.id} className="stack" noValidate>
            <input type="hidden" name="intent" value="updateSector" />
            <input type="hidden" name="id" value={sector.id} />
            <Fieldset>
              <Fieldset.Legend>{t("admin.sectors.edit.legend", { position: index + 1, name: sector.name })}</Fieldset.Legend>
              <PrefixedErrorSummary idPrefix={idPrefix} state={state} labels={labels} />
              <div className="row">
                <PrefixedTextField
                  idPrefix={idPrefix}
                  name="name"
                  label={labels.name}
                  state={state}
                  defaultValue={sector.name}
                  required
                  maxLength={100}
                  data-size="sm"
                />
                <PrefixedTextField
                  idPrefix={idPrefix}
                  name="codePrefix"
                  label={labels.codePrefix}
                  state={state}
                  defaultValue={sector.codePrefix}
                  required
                  maxLength={10}
                  data-size="sm"
                />
                <Button type="submit" variant="secondary" data-size="sm" aria-label={t("admin.sectors.saveLabel", { name: sector.name })}>
                  {t("action.save")}
                </Button>
              </div>
            </Fieldset>
          </PostForm>
        );
      })}

      <Heading level={3} data-size="sm">
        {t("admin.sectors.add.title")}
      </Heading>
      {created ? <SuccessAlert>{t("admin.sectors.created")}</SuccessAlert> : null}
      <PrefixedErrorSummary idPrefix="sector-new" state={newState} labels={labels} />
      <PostForm key={created?.id ?? "new"} className="stack form-narrow" noValidate>
        <input type="hidden" name="intent" value="createSector" />
        <PrefixedTextField idPrefix="sector-new" name="name" label={labels.name} state={newState} required maxLength={100} />
        <PrefixedTextField
          idPrefix="sector-new"
          name="codePrefix"
          label={labels.codePrefix}
          description={t("admin.sectors.codePrefix.description")}
          state={newState}
          required
          maxLength={10}
        />
        <div>
          <Button type="submit">{t("admin.sectors.add.submit")}</Button>
        </div>
      </PostForm>
    </section>
  );
}

interface TokenRow {
  id: string;
  name: string;
  role: "admin" | "coordinator" | "contributor" | "reader";
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

function TokensSection({ tokens, result }: { tokens: TokenRow[]; result: unknown }) {
  const t = useT();
  const lang = useLang();
  const created = successFor(result, "createToken");
  const revoked = successFor(result, "revokeToken");
  const state = failureFor(result, "createToken");
  const roleError = useFieldError(state)("role");
  const role = valueOf(state, "role", "reader");
  return (
    <section className="stack" aria-labelledby="tokens-heading">
      <Heading level={2} data-size="md" id="tokens-heading">
        {t("admin.tokens.title")}
      </Heading>
      <Paragraph>{t("admin.tokens.intro")}</Paragraph>
      {revoked ? <SuccessAlert>{t("admin.tokens.revoked")}</SuccessAlert> : null}
      {tokens.length === 0 ? (
        <Paragraph>{t("admin.tokens.empty")}</Paragraph>
      ) : (
        <div className="table-wrap">
          <Table zebra>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t("admin.tokens.name")}</Table.HeaderCell>
                <Table.HeaderCell>{t("admin.tokens.role")}</Table.HeaderCell>
                <Table.HeaderCell>{t("admin.tokens.createdAt")}</Table.HeaderCell>
                <Table.HeaderCell>{t("admin.tokens.lastUsedAt")}</Table.HeaderCell>
                <Table.HeaderCell>{t("admin.tokens.status")}</Table.HeaderCell>
                <Table.HeaderCell>
                  <span className="visually-hidden">{t("admin.tokens.revoke")}</span>
                </Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {tokens.map((token) => (
                <Table.Row key={token.id}>
                  <Table.Cell>{token.name}</Table.Cell>
                  <Table.Cell>{t(`role.${token.role}`)}</Table.Cell>
                  <Table.Cell>{formatDateTime(lang, token.createdAt)}</Table.Cell>
                  <Table.Cell>{token.lastUsedAt ? formatDateTime(lang, token.lastUsedAt) : t("admin.tokens.never")}</Table.Cell>
                  <Table.Cell>
                    {token.revokedAt ? (
                      <Tag data-color="neutral">{t("admin.tokens.revokedAt", { date: formatDateTime(lang, token.revokedAt) })}</Tag>
                    ) : (
                      <Tag data-color="success">{t("admin.tokens.active")}</Tag>
                    )}
                  </Table.Cell>
                  <Table.Cell>
                    {token.revokedAt ? null : (
                      <PostForm className="inline-form">
                        <input type="hidden" name="intent" value="revokeToken" />
                        <input type="hidden" name="id" value={token.id} />
                        <Button
                          type="submit"
                          variant="tertiary"
                          data-color="danger"
                          data-size="sm"
                          aria-label={t("admin.tokens.revokeLabel", { name: token.name })}
                        >
                          {t("admin.tokens.revoke")}
                        </Button>
                      </PostForm>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}

      <Heading level={3} data-size="sm">
        {t("admin.tokens.create.title")}
      </Heading>
      {created?.token ? (
        <Alert data-color="warning" role="status">
          <Heading level={4} data-size="xs">
            {t("admin.tokens.created.title")}
          </Heading>
          <Paragraph>{t("admin.tokens.created.body", { name: created.name ?? "" })}</Paragraph>
          <Paragraph>
            <code data-testid="new-token" style={{ wordBreak: "break-all" }}>
              {created.token}
            </code>
          </Paragraph>
        </Alert>
      ) : null}
      <PrefixedErrorSummary idPrefix="token" state={state} labels={{ name: t("admin.tokens.name"), role: t("admin.tokens.role") }} />
      <PostForm key={created?.id ?? "new"} className="stack form-narrow" noValidate>
        <input type="hidden" name="intent" value="createToken" />
        <PrefixedTextField
          idPrefix="token"
          name="name"
          label={t("admin.tokens.name")}
          description={t("admin.tokens.name.description")}
          state={state}
          required
          maxLength={100}
        />
        <Field>
          <Label htmlFor="token-role">{t("admin.tokens.role")}</Label>
          <Select id="token-role" name="role" defaultValue={role} aria-invalid={roleError ? true : undefined}>
            {TOKEN_ROLES.map((choice) => (
              <Select.Option key={choice} value={choice}>
                {t(`role.${choice}`)}
              </Select.Option>
            ))}
          </Select>
          {roleError ? <ValidationMessage>{roleError}</ValidationMessage> : null}
        </Field>
        <div>
          <Button type="submit">{t("admin.tokens.create.submit")}</Button>
        </div>
      </PostForm>
    </section>
  );
}

export const ErrorBoundary = AdminErrorBoundary;
