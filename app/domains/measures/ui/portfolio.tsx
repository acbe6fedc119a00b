// The portfolio page's filter form, sortable table and pagination. All navigation is plain links and
// a GET form, so everything works without JavaScript and every view has its own URL.
import "./measures.css";
import { Button, Field, Fieldset, Heading, Input, Label, Link as DsLink, Pagination, Select, Table } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";
import { Form, Link } from "react-router";
import { useLang, useT } from "~/kit/ui/page-context";
import type { MessageKey } from "~/kit/i18n";
import { MEASURE_SORTS, MEASURE_STATUSES, type MeasureSort } from "../constants";
import { nok, periodRangeLabel } from "./format";
import { StatusTag } from "./page";

export interface PortfolioRow {
  id: string;
  code: string;
  title: string;
  status: string;
  sectorName: string | null;
  responsible: string | null;
  userOriented: boolean;
  priority: number | null;
  startPeriod: string | null;
  endPeriod: string | null;
  knownCostNok: number;
  mergedInto: { id: string; code: string } | null;
}

export interface ActiveSort {
  sort: MeasureSort;
  dir: "asc" | "desc";
}

/** The query string with some parameters replaced (undefined removes them). */
export function withParams(params: URLSearchParams, changes: Record<string, string | undefined>): string {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) next.delete(key);
    else next.set(key, value);
  }
  const query = next.toString();
  return query ? `?${query}` : "?";
}

function FilterText({
  name,
  label,
  description,
  defaultValue,
  type = "text",
  inputMode,
}: {
  name: string;
  label: string;
  description?: string;
  defaultValue: string;
  type?: "text" | "search";
  inputMode?: "numeric";
}) {
  const id = `filter-${name}`;
  return (
    <Field className={name === "q" ? "measure-filters__q" : undefined}>
      <Label htmlFor={id}>{label}</Label>
      {description ? <Field.Description id={`${id}-description`}>{description}</Field.Description> : null}
      <Input
        id={id}
        name={name}
        type={type}
        inputMode={inputMode}
        defaultValue={defaultValue}
        maxLength={200}
        aria-describedby={description ? `${id}-description` : undefined}
      />
    </Field>
  );
}

function FilterSelect({ name, label, defaultValue, children }: { name: string; label: string; defaultValue: string; children: ReactNode }) {
  const id = `filter-${name}`;
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      <Select id={id} name={name} defaultValue={defaultValue}>
        {children}
      </Select>
    </Field>
  );
}

