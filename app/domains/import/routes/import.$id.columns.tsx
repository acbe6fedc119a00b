import { Alert, Button, Heading, Label, List, Paragraph, Select, Table, ValidationMessage } from "@digdir/designsystemet-react";
import { Link, redirect, useActionData, useLoaderData } from "react-router";
import type { Route } from "./+types/import.$id.columns";
import { FormErrorAlert } from "~/kit/ui/alerts";
import { FormErrorSummary, PostForm, useFieldError, valueOf } from "~/kit/ui/forms";
import { failureOf } from "~/kit/ui/failure";
import { metaTitle } from "~/kit/ui/meta";
import { useT } from "~/kit/ui/page-context";
import type { Translate } from "~/kit/i18n";
import { requireContext } from "~/domains/tenancy/index.server";
import { COLUMN_FIELDS, type ColumnTable, columnFieldName, headerLineName, IGNORE, tableErrorName } from "~/domains/import/columns";
import { applyColumnMapping, getColumnScreen } from "~/domains/import/columns.server";
import { readText } from "~/kit/form";
import { readForm, withAction, withLoader } from "~/kit/http.server";

export const loader = withLoader(async ({ request, params }: Route.LoaderArgs) => {
  const context = await requireContext(request, { capability: "import.use" });
  const screen = await getColumnScreen({ municipalityId: context.municipality.id, id: params.id });
  if (!screen) throw redirect(`/import/${params.id}`);
  return screen;
});

export const action = withAction(async ({ request, params }: Route.ActionArgs) => {
  const form = await readForm(request);
  const context = await requireContext(request, { capability: "import.use" });
  const applied = await applyColumnMapping({
    municipalityId: context.municipality.id,
    id: params.id,
    principal: context.principal,
    version: form.get("version"),
    choice: (name) => readText({ form, name }) ?? null,
  });
  return redirect(applied ? `/import/${params.id}?saved=columns` : `/import/${params.id}`);
});

export const meta: Route.MetaFunction = ({ matches }) => metaTitle(matches, (t) => t("importColumns.title"));

function tableName(t: Translate, table: ColumnTable, position: number): string {
  return table.name ? t("importColumns.table.sheet", { name: table.name }) : t("importColumns.table.number", { number: position + 1 });
}

function columnName(t: Translate, table: ColumnTable, column: number): string {
  return table.headers[column] || t("importColumns.column.untitled", { number: column + 1 });
}

export default function ImportColumnsPage() {
  const t = useT();
  const { id, fileName, version, tables } = useLoaderData<typeof loader>();
  const failure = failureOf(useActionData<typeof action>());
  const errorOf = useFieldError(failure);
  const labels: Record<string, string> = {};
  tables.forEach((table, position) => {
    labels[tableErrorName(table.index)] = tableName(t, table, position);
    table.headers.forEach((_, column) => {
      labels[columnFieldName(table.index, column)] = `${tableName(t, table, position)}, ${columnName(t, table, column)}`;
    });
  });
  return (
    <div className="stack">
      <Paragraph>
        <Link to={`/import/${id}`}>{t("importColumns.back")}</Link>
      </Paragraph>
      <Heading level={1} data-size="lg">
        {t("importColumns.title")}
      </Heading>
      <Paragraph>{t("importColumns.intro", { file: fileName })}</Paragraph>
      <FormErrorAlert error={failure?.formError} />
      <FormErrorSummary state={failure} labels={labels} />
      {tables.length === 0 ? (
        <Paragraph>{t("importColumns.noTables")}</Paragraph>
      ) : (
        <PostForm className="stack">
          <input type="hidden" name="version" value={version} />
          <Alert data-color="warning">
            <Paragraph>{t("importColumns.replaceNote")}</Paragraph>
            <Paragraph>{t("importColumns.savedNote")}</Paragraph>
            <Paragraph>{t("importColumns.ignoreNote")}</Paragraph>
          </Alert>
          {tables.map((table, position) => {
            const headingId = `table-${table.index}-heading`;
            const tableError = errorOf(tableErrorName(table.index));
            return (
              <section key={table.index} className="stack" aria-labelledby={headingId}>
                <Heading level={2} data-size="md" id={headingId}>
                  {tableName(t, table, position)}
                </Heading>
                <Paragraph data-size="sm">
                  {table.rowCount === 1
                    ? t("importColumns.table.rowsOne", { line: table.headerLine })
                    : t("importColumns.table.rows", { count: table.rowCount, line: table.headerLine })}
                </Paragraph>
                {tableError ? (
                  <ValidationMessage id={`field-${tableErrorName(table.index)}`} tabIndex={-1}>
                    {tableError}
                  </ValidationMessage>
                ) : null}
                <input type="hidden" name={headerLineName(table.index)} value={table.headerLine} />
                <div className="table-wrap">
                  <Table data-size="sm" aria-labelledby={headingId}>
                    <Table.Head>
                      <Table.Row>
                        <Table.HeaderCell scope="col">{t("importColumns.column.header")}</Table.HeaderCell>
                        <Table.HeaderCell scope="col">{t("importColumns.column.samples")}</Table.HeaderCell>
                        <Table.HeaderCell scope="col">{t("importColumns.column.field")}</Table.HeaderCell>
                      </Table.Row>
                    </Table.Head>
                    <Table.Body>
                      {table.headers.map((_, column) => {
                        const name = columnFieldName(table.index, column);
                        const fieldId = `field-${name}`;
                        const error = errorOf(name);
                        const samples = table.samples.map((row) => row[column]).filter((value) => value !== "");
                        return (
                          <Table.Row key={name}>
                            <Table.HeaderCell scope="row">
                              <Label htmlFor={fieldId}>{columnName(t, table, column)}</Label>
                            </Table.HeaderCell>
                            <Table.Cell>
                              {samples.length > 0 ? (
                                <List.Unordered data-size="sm">
                                  {samples.map((sample, row) => (
                                    <List.Item key={row}>{sample}</List.Item>
                                  ))}
                                </List.Unordered>
                              ) : null}
                            </Table.Cell>
                            <Table.Cell>
                              <Select
                                id={fieldId}
                                name={name}
                                defaultValue={valueOf(failure, name, table.guess[column] ?? IGNORE)}
                                aria-invalid={error ? true : undefined}
                                aria-describedby={error ? `${fieldId}-error` : undefined}
                              >
                                <Select.Option value={IGNORE}>{t("importColumns.field.ignore")}</Select.Option>
                                {COLUMN_FIELDS.map((field) => (
                                  <Select.Option key={field} value={field}>
                                    {t(`importColumns.field.${field}`)}
                                  </Select.Option>
                                ))}
                              </Select>
                              {error ? <ValidationMessage id={`${fieldId}-error`}>{error}</ValidationMessage> : null}
                            </Table.Cell>
                          </Table.Row>
                        );
                      })}
                    </Table.Body>
                  </Table>
                </div>
              </section>
            );
          })}
          <div>
            <Button type="submit">{t("importColumns.apply")}</Button>
          </div>
        </PostForm>
      )}
    </div>
  );
}

export { RouteErrorBoundary as ErrorBoundary } from "~/kit/ui/route-error";
