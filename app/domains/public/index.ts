// The public domain's client-safe public entry: what other domains and the app shell may import (no drizzle, no zod).
export { isPublicPagePath, usePublicLang, usePublicPage } from "./paths";
