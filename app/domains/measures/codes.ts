/**
 * Measure codes, e.g. "TF03", "HO26", "IKT05", "O8", "1.2.1".
 */

/** Maximum length of a measure code, in characters. */
export const MAX_CODE_LENGTH = 20;

/** Minimum number of digits in a suggested code with a letter prefix ("PT01"). */
const MIN_SUGGESTED_DIGITS = 2;

/**
 * Normalises a code as typed by a user: Unicode NFC, trimmed, letters upper
 * case and all whitespace removed ("tf 03" → "TF03", " ho26 " → "HO26").
 */
export function normalizeCode(s: string): string {
  return s.normalize("NFC").replace(/\s+/gu, "").toUpperCase();
}

// Letters (any script, so ÆØÅ and Sámi letters like ČŠŊ are included),
// ASCII digits, '.', '-' and '_'.
const CODE_CHARS_RE = /^[\p{L}0-9._-]+$/u;
const HAS_LETTER_OR_DIGIT_RE = /[\p{L}0-9]/u;

/**
 * Whether `s` is an acceptable code as given (callers normally pass the
 * result of `normalizeCode`): 1–20 characters; only letters (incl. ÆØÅ,
 * either case), digits, '.', '-' and '_'; at least one letter or digit.
 */
export function isValidCode(s: string): boolean {
  if (typeof s !== "string") return false;
  const nfc = s.normalize("NFC");
  const length = Array.from(nfc).length;
  if (length < 1 || length > MAX_CODE_LENGTH) return false;
  return CODE_CHARS_RE.test(nfc) && HAS_LETTER_OR_DIGIT_RE.test(nfc);
}

function escapeRegExp(s: string): string {
  // Only syntax characters may be escaped in a "u" regex ('-' must not be).
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

export type SuggestNextCodeInput = {
  /** Sector prefix such as "HO" or "IKT". Empty/missing: purely numeric codes. */
  prefix?: string | null;
  existingCodes: readonly string[];
};

/**
 * Suggests the next code for a prefix.
 *
 * With a prefix, looks at existing codes that are exactly the prefix
 * followed by digits (case- and whitespace-insensitive, so "HOX1" is not an
 * "HO" code), takes the highest number + 1 and zero-pads it to the widest
 * existing number, at least two digits:
 *   "HO" with HO26, HO9  → "HO27"
 *   "PT" with none       → "PT01"
 *   "IKT" with IKT05     → "IKT06"
 *   "HO" with HO99       → "HO100"
 * If the prefix ends with a separator ('.', '-', '_'), as in hierarchical
 * codes ("1.2." → "1.2.3"), no minimum padding is applied.
 *
 * Without a prefix, suggests the next integer after the highest purely
 * numeric code ("1", "2", …), padded only if existing numeric codes use
 * leading zeros ("01", "02" → "03").
 */
export function suggestNextCode({ prefix, existingCodes }: SuggestNextCodeInput): string {
  const normalizedPrefix = normalizeCode(prefix ?? "");
  const pattern = new RegExp(`^${escapeRegExp(normalizedPrefix)}(\\d+)$`, "u");

  let max = 0n;
  let width = 0;
  let zeroPadded = false;
  for (const code of existingCodes) {
    const m = pattern.exec(normalizeCode(code));
    const digits = m?.[1];
    if (digits === undefined) continue;
    const n = BigInt(digits);
    if (n > max) max = n;
    if (digits.length > width) width = digits.length;
    if (digits.length > 1 && digits.startsWith("0")) zeroPadded = true;
  }

  const next = (max + 1n).toString();

  let padTo: number;
  if (normalizedPrefix === "") {
    padTo = zeroPadded ? width : 1;
  } else if (/[._-]$/u.test(normalizedPrefix)) {
    padTo = width;
  } else {
    padTo = Math.max(width, MIN_SUGGESTED_DIGITS);
  }
  return normalizedPrefix + next.padStart(padTo, "0");
}
