import { actorOf } from "~/kit/context";
import "~/domains/reporting/ui/reporting.css";
import { Alert, Button, Heading, Link as DsLink, Paragraph, Table } from "@digdir/designsystemet-react";
import { Link, redirect, useActionData, useLoaderData, useSearchParams } from "react-router";
import type { Route } from "./+types/reporting.$id";
import { KeyFigures } from "~/kit/charts/key-figures";
import { DownloadLinks } from "~/kit/ui/download-links";
import { FormErrorAlert } from "~/kit/ui/alerts";
import { PostForm } from "~/kit/ui/forms";
import { Fact } from "~/domains/measures/ui";
import { failureOf } from "~/kit/ui/failure";
import { metaTitle } from "~/kit/ui/meta";
import { TrafficLight } from "~/domains/reporting/ui/traffic-light";
import { useLang, useT } from "~/kit/ui/page-context";
import { formatDate, formatDateTime, formatNumber } from "~/kit/i18n";
import { requireContext } from "~/domains/tenancy/index.server";
import { can } from "~/kit/permissions";
import { parseVersion } from "~/domains/measures/index.server";
import { isMailConfigured } from "~/domains/reporting/mail.server";
import { closeRound, sendRoundReminders } from "~/domains/reporting/mutations.server";
import { getRoundById, getRoundCompleteness, listSnapshotRows } from "~/domains/reporting/queries.server";
import { listSectors } from "~/domains/tenancy/index.server";
import { AppError } from "~/kit/errors";
import { readForm, withAction, withLoader } from "~/kit/http.server";

export const loader = withLoader(async ({ request, params }: Route.LoaderArgs) => {
  const context = await requireContext(request, { capability: "reporting.view" });
  const municipalityId = context.municipality.id;
  const round = await getRoundById({ municipalityId, id: params.id });
  const [completeness, sectors, snapshotCount] = await Promise.all([
    getRoundCompleteness({ municipalityId, roundId: round.id }),
    listSectors({ municipalityId }),
    round.state === "closed" ? listSnapshotRows({ municipalityId, roundId: round.id }).then((rows) => rows.length) : Promise.resolve(null),
  ]);
  const sectorNames = sectors.filter((s) => round.scopeSectorIds.includes(s.id)).map((s) => s.name);
  return { round, completeness, sectorNames, snapshotCount, canManage: can(context.principal, "reporting.manage"), mailConfigured: isMailConfigured() };
});

export const action = withAction(async ({ request, params }: Route.ActionArgs) => {
  const form = await readForm(request);
  const context = await requireContext(request, { capability: "reporting.manage" });
  const municipalityId = context.municipality.id;
  const round = await getRoundById({ municipalityId, id: params.id });
  const intent = form.get("intent");
  if (intent === "remind") {
    const result = await sendRoundReminders({ municipalityId, roundId: round.id, principal: context.principal, lang: context.municipality.language });
    return redirect(`/reporting/${round.id}?reminded=${result.recipients}&emailed=${result.emailed}&failed=${result.emailFailed}`);
  }
  if (intent === "close") {
    await closeRound({ municipalityId, id: round.id, version: parseVersion(form), principal: context.principal, actor: actorOf(context) });
    return redirect(`/reporting/${round.id}?closed=1`);
  }
  throw new AppError("bad_request");
});

export const meta: Route.MetaFunction = ({ matches, loaderData }) => metaTitle(matches, (t) => loaderData?.round.title ?? t("reporting.title"));

function useNotice(): string[] {
  const t = useT();
  const lang = useLang();
  const [params] = useSearchParams();
  const n = (name: string) => formatNumber(lang, Number(params.get(name) ?? 0));
  const notices: string[] = [];
  if (params.get("opened")) notices.push(t("reporting.new.opened"));
  if (params.get("closed")) notices.push(t("reporting.round.closed"));
  if (params.has("reminded")) {
    notices.push(
      params.get("reminded") === "0" ? t("reporting.round.remind.nobody") : t("reporting.round.remind.sent", { count: n("reminded"), emailed: n("emailed") }),
    );
    if (Number(params.get("failed") ?? 0) > 0) notices.push(t("reporting.round.remind.failed", { count: n("failed") }));
  }
  return notices;
}

