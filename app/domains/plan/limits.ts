/** Field limits shared by the zod schemas and the forms (kept free of zod so the browser bundle stays small). */
export const STRATEGY_TITLE_MAX = 200;
export const CASE_REFERENCE_MAX = 50;
export const SUMMARY_MAX = 5000;
export const FOCUS_AREA_MAX = 200;
export const FOCUS_AREAS_MAX = 30;
export const GOAL_NUMBER_MAX = 20;
export const GOAL_TITLE_MAX = 300;
export const GOAL_DESCRIPTION_MAX = 5000;
export const GOAL_INDICATOR_MAX = 1000;
