import { Button, Field, Input, Label, Paragraph, Spinner, ValidationMessage } from "@digdir/designsystemet-react";
import { type FormEvent, useState } from "react";
import { Form, useNavigation } from "react-router";
import { CsrfInput, FormErrorSummary, useFieldError } from "~/kit/ui/forms";
import type { FailureState } from "~/kit/ui/failure";
import { useT } from "~/kit/ui/page-context";

const ACCEPT = ".pdf,.docx,.xlsx,.csv,.txt";

/**
 * The upload form. Without JavaScript it is a plain multipart POST; with it, a file over the limit is refused
 * before uploading, and a spinner with a status text shows while the document is uploaded and read.
 */
export function UploadForm({ maxMb, failure }: { maxMb: number; failure: FailureState | undefined }) {
  const t = useT();
  const navigation = useNavigation();
  const [tooLarge, setTooLarge] = useState(false);
  const busy = navigation.state !== "idle" && navigation.formMethod?.toUpperCase() === "POST" && navigation.formAction?.endsWith("/import") === true;
  const serverError = useFieldError(failure)("file");
  const error = tooLarge ? t("import.error.tooLarge", { maxMb }) : serverError;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const input = event.currentTarget.elements.namedItem("file") as HTMLInputElement | null;
    const file = input?.files?.[0];
    const over = file !== undefined && file.size > maxMb * 1024 * 1024;
    setTooLarge(over);
    if (over) {
      event.preventDefault();
      input?.focus();
    }
  };
  return (
    <Form method="post" encType="multipart/form-data" className="stack import-upload" onSubmit={onSubmit} noValidate>
      <CsrfInput />
      {tooLarge ? null : <FormErrorSummary state={failure} labels={{ file: t("importReview.upload.file") }} />}
      <Field>
        <Label htmlFor="field-file">{t("importReview.upload.file")}</Label>
        <Field.Description id="field-file-description">{t("importReview.upload.fileDescription", { maxMb })}</Field.Description>
        <Input
          id="field-file"
          name="file"
          type="file"
          accept={ACCEPT}
          aria-describedby={["field-file-description", error ? "field-file-error" : null].filter(Boolean).join(" ")}
          aria-invalid={error ? true : undefined}
          onChange={() => setTooLarge(false)}
        />
        {error ? <ValidationMessage id="field-file-error">{error}</ValidationMessage> : null}
      </Field>
      <div className="import-actions">
        <Button type="submit" disabled={busy} aria-disabled={busy || undefined}>
          {t("importReview.upload.submit")}
        </Button>
      </div>
      <div role="status" aria-live="polite" className="import-progress">
        {busy ? (
          <>
            <Spinner aria-hidden="true" data-size="sm" />
            <Paragraph data-size="sm">{t("importReview.upload.progress")}</Paragraph>
          </>
        ) : null}
      </div>
    </Form>
  );
}
