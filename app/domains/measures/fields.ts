/**
 * The readable fields of a measure, in the order of the form: what the history records and what a
 * conflict compares. Values are names and codes rather than ids.
 */
export const MEASURE_SNAPSHOT_FIELDS = [
  "code",
  "title",
  "description",
  "sector",
  "responsibleText",
  "responsibleUser",
  "userOriented",
  "tags",
  "status",
  "completedOn",
  "dropReason",
  "mergedInto",
  "planYear",
  "priority",
  "startPeriod",
  "endPeriod",
  "benefitsCitizens",
  "benefitsEmployees",
  "benefitsQuantitative",
  "published",
  "goals",
  "dependsOn",
  "costs",
] as const;

export type MeasureSnapshotField = (typeof MEASURE_SNAPSHOT_FIELDS)[number];
