// Server-side data for the measure form (options, conflict comparison). Used by route loaders/actions.
import type { AppContext } from "~/kit/context";
import { can } from "~/kit/permissions";
import {
  allowedSectorIds,
  diffSnapshots,
  formStatusChoices,
  type MeasureFormInput,
  type MeasureLookups,
  measureSnapshot,
  mergedInput,
} from "~/domains/measures/form";
import { measureToInput } from "~/domains/measures/mutations.server";
import { getMeasureById, listGoalOptions, listMeasureOptions, listResponsibleOptions } from "~/domains/measures/queries.server";
import type { MeasureStatus } from "~/domains/measures/constants";
import { listStrategies } from "~/domains/plan/index.server";
import { listSectors } from "~/domains/tenancy/index.server";
import { createTranslator } from "~/kit/i18n";
import { AppError, isAppError } from "~/kit/errors";
import type { ConflictInfo, MeasureFormOptions } from "./ui/measure-form";
import { formatFieldValue } from "./ui/format";

export async function loadMeasureFormOptions({
  context,
  measureId,
  currentStatus,
  currentSectorId,
}: {
  context: AppContext;
  /** The measure being edited (excluded from the measure pickers); null for a new one. */
  measureId: string | null;
  currentStatus: MeasureStatus | null;
  currentSectorId?: string | null;
}): Promise<MeasureFormOptions> {
  const municipalityId = context.municipality.id;
  const [sectors, users, strategies, goals, measures] = await Promise.all([
    listSectors({ municipalityId }),
    listResponsibleOptions({ municipalityId }),
    listStrategies({ municipalityId }),
    listGoalOptions({ municipalityId }),
    listMeasureOptions({ municipalityId }),
  ]);
  const limitedTo = allowedSectorIds(context.principal);
  return {
    sectors: sectors
      .filter((s) => limitedTo === null || limitedTo.includes(s.id) || s.id === currentSectorId)
      .map((s) => ({ id: s.id, name: s.name, codePrefix: s.codePrefix })),
    allowNoSector: limitedTo === null,
    users: users.map((u) => ({ id: u.id, name: u.name })),
    strategies: strategies.map((s) => ({ id: s.id, title: s.title })),
    goals: goals.map((g) => ({ id: g.id, number: g.number, title: g.title, strategyId: g.strategyId })),
    measures: measures.filter((m) => m.id !== measureId).map((m) => ({ id: m.id, code: m.code, title: m.title })),
    statuses: formStatusChoices(context.principal, currentStatus),
    canSetPriority: can(context.principal, "measures.plan"),
  };
}

async function loadLookups(municipalityId: string): Promise<MeasureLookups> {
  const [sectors, users, goals, measures] = await Promise.all([
    listSectors({ municipalityId }),
    listResponsibleOptions({ municipalityId }),
    listGoalOptions({ municipalityId }),
    listMeasureOptions({ municipalityId }),
  ]);
  return { sectors, users, goals, measures };
}

/**
 * Runs an update; when it meets a newer version, rethrows the conflict with what differs between
 * the user's values and the saved measure (readable, in the user's language) and the current version.
 */
export async function withConflictDetails<T>({
  context,
  id,
  input,
  run,
}: {
  context: AppContext;
  id: string;
  input: MeasureFormInput | null;
  run: () => Promise<T>;
}): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!isAppError(error) || error.code !== "conflict") throw error;
    const municipalityId = context.municipality.id;
    const current = await getMeasureById({ municipalityId, id });
    const currentInput = measureToInput(current);
    let rows: ConflictInfo["rows"] = [];
    const yours = input ? mergedInput(currentInput, input) : null;
    if (yours) {
      const t = createTranslator(context.lang);
      const lookups = await loadLookups(municipalityId);
      rows = diffSnapshots(measureSnapshot(yours, lookups), measureSnapshot(currentInput, lookups)).map((row) => ({
        field: row.field,
        yours: formatFieldValue(t, context.lang, row.field, row.yours),
        theirs: formatFieldValue(t, context.lang, row.field, row.theirs),
      }));
    }
    const conflict: ConflictInfo = { currentVersion: current.version, rows };
    throw new AppError("conflict", { messageRef: { key: "measures.conflict" }, details: { conflict } });
  }
}
