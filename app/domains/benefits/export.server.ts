/**
 * Exports of the benefit register (one row per benefit) and of all measurements (one row per measurement),
 * as a `Sheet` that app/utils/xlsx.server.ts and app/utils/csv.ts write. Each list is one SQL query filtered by
 * municipality (plus the valuation settings for the register); headers and choices come from the catalogue in the
 * user's language.
 *
 * Planned NOK: the benefit's own planned amount when it has one, else planned hours × the municipality's hourly
 * cost; a column says which. FTE: planned hours / hours per FTE. Achievement: (value − baseline) / (target − baseline)
 * in percent, unclamped, one decimal (achievement.ts); empty when it cannot be computed.
 */
import { sql } from "drizzle-orm";
import { rowsOf } from "~/kit/db.server";
import type { INDICATOR_DIRECTIONS, INDICATOR_UNITS } from "~/domains/benefits/constants";
import { createTranslator, type Lang, type MessageKey, type Translate } from "~/kit/i18n";
import { type Sheet, type SheetColumn } from "~/kit/xlsx.server";
import { computeAchievement } from "./achievement";
import { getValuationSettings } from "./queries.server";
import { hoursToFte, hoursToNok, roundHalfAwayFromZero } from "./valuation";

type Unit = (typeof INDICATOR_UNITS)[number];
type Direction = (typeof INDICATOR_DIRECTIONS)[number];

export interface BenefitRegisterRow {
  measureCode: string;
  measureTitle: string;
  sectorName: string | null;
  title: string;
  type: string;
  beneficiaries: string[];
  quantitative: boolean;
  disbenefit: boolean;
  status: string;
  statusReason: string | null;
  ownerName: string | null;
  ownerText: string | null;
  managerName: string | null;
  managerText: string | null;
  periodFrom: string | null;
  periodTo: string | null;
  recurrence: string;
  plannedHoursPerYear: number | null;
  plannedNokPerYear: number | null;
  alternativeUse: string | null;
  goals: string | null;
  indicatorName: string | null;
  indicatorUnit: Unit | null;
  indicatorCustomUnit: string | null;
  indicatorDirection: Direction | null;
  baselineValue: number | null;
  targetValue: number | null;
  latestValue: number | null;
  latestMeasuredOn: string | null;
}

export interface MeasurementExportRow {
  measureCode: string;
  benefitTitle: string;
  indicatorName: string;
  unit: Unit;
  customUnit: string | null;
  direction: Direction;
  measuredOn: string;
  value: number;
  assessment: string | null;
  comment: string | null;
  baselineValue: number | null;
  targetValue: number | null;
}

/** The register with each benefit's valuation indicator and its latest measurement, in one query. */
export async function listBenefitRegisterRows({ municipalityId }: { municipalityId: string }): Promise<BenefitRegisterRow[]> {
  return rowsOf<BenefitRegisterRow>(sql`
    select m.code as "measureCode", m.title as "measureTitle", s.name as "sectorName",
      b.title, b.type, b.beneficiaries, b.quantitative, b.disbenefit, b.status, b.status_reason as "statusReason",
      ou.name as "ownerName", b.owner_text as "ownerText", mu.name as "managerName", b.manager_text as "managerText",
      b.period_from::text as "periodFrom", b.period_to::text as "periodTo", b.recurrence,
      b.planned_hours_per_year::float8 as "plannedHoursPerYear", b.planned_nok_per_year::float8 as "plannedNokPerYear",
      b.alternative_use as "alternativeUse",
      (select string_agg(g.number, ', ' order by g.number) from benefit_goal bg join goal g on g.id = bg.goal_id
        where bg.benefit_id = b.id and bg.municipality_id = b.municipality_id and g.municipality_id = b.municipality_id) as "goals",
      i.name as "indicatorName", i.unit as "indicatorUnit", i.custom_unit as "indicatorCustomUnit", i.direction as "indicatorDirection",
      i.baseline_value::float8 as "baselineValue", i.target_value::float8 as "targetValue",
      latest.value::float8 as "latestValue", latest.measured_on::text as "latestMeasuredOn"
    from benefit b
    join measure m on m.id = b.measure_id and m.municipality_id = b.municipality_id
    left join sector s on s.id = m.sector_id and s.municipality_id = b.municipality_id
    left join "user" ou on ou.id = b.owner_user_id
    left join "user" mu on mu.id = b.manager_user_id
    left join indicator i on i.benefit_id = b.id and i.is_valuation_indicator and i.municipality_id = b.municipality_id
    left join lateral (
      select x.value, x.measured_on from measurement x where x.indicator_id = i.id and x.municipality_id = b.municipality_id
      order by x.measured_on desc, x.created_at desc limit 1
    ) latest on true
    where b.municipality_id = ${municipalityId}
    order by m.code, b.created_at, b.id`);
}

