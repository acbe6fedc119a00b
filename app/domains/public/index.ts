// The public domain's client-safe public entry: what other domains and the app shell may import (no drizzle, no zod).
export { ACCESSIBILITY_URL_MAX, PUBLIC_PLAN_SETTINGS_FIELDS } from "./constants";
export { isPublicPagePath, usePublicLang, usePublicPage } from "./paths";
export { PublicPlanSection } from "./ui/settings-section";
