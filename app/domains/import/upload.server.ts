import { AppError } from "~/kit/errors";
import { importErrorReason } from "./errors";
import { MAX_IMPORT_BYTES, MAX_IMPORT_MB } from "./limits";

/** The uploaded file of a form: a chosen, named file within the size limit (a field error on "file" otherwise). */
export async function readUpload(value: FormDataEntryValue | null): Promise<{ fileName: string; bytes: Buffer }> {
  if (value === null || typeof value === "string" || value.name === "") {
    throw new AppError("validation", { fieldErrors: { file: { key: "importReview.upload.required" } } });
  }
  if (value.size > MAX_IMPORT_BYTES) {
    throw new AppError("validation", { fieldErrors: { file: { key: "import.error.tooLarge", params: { maxMb: MAX_IMPORT_MB } } } });
  }
  return { fileName: value.name, bytes: Buffer.from(await value.arrayBuffer()) };
}

/** Runs the reading of an upload, turning a rejected file (any guard) into a field error on "file". */
export async function asUploadErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (importErrorReason(error) === null || !(error instanceof AppError)) throw error;
    throw new AppError("validation", { fieldErrors: { file: error.messageRef ?? { key: "import.error.corrupt" } } });
  }
}
