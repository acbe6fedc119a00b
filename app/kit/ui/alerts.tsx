import { useFocusOnMount } from "~/kit/ui/focus";
import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";
import type { MessageRef } from "~/kit/errors";
import type { MessageKey } from "~/kit/i18n";
import { useT } from "./page-context";

/** A form-level error from action data (e.g. "has sub-goals"); nothing when there is none. `paragraph` wraps the text in a paragraph. */
export function FormErrorAlert({ error, paragraph = false }: { error: MessageRef | null | undefined; paragraph?: boolean }) {
  const t = useT();
  if (!error) return null;
  const message = t(error.key as MessageKey, error.params);
  return (
    <Alert data-color="danger" role="alert">
      {paragraph ? <Paragraph>{message}</Paragraph> : message}
    </Alert>
  );
}

/**
 * Shown when a save hit a newer version: a heading, what to do, and (as children) how the stored version
 * differs. With `focusKey` it takes focus when that key appears (see useFocusOnMount); `stacked` spaces
 * its content as a stack.
 */
export function ConflictNotice({
  title,
  help,
  focusKey,
  stacked = false,
  children,
}: {
  title: string;
  help: string;
  focusKey?: unknown;
  stacked?: boolean;
  children?: ReactNode;
}) {
  const ref = useFocusOnMount<HTMLDivElement>(focusKey);
  const content = (
    <>
      <Heading level={2} data-size="xs">
        {title}
      </Heading>
      <Paragraph>{help}</Paragraph>
      {children}
    </>
  );
  return (
    <Alert data-color="warning" role="alert" ref={ref} tabIndex={focusKey === undefined ? undefined : -1}>
      {stacked ? <div className="stack">{content}</div> : content}
    </Alert>
  );
}
