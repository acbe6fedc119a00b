import type { Actor } from "~/kit/context";
import type { Principal } from "~/kit/permissions";
import { changeMeasureStatus, createMeasure, updateMeasure } from "~/domains/measures/index.server";
import { createGoal, createStrategy } from "~/domains/plan/index.server";
import { addMember, createMunicipality } from "~/domains/tenancy/index.server";
import { getUserByEmail, listSectors } from "~/domains/tenancy/index.server";
import { createBenefit, createIndicator, createMeasurement } from "~/domains/benefits/index.server";
import { loadDemoFirstRound, loadDemoLaterRounds } from "./reporting.server";
import { createImport } from "~/domains/import/index.server";
import { DEMO_IMPORT_CSV } from "./data";
import { updatePublicPlanSettings } from "~/domains/public/index.server";
import {
  DEMO_BENEFITS,
  DEMO_GOALS,
  DEMO_MEASURES,
  DEMO_STRATEGY,
  type DemoMeasure,
  isPublishedInDemo,
  NEIGHBOUR_GOALS,
  NEIGHBOUR_MEASURES,
  NEIGHBOUR_STRATEGY,
} from "./data";

export const DEMO_PASSWORD = "demo-passord-2026";
export const DEMO_MUNICIPALITY_CODE = "3401";
export const DEMO_NEIGHBOUR_CODE = "3499";
export const DEMO_IMPORT_FILE = "innspill-handlingsplan-2027.csv";
export const DEMO_ACCESSIBILITY_STATEMENT_URL = "https://demo.retning.no/tilgjengelighetserklaering";

export const DEMO_USERS = [
  { email: "admin@demo.retning.no", name: "Ada Admin", role: "admin" },
  { email: "koordinator@demo.retning.no", name: "Kari Koordinator", role: "coordinator" },
  { email: "bidragsyter@demo.retning.no", name: "Bjørn Bidragsyter", role: "contributor" },
  { email: "leser@demo.retning.no", name: "Lise Leser", role: "reader" },
] as const;

const SECTORS = [
  { name: "Tverrfaglig", codePrefix: "TF" },
  { name: "Plan og teknisk", codePrefix: "PT" },
  { name: "Oppvekst", codePrefix: "O" },
  { name: "Helse og omsorg", codePrefix: "HO" },
  { name: "IKT", codePrefix: "IKT" },
];

const admin: Principal = { role: "admin", userId: null, sectorIds: [] };

/** Closed statuses are reached through their own step, so the demo history shows real status changes. */
function initialStatus(m: DemoMeasure): DemoMeasure["status"] {
  if (m.status === "completed") return "in_progress";
  if (m.status === "dropped") return "proposed";
  if (m.status === "merged") return "planned";
  return m.status;
}

