/** The benefit, indicator and measurement endpoints of the JSON API v1 in the OpenAPI document (assembled by the api domain). */
import {
  CONCURRENCY_NOTE,
  createdResponse,
  deleteOperation,
  errorResponses,
  exportOperation,
  idParameter,
  ok,
  type OpenApiFragment,
  READ_ERRORS,
  requestBody,
  updateOperations,
  WRITE_ERRORS,
} from "~/kit/openapi";
import {
  benefitCreateBodySchema,
  benefitListSchema,
  benefitSchema,
  benefitUpdateBodySchema,
  indicatorCreateBodySchema,
  indicatorListSchema,
  indicatorSchema,
  indicatorUpdateBodySchema,
  measurementCreateBodySchema,
  measurementListSchema,
  measurementSchema,
  measurementUpdateBodySchema,
} from "./schemas";

const BENEFIT_REGISTER_EXPORT_NOTE =
  "One row per benefit of the municipality: measure code and title, sector, benefit, type, who benefits, quantitative or qualitative, disbenefit, status and reason, owner, manager, realisation period, recurrence, planned hours, planned NOK (the benefit's own amount, or planned hours × the hourly cost; a column says which), FTE, alternative use, goal numbers, and the valuation indicator's name, unit, baseline, target, latest value and its date, and achievement in percent. Column headers and choices are in the user's language (bokmål or nynorsk). Every role may read.";
const MEASUREMENTS_EXPORT_NOTE =
  "One row per measurement of the municipality: measure code, benefit, indicator, unit, direction, date, value, assessment, comment, the indicator's baseline and target, and achievement in percent. Column headers and choices are in the user's language (bokmål or nynorsk). Every role may read.";

const BENEFIT_EDIT_NOTE = "Whoever may edit the parent measure may write its benefits, indicators and measurements; `reader` may only read (403).";