/** Every measurement with its indicator, benefit and measure, in one query. */
export async function listMeasurementExportRows({ municipalityId }: { municipalityId: string }): Promise<MeasurementExportRow[]> {
  return rowsOf<MeasurementExportRow>(sql`
    select m.code as "measureCode", b.title as "benefitTitle", i.name as "indicatorName", i.unit, i.custom_unit as "customUnit",
      i.direction, x.measured_on::text as "measuredOn", x.value::float8 as value, x.assessment, x.comment,
      i.baseline_value::float8 as "baselineValue", i.target_value::float8 as "targetValue"
    from measurement x
    join indicator i on i.id = x.indicator_id and i.municipality_id = x.municipality_id
    join benefit b on b.id = i.benefit_id and b.municipality_id = x.municipality_id
    join measure m on m.id = b.measure_id and m.municipality_id = x.municipality_id
    where x.municipality_id = ${municipalityId}
    order by m.code, b.title, i.name, x.measured_on, x.created_at`);
}

function achievementPercent(value: number | null, indicator: { baselineValue: number | null; targetValue: number | null; direction: Direction | null }) {
  if (value === null || indicator.direction === null) return null;
  const a = computeAchievement({ baseline: indicator.baselineValue, target: indicator.targetValue, value, direction: indicator.direction });
  return a.raw === null ? null : roundHalfAwayFromZero(a.raw * 100, 1);
}

function unitLabel(t: Translate, unit: Unit | null, customUnit: string | null): string | null {
  if (unit === null) return null;
  return unit === "custom" ? customUnit : t(`benefits.unit.${unit}`);
}

const person = (name: string | null, text: string | null) => [name, text].filter(Boolean).join(", ") || null;
const choice = (t: Translate, prefix: string, value: string | null) => (value ? t(`${prefix}${value}` as MessageKey) : null);

