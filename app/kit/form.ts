// Submitted HTML forms (plain posts, strings only): the field names the kit reserves. Client-safe.

/** The hidden field every POST form carries its CSRF token in. */
export const CSRF_FIELD = "_csrf";
