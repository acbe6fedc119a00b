import { AppError, type ErrorCode } from "~/kit/errors";

/** Why a file cannot be imported; each reason has its own message (`import.error.<reason>`). */
export const IMPORT_ERROR_REASONS = {
  tooLarge: "payload_too_large",
  unsupportedFormat: "unsupported_media_type",
  typeMismatch: "unsupported_media_type",
  corrupt: "validation",
  encrypted: "validation",
  noTextLayer: "validation",
  zipBomb: "validation",
  empty: "validation",
} as const satisfies Record<string, ErrorCode>;

export type ImportErrorReason = keyof typeof IMPORT_ERROR_REASONS;

/** An AppError for a rejected file; `details.reason` tells the cases apart, the message comes from the catalogue. */
export function importError(reason: ImportErrorReason, params?: Record<string, string | number>): AppError {
  return new AppError(IMPORT_ERROR_REASONS[reason], {
    message: `import: ${reason}`,
    messageRef: { key: `import.error.${reason}`, ...(params ? { params } : {}) },
    details: { reason },
  });
}

/** The reason of an import error, or null for any other error. */
export function importErrorReason(error: unknown): ImportErrorReason | null {
  if (!(error instanceof AppError)) return null;
  const reason = error.details?.reason;
  return typeof reason === "string" && reason in IMPORT_ERROR_REASONS ? (reason as ImportErrorReason) : null;
}
