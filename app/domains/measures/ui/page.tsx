import { ErrorContent } from "~/kit/ui/route-error";
// Page-level helpers shared by the measure routes.
import "./measures.css";
import { Tag } from "@digdir/designsystemet-react";
import { useRouteError } from "react-router";
import { useT } from "~/kit/ui/page-context";
import { statusColor, statusLabel } from "./format";

/** The status as a coloured tag that always carries its name. */
export function StatusTag({ status }: { status: string }) {
  const t = useT();
  return (
    <Tag data-color={statusColor(status)} data-size="sm">
      {statusLabel(t, status)}
    </Tag>
  );
}

/** Where the measure form shows the schema's errors on tags, goals, dependencies and cost lines (see normalizeFieldErrors). */
export const MEASURE_FORM_ERROR_FIELDS = { lists: ["tags", "goalIds", "dependsOnIds"], lines: { costs: "amountNok" } } as const;

/** Route error page inside the layout, with a way back to the portfolio. */
export function MeasuresErrorBoundary() {
  const t = useT();
  return <ErrorContent error={useRouteError()} backHref="/measures" backLabel={t("measures.backToList")} />;
}