/** The benefit register as a sheet in `lang`. */
export async function getBenefitRegisterExport({ municipalityId, lang }: { municipalityId: string; lang: Lang }): Promise<Sheet> {
  const t = createTranslator(lang);
  const [rows, valuation] = await Promise.all([listBenefitRegisterRows({ municipalityId }), getValuationSettings({ municipalityId })]);
  const col = (key: MessageKey, kind: SheetColumn["kind"] = "text", params?: Record<string, string | number>): SheetColumn => ({
    header: t(key, params),
    kind,
  });
  const columns = [
    col("benefitRecords.export.col.measureCode"),
    col("benefitRecords.export.col.measureTitle"),
    col("benefitRecords.export.col.sector"),
    col("benefitRecords.export.col.benefit"),
    col("benefitRecords.export.col.type"),
    col("benefitRecords.export.col.beneficiaries"),
    col("benefitRecords.export.col.quantitative"),
    col("benefitRecords.export.col.disbenefit"),
    col("benefitRecords.export.col.status"),
    col("benefitRecords.export.col.statusReason"),
    col("benefitRecords.export.col.owner"),
    col("benefitRecords.export.col.manager"),
    col("benefitRecords.export.col.periodFrom", "date"),
    col("benefitRecords.export.col.periodTo", "date"),
    col("benefitRecords.export.col.recurrence"),
    col("benefitRecords.export.col.plannedHours", "number"),
    col("benefitRecords.export.col.plannedNok", "nok"),
    col("benefitRecords.export.col.plannedNokSource"),
    col("benefitRecords.export.col.fte", "number", { hours: valuation.hoursPerFte }),
    col("benefitRecords.export.col.alternativeUse"),
    col("benefitRecords.export.col.goals"),
    col("benefitRecords.export.col.valuationIndicator"),
    col("benefitRecords.export.col.unit"),
    col("benefitRecords.export.col.baseline", "number"),
    col("benefitRecords.export.col.target", "number"),
    col("benefitRecords.export.col.latestValue", "number"),
    col("benefitRecords.export.col.latestDate", "date"),
    col("benefitRecords.export.col.achievement", "percent"),
  ];
  const body = rows.map((r) => {
    const hours = r.plannedHoursPerYear;
    const computedNok = r.plannedNokPerYear === null && hours !== null;
    const nok = r.plannedNokPerYear ?? (hours === null ? null : hoursToNok({ hours, hourlyCostNok: valuation.hourlyCostNok }));
    const source =
      r.plannedNokPerYear !== null
        ? t("benefitRecords.export.nokSource.explicit")
        : computedNok
          ? t("benefitRecords.export.nokSource.computed", { cost: valuation.hourlyCostNok })
          : null;
    return [
      r.measureCode,
      r.measureTitle,
      r.sectorName,
      r.title,
      choice(t, "benefits.type.", r.type),
      r.beneficiaries.map((b) => t(`benefits.beneficiary.${b}` as MessageKey)).join(", ") || null,
      r.quantitative ? t("benefits.field.quantitative.yes") : t("benefits.field.quantitative.no"),
      r.disbenefit ? t("common.yes") : t("common.no"),
      choice(t, "benefits.status.", r.status),
      r.statusReason,
      person(r.ownerName, r.ownerText),
      person(r.managerName, r.managerText),
      r.periodFrom,
      r.periodTo,
      choice(t, "benefits.recurrence.", r.recurrence),
      hours,
      nok,
      source,
      hours === null ? null : hoursToFte({ hours, hoursPerFte: valuation.hoursPerFte }),
      r.alternativeUse,
      r.goals,
      r.indicatorName,
      unitLabel(t, r.indicatorUnit, r.indicatorCustomUnit),
      r.baselineValue,
      r.targetValue,
      r.latestValue,
      r.latestMeasuredOn,
      achievementPercent(r.latestValue, { baselineValue: r.baselineValue, targetValue: r.targetValue, direction: r.indicatorDirection }),
    ];
  });
  return { name: t("benefitRecords.export.benefits.sheet"), columns, rows: body };
}

/** All measurements as a sheet in `lang`. */
export async function getMeasurementsExport({ municipalityId, lang }: { municipalityId: string; lang: Lang }): Promise<Sheet> {
  const t = createTranslator(lang);
  const rows = await listMeasurementExportRows({ municipalityId });
  const col = (key: MessageKey, kind: SheetColumn["kind"] = "text"): SheetColumn => ({ header: t(key), kind });
  const columns = [
    col("benefitRecords.export.col.measureCode"),
    col("benefitRecords.export.col.benefit"),
    col("benefitRecords.export.col.indicator"),
    col("benefitRecords.export.col.unit"),
    col("benefitRecords.export.col.direction"),
    col("benefitRecords.export.col.date", "date"),
    col("benefitRecords.export.col.value", "number"),
    col("benefitRecords.export.col.assessment"),
    col("benefitRecords.export.col.comment"),
    col("benefitRecords.export.col.baseline", "number"),
    col("benefitRecords.export.col.target", "number"),
    col("benefitRecords.export.col.achievement", "percent"),
  ];
  const body = rows.map((r) => [
    r.measureCode,
    r.benefitTitle,
    r.indicatorName,
    unitLabel(t, r.unit, r.customUnit),
    choice(t, "benefits.direction.", r.direction),
    r.measuredOn,
    r.value,
    choice(t, "benefits.assessment.", r.assessment),
    r.comment,
    r.baselineValue,
    r.targetValue,
    achievementPercent(r.value, r),
  ]);
  return { name: t("benefitRecords.export.measurements.sheet"), columns, rows: body };
}

/** The sheet as CSV rows (header first). */