export async function loadDemoData() {
  const municipality = await createMunicipality({ code: DEMO_MUNICIPALITY_CODE, name: "Demo kommune", language: "nb", sectors: SECTORS });
  const neighbour = await createMunicipality({
    code: DEMO_NEIGHBOUR_CODE,
    name: "Nabodemo kommune",
    language: "nn",
    sectors: [
      { name: "Helse og omsorg", codePrefix: "HO" },
      { name: "Oppvekst", codePrefix: "O" },
    ],
  });
  for (const u of DEMO_USERS) {
    await addMember({ municipalityId: municipality.id, principal: admin, input: { email: u.email, name: u.name, role: u.role, password: DEMO_PASSWORD } });
  }
  // The admin is inter-municipal IT staff and also coordinates the neighbour's plan.
  await addMember({ municipalityId: neighbour.id, principal: admin, input: { email: DEMO_USERS[0].email, name: DEMO_USERS[0].name, role: "coordinator" } });

  const users = new Map<string, string>();
  for (const u of DEMO_USERS) users.set(u.role, (await getUserByEmail({ email: u.email }))!.id);
  const demoActor: Actor = { userId: users.get("admin")!, label: null };
  const coordinatorActor: Actor = { userId: users.get("coordinator")!, label: null };

  const strategy = await createStrategy({ municipalityId: municipality.id, principal: admin, input: DEMO_STRATEGY, actor: demoActor });
  const goalIds = new Map<string, string>();
  for (const [number, title, indicator, parent] of DEMO_GOALS) {
    const goal = await createGoal({
      municipalityId: municipality.id,
      principal: admin,
      input: { strategyId: strategy.id, parentId: parent ? goalIds.get(parent) : null, number, title, indicator },
      actor: demoActor,
    });
    goalIds.set(number, goal.id);
  }

  const sectors = await listSectors({ municipalityId: municipality.id });
  const sectorFor = (code: string) => sectors.find((s) => code.startsWith(s.codePrefix) && /^\d/.test(code.slice(s.codePrefix.length)))?.id ?? null;
  const contributorCodes = new Set(["HO16", "TF04", "O04", "TF08"]);
  const measureIds = new Map<string, { id: string; version: number }>();

  for (const m of DEMO_MEASURES) {
    const created = await createMeasure({
      municipalityId: municipality.id,
      principal: admin,
      actor: demoActor,
      input: {
        code: m.code,
        title: m.title,
        description: m.description ?? null,
        sectorId: sectorFor(m.code),
        responsibleText: m.responsible ?? null,
        responsibleUserId: contributorCodes.has(m.code) ? users.get("contributor")! : null,
        userOriented: m.userOriented ?? false,
        tags: m.tags ?? [],
        status: initialStatus(m),
        planYear: m.priority ? 2025 : null,
        priority: m.priority ?? null,
        startPeriod: m.start ?? null,
        endPeriod: m.end ?? null,
        benefitsCitizens: m.citizens ?? null,
        benefitsEmployees: m.employees ?? null,
        benefitsQuantitative: m.quantitative ?? null,
        published: isPublishedInDemo(m),
        goalIds: m.goals.map((n) => goalIds.get(n)!),
        costs: costsOf(m),
      },
    });
    measureIds.set(m.code, { id: created.id, version: created.version });
  }

  await loadDemoFirstRound({ municipalityId: municipality.id, measureIds, principal: admin, actor: coordinatorActor });

  // Second pass: dependencies and closing steps, done by the coordinator so the history has people in it.
  for (const m of DEMO_MEASURES) {
    const ref = measureIds.get(m.code)!;
    if (m.dependsOn) {
      const updated = await updateMeasure({
        municipalityId: municipality.id,
        id: ref.id,
        version: ref.version,
        principal: admin,
        actor: coordinatorActor,
        input: { dependsOnIds: m.dependsOn.map((c) => measureIds.get(c)!.id) },
      });
      ref.version = updated.version;
    }
    if (m.status !== initialStatus(m)) {
      const updated = await changeMeasureStatus({
        municipalityId: municipality.id,
        id: ref.id,
        version: ref.version,
        principal: admin,
        actor: coordinatorActor,
        input: {
          status: m.status,
          completedOn: m.completedOn ?? null,
          dropReason: m.dropReason ?? null,
          mergedIntoId: m.mergedInto ? measureIds.get(m.mergedInto)!.id : null,
        },
      });
      ref.version = updated.version;
    }
  }
  await loadDemoBenefits({ municipalityId: municipality.id, measureIds, goalIds, actor: coordinatorActor });
  await loadDemoLaterRounds({ municipalityId: municipality.id, measureIds, principal: admin, actor: coordinatorActor });
  await loadNeighbourPlan({ municipalityId: neighbour.id, actor: demoActor });
  // A coordinator's spreadsheet of proposals for next year's plan, read in and waiting for review.
  await createImport({
    municipalityId: municipality.id,
    principal: { role: "coordinator", userId: users.get("coordinator")!, sectorIds: [] },
    fileName: DEMO_IMPORT_FILE,
    bytes: Buffer.from(DEMO_IMPORT_CSV, "utf8"),
  });

  // Both municipalities show their plan publicly; Demo kommune also its costs and an accessibility statement.
  await updatePublicPlanSettings({
    municipalityId: municipality.id,
    principal: admin,
    actor: demoActor,
    input: { publicPlanEnabled: true, publicShowCosts: true, accessibilityStatementUrl: DEMO_ACCESSIBILITY_STATEMENT_URL },
  });
  await updatePublicPlanSettings({
    municipalityId: neighbour.id,
    principal: admin,
    actor: demoActor,
    input: { publicPlanEnabled: true, publicShowCosts: false, accessibilityStatementUrl: "" },
  });
  return municipality;
}

