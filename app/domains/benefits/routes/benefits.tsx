import { Heading, Link as DsLink, Paragraph, Table, Tag } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";
import { Link, useLoaderData } from "react-router";
import type { Route } from "./+types/benefits";
import { BenefitExportLinks } from "~/domains/benefits/ui/export-links";
import { dateOnly } from "~/domains/measures/ui";
import { MeasuresErrorBoundary } from "~/domains/measures/ui";
import { metaTitle } from "~/kit/ui/meta";
import { useLang, useT } from "~/kit/ui/page-context";
import { requireContext } from "~/domains/tenancy/index.server";
import { DUE_WITHIN_DAYS, getFollowUp } from "~/domains/benefits/follow-up.server";
import { withLoader } from "~/kit/http.server";

/** Today's calendar date in Norway (YYYY-MM-DD). */
function todayInNorway(): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Oslo", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}

export const loader = withLoader(async ({ request }: Route.LoaderArgs) => {
  const context = await requireContext(request);
  const followUp = await getFollowUp({ municipalityId: context.municipality.id, userId: context.user?.id ?? null, today: todayInNorway() });
  return { ...followUp, dueWithinDays: DUE_WITHIN_DAYS };
});

export const meta: Route.MetaFunction = ({ matches }) => metaTitle(matches, (t) => t("benefits.followUp.title"));

function Section({ id, title, count, children }: { id: string; title: string; count: number; children: ReactNode }) {
  const t = useT();
  return (
    <section aria-labelledby={id} className="stack">
      <Heading level={2} data-size="sm" id={id}>
        {title} <span className="follow-up-count">({t("benefits.followUp.count", { count })})</span>
      </Heading>
      {count === 0 ? <Paragraph>{t("benefits.followUp.empty")}</Paragraph> : <div className="table-wrap">{children}</div>}
    </section>
  );
}

export default function BenefitsFollowUp() {
  const t = useT();
  const lang = useLang();
  const data = useLoaderData<typeof loader>();
  const benefitLink = (id: string, title: string) => (
    <DsLink asChild>
      <Link to={`/benefits/${id}`}>{title}</Link>
    </DsLink>
  );
  const measureLink = (id: string, code: string) => (
    <DsLink asChild>
      <Link to={`/measures/${id}`}>{code}</Link>
    </DsLink>
  );
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("benefits.followUp.title")}
      </Heading>
      <Paragraph>
        <DsLink asChild>
          <Link to="/benefits/portfolio">{t("benefitPortfolio.link")}</Link>
        </DsLink>
      </Paragraph>
      <Paragraph>{t("benefits.followUp.intro", { date: dateOnly(lang, data.today), days: data.dueWithinDays })}</Paragraph>

      <Section id="follow-up-mine" title={t("benefits.followUp.mine.title")} count={data.mine.length}>
        <Table zebra>
          <caption className="visually-hidden">{t("benefits.followUp.mine.caption")}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t("benefits.followUp.benefit")}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t("benefits.followUp.measure")}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t("benefits.followUp.mine.role")}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t("benefits.followUp.status")}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t("benefits.followUp.mine.nextDue")}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {data.mine.map((r) => (
              <Table.Row key={r.benefitId}>
                <Table.Cell>{benefitLink(r.benefitId, r.benefitTitle)}</Table.Cell>
                <Table.Cell>{measureLink(r.measureId, r.measureCode)}</Table.Cell>
                <Table.Cell>
                  {[r.isOwner ? t("benefits.followUp.mine.owner") : null, r.isManager ? t("benefits.followUp.mine.manager") : null].filter(Boolean).join(", ")}
                </Table.Cell>
                <Table.Cell>{t(`benefits.status.${r.status}`)}</Table.Cell>
                <Table.Cell className="nowrap">
                  {r.nextDueOn === null ? "–" : dateOnly(lang, r.nextDueOn)}
                  {r.overdue ? (
                    <>
                      {" "}
                      <Tag data-color="danger" data-size="sm">
                        {t("benefits.followUp.due.overdue")}
                      </Tag>
                    </>
                  ) : null}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Section>

      <Section id="follow-up-due" title={t("benefits.followUp.due.title")} count={data.due.length}>
        <Table zebra>
          <caption className="visually-hidden">{t("benefits.followUp.due.caption", { days: data.dueWithinDays })}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t("benefits.followUp.due.indicator")}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t("benefits.followUp.benefit")}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t("benefits.followUp.due.frequency")}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t("benefits.followUp.due.last")}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t("benefits.followUp.due.dueOn")}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t("benefits.followUp.due.state")}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {data.due.map((r) => (
              <Table.Row key={r.indicatorId}>
                <Table.Cell>{r.indicatorName}</Table.Cell>
                <Table.Cell>{benefitLink(r.benefitId, r.benefitTitle)}</Table.Cell>
                <Table.Cell>{t(`benefits.frequency.${r.frequency}`)}</Table.Cell>
                <Table.Cell className="nowrap">{r.lastMeasuredOn === null ? t("benefits.followUp.due.never") : dateOnly(lang, r.lastMeasuredOn)}</Table.Cell>
                <Table.Cell className="nowrap">{dateOnly(lang, r.dueOn)}</Table.Cell>
                <Table.Cell>
                  <Tag data-color={r.overdue ? "danger" : "warning"} data-size="sm">
                    {r.overdue ? t("benefits.followUp.due.overdue") : t("benefits.followUp.due.soon")}
                  </Tag>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Section>

      <Section id="follow-up-missing" title={t("benefits.followUp.missing.title")} count={data.missing.length}>
        <Table zebra>
          <caption className="visually-hidden">{t("benefits.followUp.missing.caption")}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t("benefits.followUp.benefit")}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t("benefits.followUp.measure")}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t("benefits.followUp.missing.what")}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {data.missing.map((r) => (
              <Table.Row key={r.benefitId}>
                <Table.Cell>{benefitLink(r.benefitId, r.benefitTitle)}</Table.Cell>
                <Table.Cell>{measureLink(r.measureId, r.measureCode)}</Table.Cell>
                <Table.Cell>
                  {[
                    r.missingOwner ? t("benefits.followUp.missing.owner") : null,
                    r.missingIndicator ? t("benefits.followUp.missing.indicator") : null,
                    r.missingBaseline ? t("benefits.followUp.missing.baseline") : null,
                    r.missingTarget ? t("benefits.followUp.missing.target") : null,
                  ]
                    .filter(Boolean)
                    .join(", ")}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Section>

      <Section id="follow-up-unfollowed" title={t("benefits.followUp.unfollowed.title")} count={data.unfollowedMeasures.length}>
        <Table zebra>
          <caption className="visually-hidden">{t("benefits.followUp.unfollowed.caption")}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t("benefits.followUp.measure")}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t("benefits.field.title")}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="num">
                {t("benefits.followUp.unfollowed.benefits")}
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {data.unfollowedMeasures.map((r) => (
              <Table.Row key={r.measureId}>
                <Table.Cell>{measureLink(r.measureId, r.measureCode)}</Table.Cell>
                <Table.Cell>{r.measureTitle}</Table.Cell>
                <Table.Cell className="num">{r.benefitCount}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Section>

      <BenefitExportLinks />
    </div>
  );
}

export const ErrorBoundary = MeasuresErrorBoundary;
