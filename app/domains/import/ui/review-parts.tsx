import { Alert, Heading, Link as DsLink, List, Paragraph, Tag } from "@digdir/designsystemet-react";
import { Link } from "react-router";
import type { FailureState } from "~/kit/ui/failure";
import { useLang, useT } from "~/kit/ui/page-context";
import { formatDateTime, formatNumber } from "~/kit/i18n";
import type { CommitRowError } from "~/domains/import/commit.server";
import type { DraftSource } from "~/domains/import/draft";
import { LOW_CONFIDENCE } from "~/domains/import/limits";
import type { ImportResult } from "~/domains/import/queries.server";
import type { ImportReview } from "~/domains/import/view.server";

/** Where a value was found: page and line, and the text there. */
export function SourceExcerpt({ source }: { source: DraftSource }) {
  const t = useT();
  return (
    <p className="import-source">
      {source.page ? t("importReview.source.pageLine", { page: source.page, line: source.line }) : t("importReview.source.line", { line: source.line })}
      {": "}
      <q>{source.excerpt}</q>
    </p>
  );
}

/** The sources of a row: the first one, and the others behind a disclosure. */
export function SourceList({ sources }: { sources: readonly DraftSource[] }) {
  const t = useT();
  const [first, ...rest] = sources;
  if (!first) return null;
  return (
    <>
      <SourceExcerpt source={first} />
      {rest.length > 0 ? (
        <details>
          <summary>{t("importReview.source.more", { count: rest.length })}</summary>
          {rest.map((source) => (
            <SourceExcerpt key={`${source.page ?? ""}-${source.line}`} source={source} />
          ))}
        </details>
      ) : null}
    </>
  );
}

/** Confidence as a level in words and a percentage (never colour alone). */
export function ConfidenceTag({ value }: { value: number }) {
  const t = useT();
  const level = value >= 0.8 ? "high" : value >= LOW_CONFIDENCE ? "medium" : "low";
  return (
    <Tag data-color={level === "high" ? "success" : level === "medium" ? "info" : "warning"}>
      {t(`importReview.confidence.${level}`, { percent: Math.round(value * 100) })}
    </Tag>
  );
}

export function ImportFacts({ review }: { review: ImportReview }) {
  const t = useT();
  const lang = useLang();
  const i = review.import;
  return (
    <dl className="import-facts">
      <dt>{t("importReview.facts.state")}</dt>
      <dd>{t(`importReview.state.${i.state}`)}</dd>
      <dt>{t("importReview.facts.uploaded")}</dt>
      <dd>
        {formatDateTime(lang, i.createdAt)}
        {i.createdByName ? ` · ${i.createdByName}` : ""}
      </dd>
      <dt>{t("importReview.facts.document")}</dt>
      <dd>
        {i.pages
          ? t("importReview.facts.pages", { format: i.format.toUpperCase(), pages: formatNumber(lang, i.pages), lines: formatNumber(lang, i.lines) })
          : t("importReview.facts.lines", { format: i.format.toUpperCase(), lines: formatNumber(lang, i.lines) })}
      </dd>
      <dt>{t("importReview.facts.layouts")}</dt>
      <dd>{review.layouts.length > 0 ? review.layouts.map((l) => t(`importReview.layout.${l}` as never)).join(", ") : t("importReview.facts.noLayouts")}</dd>
      <dt>{t("importReview.facts.found")}</dt>
      <dd>{t("importReview.facts.counts", { measures: formatNumber(lang, review.rows.length), goals: formatNumber(lang, review.goals.length) })}</dd>
    </dl>
  );
}

export function ImportWarnings({ review }: { review: ImportReview }) {
  const t = useT();
  if (review.warnings.length === 0) return null;
  return (
    <section aria-labelledby="warnings-heading" className="stack">
      <Heading level={2} data-size="sm" id="warnings-heading">
        {t("importReview.warnings.heading")}
      </Heading>
      <List.Unordered>
        {review.warnings.map((w, index) => (
          <List.Item key={`${w.key}-${index}`}>
            {t(w.key as never, w.params)}
            {w.source ? <SourceExcerpt source={w.source} /> : null}
          </List.Item>
        ))}
      </List.Unordered>
    </section>
  );
}

export function ImportResultSummary({ result }: { result: ImportResult }) {
  const t = useT();
  const lang = useLang();
  return (
    <Alert data-color="success">
      <Heading level={2} data-size="xs">
        {t("importReview.result.heading")}
      </Heading>
      <Paragraph>
        {t("importReview.result.counts", {
          created: formatNumber(lang, result.created),
          updated: formatNumber(lang, result.updated),
          skipped: formatNumber(lang, result.skipped),
          goals: formatNumber(lang, result.goalsCreated),
        })}
      </Paragraph>
      <Paragraph>
        <DsLink asChild>
          <Link to="/measures">{t("importReview.result.toMeasures")}</Link>
        </DsLink>
        {result.strategyId ? (
          <>
            {" · "}
            <DsLink asChild>
              <Link to={`/strategies/${result.strategyId}`}>{t("importReview.result.toStrategy")}</Link>
            </DsLink>
          </>
        ) : null}
      </Paragraph>
    </Alert>
  );
}

/** The rows that stopped a commit, each with its problems and a link to edit it. */
export function CommitErrors({ failure, importId }: { failure: FailureState | undefined; importId: string }) {
  const t = useT();
  const rows = failure?.details?.rows as CommitRowError[] | undefined;
  if (!rows || rows.length === 0) return null;
  return (
    <Alert data-color="danger" role="alert">
      <Heading level={2} data-size="xs">
        {t("import.commit.rowErrors", { count: rows.length })}
      </Heading>
      <List.Unordered>
        {rows.map((row) => (
          <List.Item key={row.rowId}>
            <Link to={`/import/${importId}/measures/${encodeURIComponent(row.rowId)}`}>
              {row.code} {row.title}
            </Link>
            {": "}
            {row.errors.map((e) => t(e.message.key as never, e.message.params)).join(" ")}
          </List.Item>
        ))}
      </List.Unordered>
    </Alert>
  );
}