export const openapi: OpenApiFragment = {
  tags: [{ name: "Benefits", description: "Nyttevirkninger (gevinster), their indicators and measurements" }],
  paths: {
    "/measures/{id}/benefits": {
      parameters: [idParameter],
      get: {
        tags: ["Benefits"],
        operationId: "listMeasureBenefits",
        summary: "List the benefits of a measure",
        description: "Oldest first.",
        responses: { ...ok("BenefitList"), ...errorResponses([...READ_ERRORS, 404]) },
      },
      post: {
        tags: ["Benefits"],
        operationId: "createBenefit",
        summary: "Create a benefit on a measure",
        description: `Only \`title\` and \`type\` are required; other fields default to empty (status \`proposed\`, recurrence \`annual\`). Status \`not_realised\` requires \`statusReason\`; a realised freed-capacity benefit requires \`alternativeUse\`. Hours must not be negative. Goals are given by id in \`goalIds\`. ${BENEFIT_EDIT_NOTE}`,
        requestBody: requestBody("BenefitCreate", "The new benefit."),
        responses: { ...createdResponse("Benefit"), ...errorResponses([...WRITE_ERRORS, 404]) },
      },
    },
    "/benefits/summary": {
      get: {
        tags: ["Benefits"],
        operationId: "getBenefitSummary",
        summary: "Planned against realised benefits per year, sector and type",
        description:
          "Computed in the database for the years `from`..`to` (integers 2000–2100, from ≤ to, at most 30 years). `data`: rows { year, sectorId, sectorName, type, plannedNok, realisedNok, plannedHours, realisedHours, plannedFte, realisedFte } (sectorId/sectorName null for measures without a sector). `totals`: the same amounts per year (every year, zeros included), rounded after summing. Disbenefits are not in `data`/`totals`; they are reported per year in `disbenefits`. `meta`: { from, to, hourlyCostNok, hoursPerFte }.",
        parameters: [
          { name: "from", in: "query", required: true, schema: { type: "integer", minimum: 2000, maximum: 2100 } },
          { name: "to", in: "query", required: true, schema: { type: "integer", minimum: 2000, maximum: 2100 } },
        ],
        responses: {
          "200": { description: "The summary.", content: { "application/json": { schema: { type: "object" } } } },
          ...errorResponses([400, ...READ_ERRORS]),
        },
      },
    },
    "/benefits/export.xlsx": exportOperation({
      operationId: "exportBenefitRegisterXlsx",
      summary: "Download the benefit register as an Excel workbook",
      format: "xlsx",
      tag: "Benefits",
      description: BENEFIT_REGISTER_EXPORT_NOTE,
    }),
    "/benefits/export.csv": exportOperation({
      operationId: "exportBenefitRegisterCsv",
      summary: "Download the benefit register as CSV",
      format: "csv",
      tag: "Benefits",
      description: BENEFIT_REGISTER_EXPORT_NOTE,
    }),
    "/benefits/{id}": {
      parameters: [idParameter],
      get: {
        tags: ["Benefits"],
        operationId: "getBenefit",
        summary: "Get a benefit",
        responses: { ...ok("Benefit"), ...errorResponses([...READ_ERRORS, 404]) },
      },
      ...updateOperations({
        tag: "Benefits",
        noun: "benefit",
        schema: "Benefit",
        body: "BenefitUpdate",
        idPrefix: "Benefit",
        description: `${CONCURRENCY_NOTE} ${BENEFIT_EDIT_NOTE}`,
      }),
      ...deleteOperation({
        tag: "Benefits",
        noun: "benefit",
        idPrefix: "Benefit",
        description: `Deletes the benefit with its indicators and measurements; the history keeps its last state. ${BENEFIT_EDIT_NOTE}`,
      }),
    },
    "/benefits/{id}/indicators": {
      parameters: [idParameter],
      get: {
        tags: ["Benefits"],
        operationId: "listBenefitIndicators",
        summary: "List the indicators of a benefit",
        description: "Oldest first.",
        responses: { ...ok("IndicatorList"), ...errorResponses([...READ_ERRORS, 404]) },
      },
      post: {
        tags: ["Benefits"],
        operationId: "createIndicator",
        summary: "Create an indicator on a benefit",
        description: `\`name\`, \`unit\` and \`direction\` are required. Values may be numbers or text in the unit ("1 234,5"); the target must differ from the baseline, and hours must not be negative. At most one valuation indicator (unit \`hours\` or \`nok\`) per benefit. ${BENEFIT_EDIT_NOTE}`,
        requestBody: requestBody("IndicatorCreate", "The new indicator."),
        responses: { ...createdResponse("Indicator"), ...errorResponses([...WRITE_ERRORS, 404]) },
      },
    },
    "/indicators/{id}": {
      parameters: [idParameter],
      get: {
        tags: ["Benefits"],
        operationId: "getIndicator",
        summary: "Get an indicator",
        responses: { ...ok("Indicator"), ...errorResponses([...READ_ERRORS, 404]) },
      },
      ...updateOperations({
        tag: "Benefits",
        noun: "indicator",
        schema: "Indicator",
        body: "IndicatorUpdate",
        idPrefix: "Indicator",
        description: `${CONCURRENCY_NOTE} ${BENEFIT_EDIT_NOTE}`,
      }),
      ...deleteOperation({
        tag: "Benefits",
        noun: "indicator",
        idPrefix: "Indicator",
        description: `Deletes the indicator with its measurements. ${BENEFIT_EDIT_NOTE}`,
      }),
    },
    "/indicators/{id}/measurements": {
      parameters: [idParameter],
      get: {
        tags: ["Benefits"],
        operationId: "listIndicatorMeasurements",
        summary: "List the measurements of an indicator",
        description: "Newest first, each with the `outsidePeriod` warning flag.",
        responses: { ...ok("MeasurementList"), ...errorResponses([...READ_ERRORS, 404]) },
      },
      post: {
        tags: ["Benefits"],
        operationId: "createMeasurement",
        summary: "Record a measurement",
        description: `\`measuredOn\` and \`value\` are required; the value is parsed in the indicator's unit (hours must not be negative). A measurement dated outside the benefit's realisation period is saved, with \`outsidePeriod: true\` as a warning. ${BENEFIT_EDIT_NOTE}`,
        requestBody: requestBody("MeasurementCreate", "The new measurement."),
        responses: { ...createdResponse("Measurement"), ...errorResponses([...WRITE_ERRORS, 404]) },
      },
    },
    "/measurements/export.xlsx": exportOperation({
      operationId: "exportMeasurementsXlsx",
      summary: "Download all measurements as an Excel workbook",
      format: "xlsx",
      tag: "Benefits",
      description: MEASUREMENTS_EXPORT_NOTE,
    }),
    "/measurements/export.csv": exportOperation({
      operationId: "exportMeasurementsCsv",
      summary: "Download all measurements as CSV",
      format: "csv",
      tag: "Benefits",
      description: MEASUREMENTS_EXPORT_NOTE,
    }),
    "/measurements/{id}": {
      parameters: [idParameter],
      get: {
        tags: ["Benefits"],
        operationId: "getMeasurement",
        summary: "Get a measurement",
        responses: { ...ok("Measurement"), ...errorResponses([...READ_ERRORS, 404]) },
      },
      ...updateOperations({
        tag: "Benefits",
        noun: "measurement",
        schema: "Measurement",
        body: "MeasurementUpdate",
        idPrefix: "Measurement",
        description: `${CONCURRENCY_NOTE} The answer has the \`outsidePeriod\` warning flag. ${BENEFIT_EDIT_NOTE}`,
      }),
      ...deleteOperation({ tag: "Benefits", noun: "measurement", idPrefix: "Measurement", description: BENEFIT_EDIT_NOTE }),
    },
  },
  schemas: {
    input: {
      BenefitCreate: benefitCreateBodySchema,
      BenefitUpdate: benefitUpdateBodySchema,
      IndicatorCreate: indicatorCreateBodySchema,
      IndicatorUpdate: indicatorUpdateBodySchema,
      MeasurementCreate: measurementCreateBodySchema,
      MeasurementUpdate: measurementUpdateBodySchema,
    },
    output: {
      Benefit: benefitSchema,
      BenefitList: benefitListSchema,
      Indicator: indicatorSchema,
      IndicatorList: indicatorListSchema,
      Measurement: measurementSchema,
      MeasurementList: measurementListSchema,
    },
  },
};
