// The "Gevinster" section on the measure page: each benefit with its type, status, who benefits, planned amount
// (hours, NOK, FTE), latest achievement and realised amount; a link to register one and to the benefit map.
import { Button, Heading, Link as DsLink, Paragraph, Tag } from "@digdir/designsystemet-react";
import { Link } from "react-router";
import { formatAmount } from "~/domains/benefits/ui/indicators";
import { Fact, dateOnly } from "~/domains/measures/ui";
import { useLang, useT } from "~/kit/ui/page-context";
import { formatNumber, type Lang, type Translate } from "~/kit/i18n";
import type { MeasureBenefitView } from "~/domains/benefits/measure-page.server";

/** "350 timer, 245 000 kr, 0,21 årsverk" – the parts that are known. */
function amountText(t: Translate, lang: Lang, amounts: { hours: number | null; nok: number | null; fte: number | null }): string {
  return [
    amounts.hours === null ? null : t("benefitMap.figures.hours", { hours: formatAmount(lang, amounts.hours, 2) }),
    amounts.nok === null ? null : t("common.nok", { amount: formatNumber(lang, amounts.nok) }),
    amounts.fte === null ? null : t("benefitMap.figures.fte", { fte: formatAmount(lang, amounts.fte, 2) }),
  ]
    .filter(Boolean)
    .join(", ");
}

function BenefitFigures({ benefit: b }: { benefit: MeasureBenefitView }) {
  const t = useT();
  const lang = useLang();
  const headingId = `benefit-${b.id}-heading`;
  const planned = amountText(t, lang, b.planned);
  const latest = b.indicator?.latest ?? null;
  const achievement = !b.indicator
    ? t("benefitMap.figures.noIndicator")
    : !latest
      ? t("benefits.achievement.none")
      : latest.status === "ok"
        ? t("benefits.achievement.ok", { percent: latest.percent })
        : t(`benefits.achievement.${latest.status}`);
  const notCounted =
    b.realised && !b.realisedCounts
      ? t(b.status === "not_realised" ? "benefitMap.figures.notCounted.not_realised" : "benefitMap.figures.notCounted.freed_capacity")
      : null;
  return (
    <article className="stack" aria-labelledby={headingId}>
      <div className="measure-header__title">
        <Heading level={3} data-size="xs" id={headingId}>
          <DsLink asChild>
            <Link to={`/benefits/${b.id}`}>{b.title}</Link>
          </DsLink>
        </Heading>
        {b.disbenefit ? <Tag data-size="sm">{t("benefitMap.figures.disbenefit")}</Tag> : null}
      </div>
      <dl className="facts">
        <Fact label={t("benefitMap.figures.type")}>{t(`benefits.type.${b.type}`)}</Fact>
        <Fact label={t("benefitMap.figures.status")}>{t(`benefits.status.${b.status}`)}</Fact>
        <Fact label={t("benefitMap.figures.beneficiaries")}>
          {b.beneficiaries.length > 0 ? b.beneficiaries.map((x) => t(`benefits.beneficiary.${x}`)).join(", ") : "–"}
        </Fact>
        <Fact label={t(`benefitMap.figures.planned.${b.recurrence}`)}>{planned || t("benefitMap.figures.notQuantified")}</Fact>
        <Fact label={t("benefitMap.figures.achievement")}>
          {achievement}
          {b.indicator && latest ? (
            <>
              {" "}
              <span className="muted">
                {t("benefitMap.figures.measuredOn", { indicator: b.indicator.name, date: dateOnly(lang, latest.measuredOn) })}
                {latest.assessment ? ` ${t("benefitMap.figures.assessment", { assessment: t(`benefits.assessment.${latest.assessment}`) })}` : null}
              </span>
            </>
          ) : null}
        </Fact>
        <Fact label={t("benefitMap.figures.realised")}>
          {b.realised
            ? amountText(t, lang, b.realised)
            : b.indicator?.isValuation
              ? t("benefitMap.figures.notMeasured")
              : t("benefitMap.figures.noValuationIndicator")}
          {notCounted ? (
            <>
              {" "}
              <span className="muted">{notCounted}</span>
            </>
          ) : null}
        </Fact>
      </dl>
    </article>
  );
}

export function MeasureBenefits({
  measureId,
  benefits,
  valuation,
  canEdit,
}: {
  measureId: string;
  benefits: MeasureBenefitView[];
  valuation: { hourlyCostNok: number; hoursPerFte: number };
  canEdit: boolean;
}) {
  const t = useT();
  const lang = useLang();
  return (
    <section className="stack" aria-labelledby="benefit-list-heading">
      <Heading level={2} data-size="md" id="benefit-list-heading">
        {t("benefits.section")}
      </Heading>
      {benefits.length === 0 ? (
        <Paragraph>{t("benefits.none")}</Paragraph>
      ) : (
        <>
          {benefits.map((b) => (
            <BenefitFigures key={b.id} benefit={b} />
          ))}
          <Paragraph className="muted">
            {t("benefitMap.figures.valuation", { cost: formatAmount(lang, valuation.hourlyCostNok, 2), hours: formatAmount(lang, valuation.hoursPerFte, 2) })}
          </Paragraph>
        </>
      )}
      <div className="row">
        {canEdit ? (
          <Button asChild variant="secondary">
            <Link to={`/measures/${measureId}/benefits/new`}>{t("benefits.new")}</Link>
          </Button>
        ) : null}
        <Button asChild variant="tertiary">
          <Link to={`/measures/${measureId}/benefit-map`}>{t("benefitMap.figures.map")}</Link>
        </Button>
      </div>
    </section>
  );
}