export function FilterForm({
  params,
  sectors,
  goals,
}: {
  params: URLSearchParams;
  sectors: Array<{ id: string; name: string }>;
  goals: Array<{ id: string; number: string; title: string }>;
}) {
  const t = useT();
  const raw = (name: string) => params.get(name) ?? "";
  const statuses = params.getAll("status");
  return (
    <Form method="get" action="/measures" className="stack measure-filters" aria-labelledby="filter-heading" role="search">
      <Heading level={2} data-size="xs" id="filter-heading">
        {t("measures.filter.title")}
      </Heading>
      <div className="filters">
        <FilterText name="q" type="search" label={t("measures.filter.q")} description={t("measures.filter.q.description")} defaultValue={raw("q")} />
        <FilterText name="responsible" label={t("measures.filter.responsible")} defaultValue={raw("responsible")} />
        <FilterText name="year" label={t("measures.filter.year")} defaultValue={raw("year")} inputMode="numeric" />
        <FilterSelect name="sector" label={t("measures.filter.sector")} defaultValue={raw("sector")}>
          <Select.Option value="">{t("common.all")}</Select.Option>
          {sectors.map((s) => (
            <Select.Option key={s.id} value={s.id}>
              {s.name}
            </Select.Option>
          ))}
        </FilterSelect>
        <FilterSelect name="goal" label={t("measures.filter.goal")} defaultValue={raw("goal")}>
          <Select.Option value="">{t("common.all")}</Select.Option>
          {goals.map((g) => (
            <Select.Option key={g.id} value={g.id}>
              {`${g.number} ${g.title}`}
            </Select.Option>
          ))}
        </FilterSelect>
        <FilterSelect name="userOriented" label={t("measures.filter.userOriented")} defaultValue={raw("userOriented")}>
          <Select.Option value="">{t("common.all")}</Select.Option>
          <Select.Option value="yes">{t("common.yes")}</Select.Option>
          <Select.Option value="no">{t("common.no")}</Select.Option>
        </FilterSelect>
      </div>
      <Fieldset data-size="sm">
        <Fieldset.Legend>{t("measures.filter.status")}</Fieldset.Legend>
        <div className="measure-filters__statuses">
          {MEASURE_STATUSES.map((s) => (
            <Field key={s}>
              <Input type="checkbox" id={`filter-status-${s}`} name="status" value={s} defaultChecked={statuses.includes(s)} />
              <Label htmlFor={`filter-status-${s}`} weight="regular">
                {t(`measures.status.${s}`)}
              </Label>
            </Field>
          ))}
        </div>
      </Fieldset>
      <div className="row">
        <FilterSelect name="sort" label={t("measures.sort.label")} defaultValue={raw("sort")}>
          <Select.Option value="">{t("measures.sort.default")}</Select.Option>
          {MEASURE_SORTS.map((s) => (
            <Select.Option key={s} value={s}>
              {t(`measures.sort.${s}`)}
            </Select.Option>
          ))}
        </FilterSelect>
        <FilterSelect name="dir" label={t("measures.sort.dir")} defaultValue={raw("dir")}>
          <Select.Option value="asc">{t("measures.sort.asc")}</Select.Option>
          <Select.Option value="desc">{t("measures.sort.desc")}</Select.Option>
        </FilterSelect>
        {params.get("pageSize") ? <input type="hidden" name="pageSize" value={raw("pageSize")} /> : null}
        <Button type="submit">{t("action.filter")}</Button>
        <Button asChild variant="tertiary">
          <Link to="/measures">{t("action.reset")}</Link>
        </Button>
      </div>
    </Form>
  );
}

function SortHeader({
  column,
  label,
  active,
  params,
  className,
}: {
  column: MeasureSort;
  label: string;
  active: ActiveSort;
  params: URLSearchParams;
  className?: string;
}) {
  const t = useT();
  const isActive = active.sort === column;
  const nextDir = isActive && active.dir === "asc" ? "desc" : "asc";
  return (
    <Table.HeaderCell scope="col" className={className} aria-sort={isActive ? (active.dir === "asc" ? "ascending" : "descending") : undefined}>
      <Link className="sort-link" to={withParams(params, { sort: column, dir: nextDir, page: undefined })}>
        {label}
        <span className="sort-link__icon" aria-hidden="true">
          {isActive ? (active.dir === "asc" ? "▲" : "▼") : "↕"}
        </span>
        <span className="visually-hidden">{t(nextDir === "asc" ? "measures.sort.byAsc" : "measures.sort.byDesc")}</span>
      </Link>
    </Table.HeaderCell>
  );
}

