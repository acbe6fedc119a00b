import "./reporting.css";
import { Button, Heading, Link as DsLink, List, Paragraph, Table, Tag } from "@digdir/designsystemet-react";
import { Link, useLocation } from "react-router";
import { PostForm } from "~/kit/ui/forms";
import { useLang, useT } from "~/kit/ui/page-context";
import { formatDate, formatDateTime, type MessageKey } from "~/kit/i18n";
import type { NotificationView, OwedReport } from "~/domains/reporting/queries.server";

/** "Du skal rapportere": the status reports the user owes in open rounds. Renders nothing when there are none. */
export function ReportingDue({ owed }: { owed: OwedReport[] }) {
  const t = useT();
  const lang = useLang();
  if (owed.length === 0) return null;
  return (
    <section className="stack" aria-labelledby="reporting-due-heading">
      <Heading level={2} data-size="md" id="reporting-due-heading">
        {t("reporting.due.heading")}
      </Heading>
      <Paragraph>{t("reporting.due.intro")}</Paragraph>
      <Table data-size="sm">
        <caption className="visually-hidden">{t("reporting.due.caption")}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t("reporting.due.column.measure")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("reporting.due.column.round")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("reporting.due.column.deadline")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("reporting.due.column.state")}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {owed.map((o) => (
            <Table.Row key={`${o.roundId}-${o.measureId}`}>
              <Table.HeaderCell scope="row">
                <DsLink asChild>
                  <Link to={`/measures/${o.measureId}/status?round=${o.roundId}#status-form`}>{`${o.code} ${o.title}`}</Link>
                </DsLink>
              </Table.HeaderCell>
              <Table.Cell>{o.roundTitle}</Table.Cell>
              <Table.Cell>
                {formatDate(lang, o.deadline)}
                {o.overdue ? (
                  <>
                    {" "}
                    <Tag data-color="danger" data-size="sm">
                      {t("reporting.due.overdue")}
                    </Tag>
                  </>
                ) : null}
              </Table.Cell>
              <Table.Cell>{o.hasDraft ? t("reporting.due.state.draft") : t("reporting.due.state.todo")}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </section>
  );
}

/** A user's notifications with their read state; `compact` shows only unread ones and nothing when there are none. */
export function NotificationList({ notifications, compact = false }: { notifications: NotificationView[]; compact?: boolean }) {
  const t = useT();
  const lang = useLang();
  const location = useLocation();
  const shown = compact ? notifications.filter((n) => !n.read) : notifications;
  if (compact && shown.length === 0) return null;
  return (
    <section className="stack" aria-labelledby="notifications-heading">
      <Heading level={2} data-size="md" id="notifications-heading">
        {t("reporting.notifications.heading")}
      </Heading>
      {shown.length === 0 ? (
        <Paragraph>{t("reporting.notifications.empty")}</Paragraph>
      ) : (
        <List.Unordered>
          {shown.map((n) => (
            <List.Item key={n.id}>
              <Tag data-color={n.read ? "neutral" : "info"} data-size="sm">
                {n.read ? t("reporting.notifications.read") : t("reporting.notifications.unread")}
              </Tag>{" "}
              {t(n.messageKey as MessageKey, n.params)} <time dateTime={n.createdAt}>({formatDateTime(lang, n.createdAt)})</time>
            </List.Item>
          ))}
        </List.Unordered>
      )}
      <div className="action-row">
        {shown.some((n) => !n.read) ? (
          <PostForm action="/notifications">
            <input type="hidden" name="redirectTo" value={location.pathname} />
            <Button type="submit" variant="secondary" data-size="sm">
              {t("reporting.notifications.markAllRead")}
            </Button>
          </PostForm>
        ) : null}
        {compact ? (
          <Button asChild variant="tertiary" data-size="sm">
            <Link to="/notifications">{t("reporting.notifications.all")}</Link>
          </Button>
        ) : null}
      </div>
    </section>
  );
}
