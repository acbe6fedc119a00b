// A link to a page's delete confirmation (`?delete=1`) and the confirmation itself: a plain form with the version
// edited, so deleting works without JavaScript and a colleague's newer version is refused.
import { Button, Paragraph } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { PostForm } from "~/kit/ui/forms";
import { useT } from "~/kit/ui/page-context";

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

export function DeleteConfirmation({
  body,
  version,
  confirmLabel,
  cancelTo,
}: {
  body: ReactNode;
  version: string | number;
  confirmLabel: string;
  cancelTo: string;
}) {
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