export function PortfolioTable({ rows, active, params, caption }: { rows: PortfolioRow[]; active: ActiveSort; params: URLSearchParams; caption: string }) {
  const t = useT();
  const lang = useLang();
  const sortable = (column: MeasureSort, key: MessageKey, className?: string) => (
    <SortHeader column={column} label={t(key)} active={active} params={params} className={className} />
  );
  return (
    <div className="table-wrap">
      <Table zebra className="measure-table">
        <caption className="visually-hidden">{caption}</caption>
        <Table.Head>
          <Table.Row>
            {sortable("code", "measures.field.code")}
            {sortable("title", "measures.field.title")}
            {sortable("sector", "measures.filter.sector")}
            {sortable("status", "measures.field.status")}
            {sortable("start", "measures.field.period")}
            {sortable("priority", "measures.field.priority", "num")}
            <Table.HeaderCell scope="col">{t("measures.field.responsible")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("measures.filter.userOriented")}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="num">
              {t("measures.field.totalCost")}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((r) => (
            <Table.Row key={r.id}>
              <Table.Cell className="nowrap">
                <DsLink asChild>
                  <Link to={`/measures/${r.id}`}>{r.code}</Link>
                </DsLink>
                {r.mergedInto ? (
                  <>
                    {" "}
                    <DsLink asChild>
                      <Link to={`/measures/${r.mergedInto.id}`} aria-label={t("measures.mergedInto.short", { code: r.mergedInto.code })}>
                        {`→ ${r.mergedInto.code}`}
                      </Link>
                    </DsLink>
                  </>
                ) : null}
              </Table.Cell>
              <Table.Cell>{r.title}</Table.Cell>
              <Table.Cell>{r.sectorName ?? "–"}</Table.Cell>
              <Table.Cell>
                <StatusTag status={r.status} />
              </Table.Cell>
              <Table.Cell className="nowrap">{periodRangeLabel(lang, r.startPeriod, r.endPeriod) || "–"}</Table.Cell>
              <Table.Cell className="num">{r.priority ?? "–"}</Table.Cell>
              <Table.Cell>{r.responsible ?? "–"}</Table.Cell>
              <Table.Cell>{r.userOriented ? t("common.yes") : t("common.no")}</Table.Cell>
              <Table.Cell className="num">{r.knownCostNok > 0 ? nok(t, lang, r.knownCostNok) : "–"}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}

/** Page numbers to show: first, last and a window around the current page; 0 marks a gap. */
export function pageWindow(page: number, pageCount: number, size = 7): number[] {
  if (pageCount <= size) return Array.from({ length: pageCount }, (_, i) => i + 1);
  const inner = size - 4;
  const start = Math.min(Math.max(2, page - Math.floor(inner / 2)), pageCount - inner);
  const end = start + inner - 1;
  const pages: number[] = [1];
  if (start > 2) pages.push(0);
  for (let p = start; p <= end; p++) pages.push(p);
  if (end < pageCount - 1) pages.push(0);
  pages.push(pageCount);
  return pages;
}

export function PortfolioPagination({ page, pageCount, params }: { page: number; pageCount: number; params: URLSearchParams }) {
  const t = useT();
  if (pageCount <= 1) return null;
  const href = (p: number) => withParams(params, { page: p === 1 ? undefined : String(p) });
  return (
    <nav aria-label={t("measures.pagination")} className="ds-pagination">
      <Pagination.List>
        <Pagination.Item>
          {page > 1 ? (
            <Button asChild variant="tertiary">
              <Link to={href(Math.min(page - 1, pageCount))} rel="prev">
                {t("measures.previous")}
              </Link>
            </Button>
          ) : (
            <span aria-hidden="true" />
          )}
        </Pagination.Item>
        {pageWindow(page, pageCount).map((p, index) => (
          <Pagination.Item key={p === 0 ? `gap-${index}` : p}>
            {p === 0 ? (
              <span aria-hidden="true" className="muted">
                …
              </span>
            ) : (
              <Button asChild variant="tertiary">
                <Link to={href(p)} aria-current={p === page ? "page" : undefined} aria-label={t("measures.pageN", { page: p })}>
                  {p}
                </Link>
              </Button>
            )}
          </Pagination.Item>
        ))}
        <Pagination.Item>
          {page < pageCount ? (
            <Button asChild variant="tertiary">
              <Link to={href(page + 1)} rel="next">
                {t("measures.next")}
              </Link>
            </Button>
          ) : (
            <span aria-hidden="true" />
          )}
        </Pagination.Item>
      </Pagination.List>
    </nav>
  );
}
