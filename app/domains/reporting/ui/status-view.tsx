import { Button, Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { Link } from "react-router";
import { STATUS_PARAMETERS } from "~/domains/reporting/constants";
import { useLang, useT } from "~/kit/ui/page-context";
import { formatDateTime, formatNumber } from "~/kit/i18n";
import type { StatusUpdateView } from "~/domains/reporting/queries.server";
import { TrafficLight } from "./traffic-light";

type StatusLike = Pick<
  StatusUpdateView,
  "id" | "periodLabel" | "overall" | "parameters" | "progressPercent" | "internalComment" | "roundTitle" | "publishedAt" | "publishedByName"
>;

/** The parameter lights and comments of a status update, as a table. */
export function StatusParameterTable({ status, captionId }: { status: StatusLike; captionId: string }) {
  const t = useT();
  const rows = STATUS_PARAMETERS.filter((p) => status.parameters[p]);
  if (rows.length === 0) return null;
  return (
    <Table data-size="sm" aria-labelledby={captionId}>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell scope="col">{t("reporting.status.column.parameter")}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t("reporting.status.column.light")}</Table.HeaderCell>
          <Table.HeaderCell scope="col">{t("reporting.status.column.comment")}</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {rows.map((p) => (
          <Table.Row key={p}>
            <Table.HeaderCell scope="row">{t(`reporting.parameter.${p}`)}</Table.HeaderCell>
            <Table.Cell>
              <TrafficLight light={status.parameters[p]?.light ?? null} short />
            </Table.Cell>
            <Table.Cell className="pre-line">{status.parameters[p]?.comment ?? "–"}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}

/** One published status update. */
export function StatusCard({ status, headingLevel = 3 }: { status: StatusLike; headingLevel?: 2 | 3 }) {
  const t = useT();
  const lang = useLang();
  const headingId = `status-${status.id}`;
  const published = status.publishedAt
    ? status.publishedByName
      ? t("reporting.status.publishedAt", { date: formatDateTime(lang, status.publishedAt), name: status.publishedByName })
      : t("reporting.status.publishedAtNoName", { date: formatDateTime(lang, status.publishedAt) })
    : null;
  return (
    <article className="status-card stack" aria-labelledby={headingId}>
      <Heading level={headingLevel} data-size="xs" id={headingId}>
        {status.periodLabel}
      </Heading>
      <div className="status-card__meta">
        <span>
          {t("reporting.status.field.overall")}: <TrafficLight light={status.overall} />
        </span>
        {status.progressPercent !== null ? <span>{t("reporting.status.progress", { percent: formatNumber(lang, status.progressPercent) })}</span> : null}
        {status.roundTitle ? <span>{t("reporting.status.round", { round: status.roundTitle })}</span> : null}
      </div>
      <StatusParameterTable status={status} captionId={headingId} />
      {status.internalComment ? (
        <Paragraph data-size="sm" className="pre-line">
          <strong>{t("reporting.status.field.internalComment")}:</strong> {status.internalComment}
        </Paragraph>
      ) : null}
      {published ? (
        <Paragraph data-size="sm" className="muted">
          {published}
        </Paragraph>
      ) : null}
    </article>
  );
}

/** The latest published status on the measure page, with a way to the full timeline and the form. */
export function MeasureLatestStatus({
  measureId,
  latest,
  canReport,
  hasDraft,
}: {
  measureId: string;
  latest: StatusLike | null;
  canReport: boolean;
  hasDraft: boolean;
}) {
  const t = useT();
  return (
    <section className="stack" aria-labelledby="latest-status-heading">
      <Heading level={2} data-size="md" id="latest-status-heading">
        {t("reporting.status.latest")}
      </Heading>
      {latest ? <StatusCard status={latest} /> : <Paragraph>{t("reporting.status.none")}</Paragraph>}
      <div className="action-row">
        {canReport ? (
          <Button asChild variant="secondary">
            <Link to={`/measures/${measureId}/status#status-form`}>{hasDraft ? t("reporting.status.continueDraft") : t("reporting.status.write")}</Link>
          </Button>
        ) : null}
        <Button asChild variant="tertiary">
          <Link to={`/measures/${measureId}/status`}>{t("reporting.status.showAll")}</Link>
        </Button>
      </div>
    </section>
  );
}
