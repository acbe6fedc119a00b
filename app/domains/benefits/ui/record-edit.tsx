// The parts the indicator and measurement edit pages share: the conflict notice and the save/cancel row (their
// delete confirmation is in ~/components/delete-confirmation).
import { Alert, Button, Paragraph } from "@digdir/designsystemet-react";
import { Link } from "react-router";
import type { FailureState } from "~/kit/ui/failure";
import { useFocusOnMount } from "~/kit/ui/focus";
import { useT } from "~/kit/ui/page-context";

/** A form-level message (a conflict with what a colleague saved), focused when it appears. */
export function RecordConflictAlert({ failure, deleting }: { failure: FailureState | undefined; deleting: boolean }) {
  const t = useT();
  const ref = useFocusOnMount<HTMLDivElement>(failure?.formError);
  if (!failure?.formError) return null;
  return (
    <Alert data-color="warning" role="alert" ref={ref} tabIndex={-1}>
      <Paragraph>{t(failure.formError.key as never, failure.formError.params)}</Paragraph>
      {!deleting && failure.details?.currentVersion !== undefined ? <Paragraph>{t("benefitRecords.conflict.help")}</Paragraph> : null}
    </Alert>
  );
}

export function SaveOrCancel({ cancelTo }: { cancelTo: string }) {
  const t = useT();
  return (
    <div className="row">
      <Button type="submit">{t("action.save")}</Button>
      <Button asChild variant="tertiary">
        <Link to={cancelTo}>{t("action.cancel")}</Link>
      </Button>
    </div>
  );
}
