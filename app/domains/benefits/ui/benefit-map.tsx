// The benefit map (nyttekart): the diagram with its summary, and the same content as a table with links.
import { Button, Link as DsLink, Paragraph } from "@digdir/designsystemet-react";
import { Fragment } from "react";
import { Link } from "react-router";
import { ChartFigure, type ChartTable } from "~/kit/charts/chart-figure";
import { useT } from "~/kit/ui/page-context";
import type { RenderedPicture } from "~/domains/benefits/map-charts.server";
import type { BenefitMapBenefit, BenefitMapGoal, BenefitMapMeasure } from "~/domains/benefits/map.server";

export interface BenefitMapView {
  measures: Array<Pick<BenefitMapMeasure, "id" | "code" | "title">>;
  benefits: BenefitMapBenefit[];
  goals: BenefitMapGoal[];
}

function MeasureCell({ measure }: { measure: BenefitMapView["measures"][number] }) {
  return (
    <DsLink asChild>
      <Link to={`/measures/${measure.id}`}>{`${measure.code} ${measure.title}`}</Link>
    </DsLink>
  );
}

export function BenefitMapFigure({ map, diagram, focusGoalId }: { map: BenefitMapView; diagram: RenderedPicture; focusGoalId?: string }) {
  const t = useT();
  const goalById = new Map(map.goals.map((g) => [g.id, g]));
  const rows: ChartTable["rows"] = map.measures.flatMap((m) => {
    const benefits = map.benefits.filter((b) => b.measureId === m.id);
    if (benefits.length === 0) {
      return [{ key: m.id, cells: [<MeasureCell key="m" measure={m} />, t("benefitMap.table.noBenefits"), "–", "–", "–"] }];
    }
    return benefits.map((b) => ({
      key: b.id,
      cells: [
        <MeasureCell key="m" measure={m} />,
        <Fragment key="b">
          {b.disbenefit ? `${t("benefitMap.figures.disbenefit")}: ` : null}
          <DsLink asChild>
            <Link to={`/benefits/${b.id}`}>{b.title}</Link>
          </DsLink>
        </Fragment>,
        t(`benefits.type.${b.type}`),
        t(`benefits.status.${b.status}`),
        b.goalIds.length === 0 ? (
          t("benefitMap.table.noGoals")
        ) : (
          <Fragment key="g">
            {b.goalIds.map((id, i) => {
              const g = goalById.get(id);
              if (!g) return null;
              return (
                <Fragment key={id}>
                  {i > 0 ? ", " : null}
                  <DsLink asChild>
                    <Link to={`/goals/${g.id}`}>{`${g.number} ${g.title}`}</Link>
                  </DsLink>
                  {g.id === focusGoalId ? ` ${t("benefitMap.diagram.thisGoal")}` : null}
                </Fragment>
              );
            })}
          </Fragment>
        ),
      ],
    }));
  });
  const table: ChartTable = {
    columns: [
      t("benefitMap.table.measure"),
      t("benefitMap.table.benefit"),
      t("benefitMap.table.type"),
      t("benefitMap.table.status"),
      t("benefitMap.table.goals"),
    ],
    rows,
  };
  return (
    <ChartFigure id="benefit-map" title={diagram.title} svg={diagram.svg} summary={diagram.summary} table={table} tableOpen>
      <Paragraph className="muted">
        {t("benefitMap.diagram.legend")}
        {focusGoalId ? ` ${t("benefitMap.diagram.legendGoal")}` : null}
      </Paragraph>
    </ChartFigure>
  );
}

/** Links to register a benefit on each of the given measures (those the user may edit). */
export function RegisterBenefitLinks({ measures }: { measures: Array<{ id: string; code: string; title: string }> }) {
  const t = useT();
  if (measures.length === 0) return null;
  return (
    <div className="row">
      {measures.map((m) => (
        <Button key={m.id} asChild variant="secondary">
          <Link to={`/measures/${m.id}/benefits/new`}>{t("benefitMap.registerFor", { code: m.code, title: m.title })}</Link>
        </Button>
      ))}
    </div>
  );
}
