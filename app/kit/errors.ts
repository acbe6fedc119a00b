export const ERROR_STATUS = {
  bad_request: 400,
  validation: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** A message key from the catalogue plus its parameters, translated where the response is made. */
export interface MessageRef {
  key: string;
  params?: Record<string, string | number>;
}

export type FieldErrors = Record<string, MessageRef>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors?: FieldErrors;
  readonly messageRef?: MessageRef;
  readonly details?: Record<string, unknown>;

  /**
   * `cause` keeps the error this one replaces (a database error behind "conflict", say), so logs and debuggers still
   * see where it came from; it is never sent to the client.
   */
  constructor(
    code: ErrorCode,
    options: { message?: string; fieldErrors?: FieldErrors; messageRef?: MessageRef; details?: Record<string, unknown>; cause?: unknown } = {},
  ) {
    super(options.message ?? code, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = options.fieldErrors;
    this.messageRef = options.messageRef;
    this.details = options.details;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
