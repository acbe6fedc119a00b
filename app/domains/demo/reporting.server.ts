import type { Actor } from "~/kit/context";
import type { TrafficLight } from "~/domains/reporting/index.server";
import type { Principal } from "~/kit/permissions";
import { closeRound, openRound, publishStatusUpdate } from "~/domains/reporting/index.server";

type Ids = Map<string, { id: string }>;

interface DemoStatus {
  code: string;
  overall: TrafficLight;
  progress: number;
  time?: [TrafficLight, string];
  cost?: [TrafficLight, string];
  risk?: [TrafficLight, string];
  benefits?: [TrafficLight, string];
  internal?: string;
}

const JUNE_2025: DemoStatus[] = [
  { code: "TF01", overall: "green", progress: 80, time: ["green", "Leveranse før sommeren."] },
  { code: "TF02", overall: "yellow", progress: 35, time: ["yellow", "Forsinket oppstart etter anskaffelsen."], cost: ["green", "Innenfor rammen."] },
  { code: "TF07", overall: "green", progress: 40, benefits: ["green", "Første skjema har gitt færre telefoner."] },
  { code: "O01", overall: "green", progress: 50 },
  {
    code: "HO01",
    overall: "red",
    progress: 20,
    risk: ["red", "Leverandøren har varslet at løsningen ikke er klar."],
    internal: "Tas opp i ledermøtet i august.",
  },
  { code: "HO16", overall: "yellow", progress: 45, cost: ["yellow", "Lisenskostnadene er høyere enn antatt."] },
  { code: "IKT01", overall: "green", progress: 60 },
];

const JANUARY_2026: DemoStatus[] = [
  { code: "TF02", overall: "green", progress: 70, time: ["green", "Tatt igjen forsinkelsen fra i fjor."] },
  { code: "TF07", overall: "yellow", progress: 55, time: ["yellow", "Integrasjonen mot sak/arkiv tar lengre tid."] },
  { code: "O01", overall: "green", progress: 75, benefits: ["green", "Lærerne bruker mindre tid på utdeling av utstyr."] },
  { code: "HO01", overall: "yellow", progress: 50, risk: ["yellow", "Ny leverandør er valgt; risikoen er redusert."] },
  { code: "HO16", overall: "green", progress: 85, cost: ["green", "Lisensavtalen er reforhandlet."] },
  { code: "IKT01", overall: "red", progress: 65, time: ["red", "Mangler kapasitet i IKT-driften til utrullingen."], internal: "Vurder innleie." },
  { code: "PT02", overall: "green", progress: 30 },
];

function statusInput(s: DemoStatus, periodLabel: string, roundId: string) {
  const param = (name: string, value: [TrafficLight, string] | undefined) => (value ? { [`light_${name}`]: value[0], [`comment_${name}`]: value[1] } : {});
  return {
    periodLabel,
    roundId,
    overall: s.overall,
    progressPercent: s.progress,
    internalComment: s.internal ?? null,
    ...param("time", s.time),
    ...param("cost", s.cost),
    ...param("risk", s.risk),
    ...param("benefits", s.benefits),
  };
}

async function closedRound({
  municipalityId,
  measureIds,
  principal,
  actor,
  title,
  deadline,
  publishedOn,
  closedOn,
  statuses,
}: {
  municipalityId: string;
  measureIds: Ids;
  principal: Principal;
  actor: Actor;
  title: string;
  deadline: string;
  publishedOn: string;
  closedOn: string;
  statuses: DemoStatus[];
}) {
  const round = await openRound({ municipalityId, principal, actor, input: { title, deadline, statuses: ["prioritised", "planned", "in_progress"] } });
  for (const s of statuses) {
    await publishStatusUpdate({
      municipalityId,
      measureId: measureIds.get(s.code)!.id,
      version: null,
      principal,
      actor,
      input: statusInput(s, title, round.id),
      now: new Date(`${publishedOn}T10:00:00Z`),
    });
  }
  await closeRound({ municipalityId, id: round.id, version: 1, principal, actor, now: new Date(`${closedOn}T12:00:00Z`) });
}

/** "Status pr. juni 2025": reported and closed before the measures reached their current statuses. */
export async function loadDemoFirstRound(args: { municipalityId: string; measureIds: Ids; principal: Principal; actor: Actor }) {
  await closedRound({ ...args, title: "Status pr. juni 2025", deadline: "2025-06-30", publishedOn: "2025-06-20", closedOn: "2025-07-01", statuses: JUNE_2025 });
}

/**
 * "Status pr. januar 2026" (closed), and an open round with a deadline four weeks ahead, where the demo contributor
 * still owes reports for the measures they are responsible for.
 */
export async function loadDemoLaterRounds(args: { municipalityId: string; measureIds: Ids; principal: Principal; actor: Actor; today?: Date }) {
  await closedRound({
    ...args,
    title: "Status pr. januar 2026",
    deadline: "2026-01-31",
    publishedOn: "2026-01-20",
    closedOn: "2026-02-02",
    statuses: JANUARY_2026,
  });
  const deadline = new Date((args.today ?? new Date()).getTime() + 28 * 24 * 3600 * 1000);
  const month = new Intl.DateTimeFormat("nb-NO", { month: "long", year: "numeric", timeZone: "Europe/Oslo" }).format(deadline);
  await openRound({
    municipalityId: args.municipalityId,
    principal: args.principal,
    actor: args.actor,
    input: { title: `Status pr. ${month}`, deadline: deadline.toISOString().slice(0, 10), statuses: ["planned", "in_progress"] },
  });
}
