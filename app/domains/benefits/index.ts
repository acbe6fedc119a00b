// The benefits domain's client-safe public entry: what other domains and the app shell may import (no drizzle, no zod).
export {
  BENEFICIARIES,
  type Beneficiary,
  BENEFIT_RECURRENCE,
  BENEFIT_STATUSES,
  BENEFIT_TYPES,
  type BenefitRecurrence,
  type BenefitStatus,
  type BenefitType,
  INDICATOR_DIRECTIONS,
  INDICATOR_FREQUENCIES,
  INDICATOR_UNITS,
  type IndicatorDirection,
  type IndicatorFrequency,
  type IndicatorUnit,
  MEASUREMENT_ASSESSMENTS,
  type MeasurementAssessment,
} from "./constants";
