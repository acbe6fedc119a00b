import { Button, Heading, Label, Paragraph, Select, Table, Tag, ValidationMessage } from "@digdir/designsystemet-react";
import { Link } from "react-router";
import { FormErrorSummary, PostForm, useFieldError, valueOf } from "~/kit/ui/forms";
import type { FailureState } from "~/kit/ui/failure";
import { useLang, useT } from "~/kit/ui/page-context";
import { formatNumber } from "~/kit/i18n";
import type { ImportReview, ReviewRow } from "~/domains/import/view.server";
import { ConfidenceTag, SourceList } from "./review-parts";

function rowLabel(row: ReviewRow): string {
  return `${row.code ?? row.suggestedCode ?? ""} ${row.title}`.trim();
}

/** Create, update the matched measure, or skip: one select per row. */
function DecisionSelect({ row, failure }: { row: ReviewRow; failure: FailureState | undefined }) {
  const t = useT();
  const name = `decision.${row.id}`;
  const id = `decision-${row.id}`;
  const error = useFieldError(failure)(name);
  return (
    <div className="import-decision">
      <Label htmlFor={id} className="visually-hidden">
        {t("importReview.decision.label", { row: rowLabel(row) })}
      </Label>
      <Select id={id} name={name} defaultValue={valueOf(failure, name, row.action)} data-size="sm" aria-invalid={error ? true : undefined}>
        <Select.Option value="create">{t("importReview.decision.create")}</Select.Option>
        {row.match ? <Select.Option value="update">{t("importReview.decision.update", { code: row.match.code })}</Select.Option> : null}
        <Select.Option value="skip">{t("importReview.decision.skip")}</Select.Option>
      </Select>
      {error ? <ValidationMessage>{error}</ValidationMessage> : null}
    </div>
  );
}

function MeasureRow({ row, review, open, failure }: { row: ReviewRow; review: ImportReview; open: boolean; failure: FailureState | undefined }) {
  const t = useT();
  const sector = review.sectors.find((s) => s.id === row.sectorId);
  const checkbox = `select-${row.id}`;
  const chosen = failure?.values?.rows;
  const checked = Array.isArray(chosen) ? chosen.includes(row.id) : chosen === row.id;
  return (
    <Table.Row id={`row-${row.id}`}>
      {open ? (
        <Table.Cell>
          <input type="checkbox" className="ds-input" id={checkbox} name="rows" value={row.id} defaultChecked={checked} />
          <label htmlFor={checkbox} className="visually-hidden">
            {t("importReview.rows.select", { row: rowLabel(row) })}
          </label>
        </Table.Cell>
      ) : null}
      <Table.HeaderCell scope="row">
        {row.code ?? (
          <>
            {row.suggestedCode} <Tag data-color="neutral">{t("importReview.rows.suggested")}</Tag>
          </>
        )}
      </Table.HeaderCell>
      <Table.Cell className="import-row-title">
        <strong>{row.title || t("importReview.rows.noTitle")}</strong>
        {row.description ? <Paragraph data-size="sm">{row.description.length > 200 ? `${row.description.slice(0, 200)} …` : row.description}</Paragraph> : null}
        {row.responsible ? <Paragraph data-size="sm">{t("importReview.rows.responsible", { responsible: row.responsible })}</Paragraph> : null}
        {row.assisted.length > 0 ? <Tag data-color="info">{t("importReview.rows.assisted")}</Tag> : null}
      </Table.Cell>
      <Table.Cell>
        {sector ? sector.name : t("importReview.rows.noSector")}
        {row.sectorText && (!sector || sector.name.toLowerCase() !== row.sectorText.toLowerCase()) ? (
          <Paragraph data-size="sm">{t("importReview.rows.sectorInDocument", { sector: row.sectorText })}</Paragraph>
        ) : null}
      </Table.Cell>
      <Table.Cell>
        {row.status ? t(`measures.status.${row.status}`) : t("importReview.rows.defaultStatus")}
        {row.statusReason ? <Paragraph data-size="sm">{row.statusReason}</Paragraph> : null}
      </Table.Cell>
      <Table.Cell>{row.goalNumbers.length > 0 ? row.goalNumbers.join(", ") : "–"}</Table.Cell>
      <Table.Cell>
        <ConfidenceTag value={row.confidence} />
      </Table.Cell>
      <Table.Cell>
        <SourceList sources={row.sources} />
      </Table.Cell>
      <Table.Cell>
        {row.match ? (
          <Paragraph data-size="sm">
            {t(row.match.reason === "code" ? "importReview.match.code" : "importReview.match.title", { code: row.match.code, title: row.match.title })}
          </Paragraph>
        ) : (
          <Paragraph data-size="sm">{t("importReview.match.none")}</Paragraph>
        )}
        {open ? <DecisionSelect row={row} failure={failure} /> : null}
      </Table.Cell>
      {open ? (
        <Table.Cell>
          <Link to={`/import/${review.import.id}/measures/${encodeURIComponent(row.id)}`}>
            {t("importReview.rows.edit", { row: row.code ?? row.suggestedCode ?? "" })}
          </Link>
        </Table.Cell>
      ) : null}
    </Table.Row>
  );
}

