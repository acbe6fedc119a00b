// The parts the indicator and measurement edit pages share: the conflict notice, the save/cancel row, the link to
// the delete confirmation, and the confirmation itself (a plain form, so deleting works without JavaScript).
import { Alert, Button, Paragraph } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { PostForm } from "~/components/forms";
import { type FailureState, useFocusOnMount } from "~/components/measures/page";
import { useT } from "~/hooks";

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

/** Opens the delete confirmation (`?delete=1`). */
export function DeleteLink({ label }: { label: string }) {
  return (
    <Paragraph>
      <Button asChild variant="secondary" data-color="danger">
        <Link to="?delete=1">{label}</Link>
      </Button>
    </Paragraph>
  );
}

export function DeleteConfirmation({ body, version, confirmLabel, cancelTo }: { body: ReactNode; version: string | number; confirmLabel: string; cancelTo: string }) {
  const t = useT();
  return (
    <PostForm className="stack">
      <Paragraph>{body}</Paragraph>
      <input type="hidden" name="intent" value="delete" />
      <input type="hidden" name="version" value={version} />
      <div className="row">
        <Button type="submit" data-color="danger">
          {confirmLabel}
        </Button>
        <Button asChild variant="tertiary">
          <Link to={cancelTo}>{t("action.cancel")}</Link>
        </Button>
      </div>
    </PostForm>
  );
}
