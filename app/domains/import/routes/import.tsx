import "~/domains/import/ui/import.css";
import { Alert, Heading, Paragraph, Table, Tag } from "@digdir/designsystemet-react";
import { Link, redirect, useActionData, useLoaderData } from "react-router";
import type { Route } from "./+types/import";
import { UploadForm } from "~/domains/import/ui/upload-form";
import { failureOf } from "~/kit/ui/failure";
import { metaTitle } from "~/kit/ui/meta";
import { useLang, useT } from "~/kit/ui/page-context";
import { formatDateTime, formatNumber } from "~/kit/i18n";
import { requireContext } from "~/domains/tenancy/index.server";
import { assistDraft } from "~/domains/import/assist.server";
import { MAX_IMPORT_MB } from "~/domains/import/limits";
import { createImport } from "~/domains/import/mutations.server";
import { listImports } from "~/domains/import/queries.server";
import { asUploadErrors, readUpload } from "~/domains/import/upload.server";
import { readForm, withAction, withLoader } from "~/kit/http.server";

export const loader = withLoader(async ({ request }: Route.LoaderArgs) => {
  const context = await requireContext(request, { capability: "import.use" });
  const deleted = new URL(request.url).searchParams.get("deleted") === "1";
  return { imports: await listImports({ municipalityId: context.municipality.id }), maxMb: MAX_IMPORT_MB, deleted };
});

export const action = withAction(async ({ request }: Route.ActionArgs) => {
  const form = await readForm(request);
  const context = await requireContext(request, { capability: "import.use" });
  const { fileName, bytes } = await readUpload(form.get("file"));
  const id = await asUploadErrors(() =>
    createImport({
      municipalityId: context.municipality.id,
      principal: context.principal,
      fileName,
      bytes,
      refine: (draft, model) => assistDraft({ draft, model }),
    }),
  );
  const format = fileName.toLowerCase().split(".").pop();
  return redirect(format === "xlsx" || format === "csv" ? `/import/${id}/columns` : `/import/${id}`);
});

export const meta: Route.MetaFunction = ({ matches }) => metaTitle(matches, (t) => t("importReview.upload.heading"));

export default function ImportPage() {
  const t = useT();
  const lang = useLang();
  const { imports, maxMb, deleted } = useLoaderData<typeof loader>();
  const failure = failureOf(useActionData<typeof action>());
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("importReview.upload.heading")}
      </Heading>
      {deleted ? (
        <Alert data-color="success" role="status">
          <Paragraph>{t("importReview.delete.deleted")}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph>{t("importReview.upload.intro")}</Paragraph>
      <UploadForm maxMb={maxMb} failure={failure} />
      <section className="stack" aria-labelledby="imports-heading">
        <Heading level={2} data-size="md" id="imports-heading">
          {t("importReview.list.heading")}
        </Heading>
        {imports.length === 0 ? (
          <Paragraph>{t("importReview.list.empty")}</Paragraph>
        ) : (
          <Table aria-labelledby="imports-heading">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t("importReview.list.file")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("importReview.list.uploaded")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("importReview.list.rows")}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t("importReview.list.state")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {imports.map((i) => (
                <Table.Row key={i.id}>
                  <Table.Cell>
                    <Link to={`/import/${i.id}`}>{i.fileName}</Link>
                  </Table.Cell>
                  <Table.Cell>
                    {formatDateTime(lang, i.createdAt)}
                    {i.createdByName ? ` · ${i.createdByName}` : ""}
                  </Table.Cell>
                  <Table.Cell>
                    {t("importReview.list.counts", { measures: formatNumber(lang, i.measureCount), goals: formatNumber(lang, i.goalCount) })}
                  </Table.Cell>
                  <Table.Cell>
                    <Tag data-color={i.state === "committed" ? "success" : i.state === "discarded" ? "neutral" : "info"}>
                      {t(`importReview.state.${i.state}`)}
                    </Tag>
                  </Table.Cell>
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