/**
 * The draft measures in one form: select rows for merge, delete or a new sector; choose per row whether it
 * creates a measure, updates the matched one or is skipped; commit everything. Works without JavaScript.
 */
export function MeasuresReview({ review, open, failure }: { review: ImportReview; open: boolean; failure: FailureState | undefined }) {
  const t = useT();
  const lang = useLang();
  const state = failure && !failure.details?.rows && failure.values?.intent !== "target" ? failure : undefined;
  const sectorError = useFieldError(state)("sectorId");
  const table = (
    <div className="import-table-wrap">
      <Table aria-labelledby="measures-heading" className="import-table" data-size="sm">
        <Table.Head>
          <Table.Row>
            {open ? <Table.HeaderCell scope="col">{t("importReview.rows.selectColumn")}</Table.HeaderCell> : null}
            <Table.HeaderCell scope="col">{t("importReview.rows.code")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("importReview.rows.title")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("importReview.rows.sector")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("importReview.rows.status")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("importReview.rows.goals")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("importReview.rows.confidence")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("importReview.rows.source")}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t("importReview.rows.existing")}</Table.HeaderCell>
            {open ? <Table.HeaderCell scope="col">{t("importReview.rows.actions")}</Table.HeaderCell> : null}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {review.rows.map((row) => (
            <MeasureRow key={row.id} row={row} review={review} open={open} failure={state} />
          ))}
        </Table.Body>
      </Table>
    </div>
  );
  return (
    <section className="stack" aria-labelledby="measures-heading">
      <Heading level={2} data-size="md" id="measures-heading">
        {t("importReview.rows.heading", { count: review.rows.length })}
      </Heading>
      {review.rows.length === 0 ? <Paragraph>{t("importReview.rows.empty")}</Paragraph> : null}
      {!open ? (
        review.rows.length > 0 ? (
          table
        ) : null
      ) : (
        <PostForm className="stack" noValidate>
          <input type="hidden" name="version" value={review.import.version} />
          <Paragraph>{t("importReview.rows.intro")}</Paragraph>
          <FormErrorSummary state={state} labels={{ rows: t("importReview.rows.selectColumn"), sectorId: t("importReview.rows.newSector") }} />
          {review.rows.length > 0 ? (
            <>
              <fieldset className="import-toolbar">
                <legend>{t("importReview.rows.toolbar")}</legend>
                <div className="import-actions">
                  <Button type="submit" name="intent" value="merge" variant="secondary" data-size="sm">
                    {t("importReview.rows.merge")}
                  </Button>
                  <Button type="submit" name="intent" value="delete" variant="secondary" data-size="sm">
                    {t("importReview.rows.delete")}
                  </Button>
                  <div className="import-sector-choice">
                    <Label htmlFor="field-sectorId">{t("importReview.rows.newSector")}</Label>
                    <Select
                      id="field-sectorId"
                      name="sectorId"
                      defaultValue={valueOf(state, "sectorId", "")}
                      data-size="sm"
                      aria-invalid={sectorError ? true : undefined}
                      aria-describedby={sectorError ? "field-sectorId-error" : undefined}
                    >
                      <Select.Option value="">{t("importReview.rows.chooseSector")}</Select.Option>
                      {review.sectors.map((s) => (
                        <Select.Option key={s.id} value={s.id}>
                          {s.name}
                        </Select.Option>
                      ))}
                      <Select.Option value="none">{t("importReview.rows.noSector")}</Select.Option>
                    </Select>
                    {sectorError ? <ValidationMessage id="field-sectorId-error">{sectorError}</ValidationMessage> : null}
                  </div>
                  <Button type="submit" name="intent" value="sector" variant="secondary" data-size="sm">
                    {t("importReview.rows.setSector")}
                  </Button>
                </div>
              </fieldset>
              {table}
            </>
          ) : null}
          <section className="stack" aria-labelledby="commit-heading">
            <Heading level={2} data-size="md" id="commit-heading">
              {t("importReview.commit.heading")}
            </Heading>
            <Paragraph>
              {t("importReview.commit.summary", {
                create: formatNumber(lang, review.counts.create),
                update: formatNumber(lang, review.counts.update),
                skip: formatNumber(lang, review.counts.skip),
                goals: formatNumber(lang, review.goals.length),
              })}
            </Paragraph>
            <Paragraph data-size="sm">{t("importReview.commit.note")}</Paragraph>
            <div className="import-actions">
              <Button type="submit" name="intent" value="save" variant="secondary">
                {t("importReview.commit.save")}
              </Button>
              <Button type="submit" name="intent" value="commit">
                {t("importReview.commit.submit")}
              </Button>
              <Button type="submit" name="intent" value="discard" variant="tertiary" data-color="danger">
                {t("importReview.commit.discard")}
              </Button>
            </div>
          </section>
        </PostForm>
      )}
    </section>
  );
}