function costsOf(m: DemoMeasure) {
  return m.cost
    ? [
        {
          amountNok: m.cost.amount,
          usedNok: m.cost.used ?? null,
          recurrence: m.cost.recurrence,
          year: m.cost.year,
          costType: m.cost.type ?? ("operating" as const),
          fundingSource: m.cost.funding,
          description: null,
        },
      ]
    : [];
}

/** Nabodemo kommune's small plan in nynorsk (a strategy, three goals, five measures of which three are published). */
async function loadNeighbourPlan({ municipalityId, actor }: { municipalityId: string; actor: Actor }) {
  const strategy = await createStrategy({ municipalityId, principal: admin, input: NEIGHBOUR_STRATEGY, actor });
  const goalIds = new Map<string, string>();
  for (const [number, title, parent] of NEIGHBOUR_GOALS) {
    const goal = await createGoal({
      municipalityId,
      principal: admin,
      input: { strategyId: strategy.id, parentId: parent ? goalIds.get(parent) : null, number, title },
      actor,
    });
    goalIds.set(number, goal.id);
  }
  const sectors = await listSectors({ municipalityId });
  for (const m of NEIGHBOUR_MEASURES) {
    await createMeasure({
      municipalityId,
      principal: admin,
      actor,
      input: {
        code: m.code,
        title: m.title,
        sectorId: sectors.find((s) => m.code.startsWith(s.codePrefix))?.id ?? null,
        responsibleText: m.responsible ?? null,
        userOriented: m.userOriented ?? false,
        status: m.status,
        completedOn: m.completedOn ?? null,
        startPeriod: m.start ?? null,
        endPeriod: m.end ?? null,
        benefitsCitizens: m.citizens ?? null,
        benefitsEmployees: m.employees ?? null,
        published: m.published,
        goalIds: m.goals.map((n) => goalIds.get(n)!),
        costs: costsOf(m),
      },
    });
  }
}

/** Benefits with indicators and measurements over several years, so follow-up has something to show. */
async function loadDemoBenefits({
  municipalityId,
  measureIds,
  goalIds,
  actor,
}: {
  municipalityId: string;
  measureIds: Map<string, { id: string }>;
  goalIds: Map<string, string>;
  actor: Actor;
}) {
  for (const b of DEMO_BENEFITS) {
    const created = await createBenefit({
      municipalityId,
      principal: admin,
      measureId: measureIds.get(b.measure)!.id,
      actor,
      input: {
        title: b.title,
        type: b.type,
        beneficiaries: b.beneficiaries,
        quantitative: Boolean(b.plannedHoursPerYear || b.plannedNokPerYear || b.indicator),
        status: b.status,
        ownerText: b.owner || null,
        periodFrom: b.periodFrom,
        periodTo: b.periodTo,
        plannedHoursPerYear: b.plannedHoursPerYear ?? null,
        plannedNokPerYear: b.plannedNokPerYear ?? null,
        alternativeUse: b.alternativeUse ?? null,
        recurrence: "annual",
        goalIds: b.goals.map((n) => goalIds.get(n)!),
      },
    });
    if (!b.indicator) continue;
    const i = b.indicator;
    const indicator = await createIndicator({
      municipalityId,
      principal: admin,
      benefitId: created.id,
      actor,
      input: {
        name: i.name,
        unit: i.unit,
        direction: i.direction,
        baselineValue: i.baseline,
        baselineDate: i.baselineDate,
        targetValue: i.target,
        targetDate: i.targetDate,
        frequency: i.frequency,
        responsibleText: b.owner || null,
        isValuationIndicator: i.valuation,
      },
    });
    for (const [measuredOn, value, assessment] of i.measurements) {
      await createMeasurement({ municipalityId, principal: admin, indicatorId: indicator.id, actor, input: { measuredOn, value, assessment } });
    }
  }
}
