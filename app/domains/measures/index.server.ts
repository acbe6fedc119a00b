// The measures domain's server-only public entry: tables, queries, mutations and schemas for other domains.
export { measure } from "./db";
export { parseVersion } from "./form";
export { getMeasureForRequest } from "./layout.server";
export {
  assertTransition,
  changeMeasureStatus,
  cleanedForStatus,
  createMeasure,
  insertMeasure,
  measureToInput,
  parseMeasureInput,
  updateMeasure,
  writeMeasureUpdate,
} from "./mutations.server";
export { buildMeasureWhere, getMeasureById, isUuid, listGoalOptions, listMeasures, listMeasuresForExport, listResponsibleOptions } from "./queries.server";
export { EMPTY_MEASURE, LIMITS, type MeasureFilter, type MeasureInput, periodField, searchParamsToObject } from "./schema";
export { measureLinkSchema } from "./api/schemas";
export { measureCost } from "./db";
export { measureDependency } from "./db";
export { measureGoal } from "./db";
export { measureStatusEvent } from "./db";
