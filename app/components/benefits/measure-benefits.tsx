// The "Gevinster" section on the measure page: the measure's benefits with links, and a link to register one.
import { Button, Heading, Link as DsLink, List, Paragraph } from "@digdir/designsystemet-react";
import { Link } from "react-router";
import { useT } from "~/hooks";
import type { BENEFIT_STATUSES, BENEFIT_TYPES } from "~/db/schema/benefits";

export interface MeasureBenefitRow {
  id: string;
  title: string;
  type: (typeof BENEFIT_TYPES)[number];
  status: (typeof BENEFIT_STATUSES)[number];
}

export function MeasureBenefits({ measureId, benefits, canEdit }: { measureId: string; benefits: MeasureBenefitRow[]; canEdit: boolean }) {
  const t = useT();
  return (
    <section className="stack" aria-labelledby="benefit-list-heading">
      <Heading level={2} data-size="md" id="benefit-list-heading">
        {t("benefits.section")}
      </Heading>
      {benefits.length === 0 ? (
        <Paragraph>{t("benefits.none")}</Paragraph>
      ) : (
        <List.Unordered>
          {benefits.map((b) => (
            <List.Item key={b.id}>
              <DsLink asChild>
                <Link to={`/benefits/${b.id}`}>{b.title}</Link>
              </DsLink>
              {` – ${t(`benefits.type.${b.type}`)}, ${t(`benefits.status.${b.status}`)}`}
            </List.Item>
          ))}
        </List.Unordered>
      )}
      {canEdit ? (
        <div>
          <Button asChild variant="secondary">
            <Link to={`/measures/${measureId}/benefits/new`}>{t("benefits.new")}</Link>
          </Button>
        </div>
      ) : null}
    </section>
  );
}
