// Download links (XLSX and CSV) to an API export route, in a section labelled by its own heading.
import { Heading, Link as DsLink, List, Paragraph } from "@digdir/designsystemet-react";
import { useT } from "~/kit/ui/page-context";
import type { MessageKey } from "~/kit/i18n";

export function DownloadLinks({
  id,
  title,
  description,
  base,
  query = "",
}: {
  id: string;
  title: MessageKey;
  description?: MessageKey;
  base: string;
  query?: string;
}) {
  const t = useT();
  const search = query ? `?${query}` : "";
  return (
    <section aria-labelledby={id} className="stack">
      <Heading level={2} data-size="xs" id={id}>
        {t(title)}
      </Heading>
      {description ? <Paragraph>{t(description)}</Paragraph> : null}
      <List.Unordered>
        <List.Item>
          <DsLink href={`${base}.xlsx${search}`} download>
            {t("exports.xlsx")}
          </DsLink>
        </List.Item>
        <List.Item>
          <DsLink href={`${base}.csv${search}`} download>
            {t("exports.csv")}
          </DsLink>
        </List.Item>
      </List.Unordered>
    </section>
  );
}

/** The query string of the current filters without paging, for an export of all matching rows. */
export function filterQuery(params: URLSearchParams): string {
  const copy = new URLSearchParams(params);
  copy.delete("page");
  copy.delete("pageSize");
  return copy.toString();
}
