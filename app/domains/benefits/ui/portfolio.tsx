import { Button, Field, Fieldset, Input, Label, Table, ValidationMessage } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";
import { Form } from "react-router";
import type { ChartTable } from "~/kit/charts/chart-figure";
import { FormErrorSummary, TextField, useFieldError } from "~/kit/ui/forms";
import { useLang, useT } from "~/kit/ui/page-context";
import { formatDecimal, formatNumber } from "~/kit/i18n";
import type { PortfolioPeriodValues } from "~/domains/benefits/portfolio-period";
import type { FieldErrors } from "~/kit/errors";

type Amounts = Record<"plannedNok" | "realisedNok" | "plannedHours" | "realisedHours" | "plannedFte" | "realisedFte", number>;

/** Formatters and column headers for planned/realised NOK, hours and FTE. */
export function useAmountColumns() {
  const t = useT();
  const lang = useLang();
  const headers = [
    t("benefitPortfolio.col.plannedNok"),
    t("benefitPortfolio.col.realisedNok"),
    t("benefitPortfolio.col.plannedHours"),
    t("benefitPortfolio.col.realisedHours"),
    t("benefitPortfolio.col.plannedFte"),
    t("benefitPortfolio.col.realisedFte"),
  ];
  const cells = (a: Amounts): string[] => [
    formatNumber(lang, a.plannedNok),
    formatNumber(lang, a.realisedNok),
    formatDecimal(lang, a.plannedHours),
    formatDecimal(lang, a.realisedHours),
    formatDecimal(lang, a.plannedFte),
    formatDecimal(lang, a.realisedFte),
  ];
  return { headers, cells };
}

/** Indexes of the numeric columns after `leading` text columns, for right alignment. */
export function numericColumns(leading: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => leading + i);
}

/** A plain data table (the same shape as a chart's table) with a caption and an optional footer. */
export function AmountsTable({ id, caption, table }: { id: string; caption: string; table: ChartTable }) {
  const align = (i: number) => (table.numeric?.includes(i) ? ({ textAlign: "right" } as const) : undefined);
  const row = (cells: ReactNode[]) =>
    cells.map((cell, i) =>
      i === 0 ? (
        <Table.HeaderCell key={i} scope="row">
          {cell}
        </Table.HeaderCell>
      ) : (
        <Table.Cell key={i} style={align(i)}>
          {cell}
        </Table.Cell>
      ),
    );
  return (
    <div className="table-wrap" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <Table data-size="sm" zebra id={id}>
        <caption id={`${id}-caption`} className="visually-hidden">
          {caption}
        </caption>
        <Table.Head>
          <Table.Row>
            {table.columns.map((column, i) => (
              <Table.HeaderCell key={i} scope="col" style={align(i)}>
                {column}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {table.rows.map((r) => (
            <Table.Row key={r.key}>{row(r.cells)}</Table.Row>
          ))}
        </Table.Body>
        {table.footer ? (
          <Table.Foot>
            <Table.Row>{row(table.footer)}</Table.Row>
          </Table.Foot>
        ) : null}
      </Table>
    </div>
  );
}

/**
 * The period chooser: a GET form (works without JavaScript) with the current strategy's period or one year.
 * Without a current strategy only the year can be chosen.
 */
export function PeriodForm({
  values,
  fieldErrors,
  strategy,
}: {
  values: PortfolioPeriodValues;
  fieldErrors: FieldErrors | undefined;
  strategy: { title: string; periodFrom: number; periodTo: number } | null;
}) {
  const t = useT();
  const state = { fieldErrors, values: { ...values } };
  const periodError = useFieldError(state)("period");
  const labels = { period: t("benefitPortfolio.period.legend"), year: t("benefitPortfolio.period.yearLabel") };
  const choices = [
    ...(strategy
      ? [{ value: "strategy", label: t("benefitPortfolio.period.strategy", { from: strategy.periodFrom, to: strategy.periodTo, title: strategy.title }) }]
      : []),
    { value: "year", label: t("benefitPortfolio.period.year") },
  ];
  return (
    <Form method="get" className="stack form-narrow" key={`${values.period}-${values.year}`} aria-labelledby="period-legend" role="search">
      <FormErrorSummary state={state} labels={labels} />
      <Fieldset id="field-period" tabIndex={-1} aria-describedby={periodError ? "field-period-error" : undefined} data-size="sm">
        <Fieldset.Legend id="period-legend">{t("benefitPortfolio.period.legend")}</Fieldset.Legend>
        {strategy ? null : <Fieldset.Description>{t("benefitPortfolio.period.noStrategyNote")}</Fieldset.Description>}
        {choices.map((c) => (
          <Field key={c.value}>
            <Input
              type="radio"
              id={`field-period-${c.value}`}
              name="period"
              value={c.value}
              defaultChecked={values.period === c.value}
              aria-invalid={periodError ? true : undefined}
            />
            <Label htmlFor={`field-period-${c.value}`} weight="regular">
              {c.label}
            </Label>
          </Field>
        ))}
        {periodError ? <ValidationMessage id="field-period-error">{periodError}</ValidationMessage> : null}
      </Fieldset>
      <TextField name="year" label={labels.year} description={t("benefitPortfolio.period.yearDescription")} state={state} inputMode="numeric" maxLength={10} />
      <div>
        <Button type="submit">{t("benefitPortfolio.period.submit")}</Button>
      </div>
    </Form>
  );
}