export default function RoundPage() {
  const t = useT();
  const lang = useLang();
  const { round, completeness, sectorNames, snapshotCount, canManage, mailConfigured } = useLoaderData<typeof loader>();
  const failure = failureOf(useActionData<typeof action>());
  const notices = useNotice();
  const n = (value: number) => formatNumber(lang, value);
  const { totals } = completeness;
  const scope = [
    sectorNames.length > 0 ? t("reporting.round.scopeSectors", { sectors: sectorNames.join(", ") }) : null,
    round.scopeStatuses.length > 0
      ? t("reporting.round.scopeStatuses", { statuses: round.scopeStatuses.map((s) => t(`measures.status.${s}`)).join(", ") })
      : null,
  ].filter(Boolean);
  return (
    <div className="stack">
      <Paragraph>
        <Link to="/reporting">{t("reporting.round.backToList")}</Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {round.title}
      </Heading>
      {notices.length > 0 && !failure ? (
        <Alert data-color="success" role="status">
          {notices.join(" ")}
        </Alert>
      ) : null}
      <FormErrorAlert error={failure?.formError} />
      <dl className="facts">
        <Fact label={t("reporting.round.deadline")}>{formatDate(lang, round.deadline)}</Fact>
        <Fact label={t("reporting.round.state")}>{t(`reporting.round.state.${round.state}`)}</Fact>
        <Fact label={t("reporting.round.scope")}>{scope.length > 0 ? scope.join(". ") : t("reporting.round.scopeAll")}</Fact>
        {round.closedAt ? <Fact label={t("reporting.round.closedAt")}>{formatDateTime(lang, round.closedAt)}</Fact> : null}
        {snapshotCount !== null ? <Fact label={t("reporting.round.snapshot")}>{t("reporting.round.snapshotCount", { count: n(snapshotCount) })}</Fact> : null}
      </dl>
      {round.state === "closed" ? <DownloadLinks id="snapshot-export" title="exports.snapshot.title" base={`/api/v1/rounds/${round.id}/snapshot`} /> : null}

      <KeyFigures
        id="completeness-heading"
        title={t("reporting.round.completeness")}
        items={[
          { key: "expected", label: t("reporting.round.key.expected"), value: n(totals.expected) },
          { key: "published", label: t("reporting.round.key.published"), value: n(totals.published) },
          { key: "drafts", label: t("reporting.round.key.drafts"), value: n(totals.drafts) },
          { key: "missing", label: t("reporting.round.key.missing"), value: n(totals.missing) },
          { key: "overdue", label: t("reporting.round.key.overdue"), value: n(totals.overdue) },
        ]}
      />

      <section className="stack" aria-labelledby="sector-heading">
        <Heading level={2} data-size="md" id="sector-heading">
          {t("reporting.round.bySector")}
        </Heading>
        <Table aria-labelledby="sector-heading">
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t("reporting.round.column.sector")}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t("reporting.round.column.expected")}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t("reporting.round.column.published")}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t("reporting.round.column.drafts")}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t("reporting.round.column.overdue")}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {completeness.sectors.map((s) => (
              <Table.Row key={s.sectorId ?? "none"}>
                <Table.HeaderCell scope="row">{s.sectorName ?? t("reporting.round.noSector")}</Table.HeaderCell>
                <Table.Cell>{n(s.expected)}</Table.Cell>
                <Table.Cell>{n(s.published)}</Table.Cell>
                <Table.Cell>{n(s.drafts)}</Table.Cell>
                <Table.Cell>{n(s.overdue)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
          <tfoot>
            <Table.Row>
              <Table.HeaderCell scope="row">{t("reporting.round.total")}</Table.HeaderCell>
              <Table.Cell>{n(totals.expected)}</Table.Cell>
              <Table.Cell>{n(totals.published)}</Table.Cell>
              <Table.Cell>{n(totals.drafts)}</Table.Cell>
              <Table.Cell>{n(totals.overdue)}</Table.Cell>
            </Table.Row>
          </tfoot>
        </Table>
      </section>

      {canManage && round.state === "open" ? (
        <>
          <section className="stack" aria-labelledby="remind-heading">
            <Heading level={2} data-size="md" id="remind-heading">
              {t("reporting.round.remind.heading")}
            </Heading>
            <Paragraph data-size="sm">{mailConfigured ? t("reporting.round.remind.email") : t("reporting.round.remind.noEmail")}</Paragraph>
            <PostForm>
              <input type="hidden" name="intent" value="remind" />
              <Button type="submit" variant="secondary">
                {t("reporting.round.remind.submit")}
              </Button>
            </PostForm>
          </section>
          <section className="stack" aria-labelledby="close-heading">
            <Heading level={2} data-size="md" id="close-heading">
              {t("reporting.round.close.heading")}
            </Heading>
            <Paragraph data-size="sm">{t("reporting.round.close.description")}</Paragraph>
            <PostForm>
              <input type="hidden" name="intent" value="close" />
              <input type="hidden" name="version" value={round.version} />
              <Button type="submit">{t("reporting.round.close.submit")}</Button>
            </PostForm>
          </section>
        </>
      ) : null}

      <section className="stack" aria-labelledby="report-heading">
        <Heading level={2} data-size="md" id="report-heading">
          {t("report.round.heading")}
        </Heading>
        <ul className="action-row">
          <li>
            <DsLink href={`/reporting/${round.id}/report.docx`} download>
              {t("report.round.docx")}
            </DsLink>
          </li>
          <li>
            <DsLink href={`/reporting/${round.id}/report.pdf`} download>
              {t("report.round.pdf")}
            </DsLink>
          </li>
        </ul>
      </section>

      <section className="stack" aria-labelledby="measures-heading">
        <Heading level={2} data-size="md" id="measures-heading">
          {t("reporting.round.measures")}
        </Heading>
        {completeness.measures.length === 0 ? (
          <Paragraph>{t("reporting.round.emptyScope")}</Paragraph>
        ) : (
          <Table aria-labelledby="measures-heading" data-size="sm">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t("reporting.round.column.code")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("reporting.round.column.measure")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("reporting.round.column.sector")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("reporting.round.column.responsible")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("reporting.round.column.report")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("reporting.round.column.overall")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {completeness.measures.map((m) => (
                <Table.Row key={m.measureId}>
                  <Table.HeaderCell scope="row">{m.code}</Table.HeaderCell>
                  <Table.Cell>
                    <DsLink asChild>
                      <Link to={`/measures/${m.measureId}/status`}>{m.title}</Link>
                    </DsLink>
                  </Table.Cell>
                  <Table.Cell>{m.sectorName ?? "–"}</Table.Cell>
                  <Table.Cell>{m.responsibleName ?? "–"}</Table.Cell>
                  <Table.Cell>
                    {t(`reporting.round.report.${m.state}`)}
                    {m.overdue ? ` (${t("reporting.round.overdueYes")})` : ""}
                  </Table.Cell>
                  <Table.Cell>{m.state === "published" ? <TrafficLight light={m.overall} short /> : "–"}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        )}
      </section>
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/kit/ui/route-error";
