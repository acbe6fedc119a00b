/** Largest accepted file, in bytes (20 MB); also checked in the browser before uploading. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** The same limit in MB, as stated in the UI and in messages. */
export const MAX_IMPORT_MB = MAX_IMPORT_BYTES / 1024 / 1024;

/** Rows under this confidence are marked for a closer look. */
export const LOW_CONFIDENCE = 0.6;
