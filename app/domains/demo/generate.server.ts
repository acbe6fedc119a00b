/**
 * National-scale synthetic data for benchmarks and load tests (`npm run cli -- data:generate`, `npm run bench`).
 *
 * Fills the database with `municipalities` municipalities, each with the five standard sectors, one strategy
 * with ~7 main goals and ~2 sub-goals each, and `measuresPerMunicipality` measures with costs, goal links,
 * a few dependencies and merges, and a creation status event.
 *
 * - **Bulk load, no history.** Rows are written with multi-row INSERTs (`batchSize` rows per statement, one
 *   transaction per chunk of municipalities). It deliberately bypasses the mutations in `app/modules/*` and so
 *   writes NO `change_log` rows (the history starts empty) and does no per-row validation. Use it for synthetic
 *   data only, never to import real plans.
 * - **Deterministic.** Codes, names, titles, texts, statuses, periods, costs and links depend only on `seed` and
 *   the municipality code (each municipality has its own random stream, so skipping one does not change the
 *   others). Row ids are random UUIDs and differ between runs; timestamps are fixed relative to REFERENCE_DATE.
 * - **Idempotent-ish.** The municipality codes are a fixed sequence (county-style codes 0301, 1101, 1103 …); a
 *   municipality whose code already exists is skipped, so re-running with the same arguments adds nothing and an
 *   interrupted run can be resumed. Each chunk is one transaction, so a municipality is either complete or absent.
 * - Works on PGlite and PostgreSQL (only drizzle inserts and a final ANALYZE).
 */
import { randomUUID } from "node:crypto";
import { inArray, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { db, type Transaction } from "~/kit/db.server";
import { goal, strategy } from "~/domains/plan/index.server";
import { measure, measureCost, measureDependency, measureGoal, measureStatusEvent } from "~/domains/measures/index.server";
import { municipality, sector } from "~/domains/tenancy/index.server";
import { parsePeriod } from "~/domains/measures";
import type { CostRecurrence, CostType, FundingSource, MeasureStatus } from "~/domains/measures";
import { DEMO_MUNICIPALITY_CODE, DEMO_NEIGHBOUR_CODE } from "./demo.server";

/** Timestamps of generated rows lie before this date (fixed, so the data is reproducible). */
export const REFERENCE_DATE = new Date("2026-06-30T12:00:00Z");

export const NATIONAL_SECTORS = [
  { name: "Tverrfaglig", codePrefix: "TF" },
  { name: "Plan og teknisk", codePrefix: "PT" },
  { name: "Oppvekst", codePrefix: "O" },
  { name: "Helse og omsorg", codePrefix: "HO" },
  { name: "IKT", codePrefix: "IKT" },
] as const;

type SectorPrefix = (typeof NATIONAL_SECTORS)[number]["codePrefix"];

export interface GenerateProgress {
  /** Municipalities handled so far (created + skipped). */
  done: number;
  total: number;
  created: number;
  skipped: number;
  /** Rows inserted so far, all tables. */
  rows: number;
  elapsedMs: number;
}

export interface GenerateOptions {
  municipalities: number;
  measuresPerMunicipality: number;
  seed?: number;
  /** Rows per INSERT statement (default 1000). */
  batchSize?: number;
  /** Measures per transaction, rounded to whole municipalities (default 4000). */
  measuresPerTransaction?: number;
  /** Run ANALYZE on the loaded tables at the end (default true), so the planner sees the new sizes at once. */
  analyze?: boolean;
  onProgress?: (progress: GenerateProgress) => void;
}

export interface GenerateResult {
  seed: number;
  /** Codes in the requested sequence, in order (created and skipped). */
  codes: string[];
  created: string[];
  skipped: string[];
  rows: Record<
    "municipality" | "sector" | "strategy" | "goal" | "measure" | "measureGoal" | "measureCost" | "measureDependency" | "measureStatusEvent",
    number
  >;
  totalRows: number;
  elapsedMs: number;
}

export const MAX_MUNICIPALITIES = 9997;
export const MAX_MEASURES_PER_MUNICIPALITY = 5000;

// ── Random numbers ───────────────────────────────────────────────────────────

/** mulberry32: small, fast, good enough for synthetic data. */
function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hashSeed(seed: number, key: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

class Rng {
  private next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
    const total = items.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1][0];
  }
  sample<T>(items: readonly T[], n: number): T[] {
    const copy = [...items];
    const out: T[] = [];
    while (out.length < n && copy.length > 0) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]);
    return out;
  }
}

// ── Municipality codes and names ─────────────────────────────────────────────

/** County prefixes (2020–2023 numbering), with a rough share of municipalities and the usual language. */
const COUNTIES: ReadonlyArray<{ prefix: string; count: number; nn: number }> = [
  { prefix: "03", count: 1, nn: 0 },
  { prefix: "11", count: 23, nn: 0.3 },
  { prefix: "15", count: 26, nn: 0.6 },
  { prefix: "18", count: 41, nn: 0 },
  { prefix: "30", count: 51, nn: 0.05 },
  { prefix: "34", count: 46, nn: 0.15 },
  { prefix: "38", count: 23, nn: 0.3 },
  { prefix: "42", count: 25, nn: 0.1 },
  { prefix: "46", count: 43, nn: 0.9 },
  { prefix: "50", count: 38, nn: 0 },
  { prefix: "54", count: 40, nn: 0 },
];

/** The demo's municipality codes are left out, so a generated dataset can sit next to the demo data. */
const RESERVED_CODES = new Set<string>([DEMO_MUNICIPALITY_CODE, DEMO_NEIGHBOUR_CODE]);

/**
 * The fixed code sequence: county-style codes first ("0301", then 1101, 1103 … within each county, counties
 * interleaved so that a short prefix of the sequence spreads over the country), then every other 4-digit code. 0000 and the demo's codes (3401, 3499) are never used.
 */
export function municipalityCodes(count: number): string[] {
  if (!Number.isInteger(count) || count < 0 || count > MAX_MUNICIPALITIES) {
    throw new RangeError(`municipalities must be an integer between 0 and ${MAX_MUNICIPALITIES}`);
  }
  const codes: string[] = [];
  const seen = new Set<string>();
  const add = (code: string) => {
    if (codes.length < count && !seen.has(code) && !RESERVED_CODES.has(code)) {
      seen.add(code);
      codes.push(code);
    }
  };
  add("0301");
  // Odd numbers first (01, 03, 05 … like the real lists), up to each county's share.
  const perCounty = COUNTIES.map((c) => ({ ...c, next: 1 }));
  for (let round = 0; codes.length < count && round < 49; round++) {
    for (const c of perCounty) {
      if (c.prefix === "03") continue;
      if (round < c.count) add(`${c.prefix}${String(c.next).padStart(2, "0")}`);
      c.next += 2;
    }
  }
  for (let n = 1; codes.length < count && n <= 9999; n++) add(String(n).padStart(4, "0"));
  return codes;
}

function languageFor(code: string, rng: Rng): "nb" | "nn" {
  const county = COUNTIES.find((c) => code.startsWith(c.prefix));
  return rng.chance(county?.nn ?? 0.1) ? "nn" : "nb";
}

const NAME_START = [
  "Nord",
  "Sør",
  "Øst",
  "Vest",
  "Stor",
  "Lille",
  "Hov",
  "Ås",
  "Berg",
  "Dal",
  "Fjell",
  "Strand",
  "Lund",
  "Vik",
  "Haug",
  "Sand",
  "Bø",
  "Røy",
  "Hol",
  "Gran",
  "Eid",
  "Lier",
  "Sel",
  "Skog",
  "Bjørn",
  "Ulv",
  "Ørs",
  "Vå",
  "Kvin",
  "Lev",
];
const NAME_END = ["vik", "dal", "fjord", "berg", "stad", "øy", "nes", "sund", "heim", "land", "ås", "rud", "by", "eid", "vang", "moen", "haug", "sand"];

function municipalityName(code: string, rng: Rng): string {
  if (code === "0301") return "Oslo";
  const start = rng.pick(NAME_START);
  let end = rng.pick(NAME_END);
  if (start.toLowerCase().endsWith(end[0])) end = end.slice(1) || end;
  return `${start}${end}`;
}

// ── Word lists ───────────────────────────────────────────────────────────────

const ACTIONS = [
  "Innføring av",
  "Utvikling av",
  "Anskaffelse av",
  "Videreutvikling av",
  "Pilotering av",
  "Utrulling av",
  "Kartlegging av",
  "Automatisering av",
  "Forenkling av",
  "Samordning av",
  "Modernisering av",
  "Evaluering av",
];

const OBJECTS: Record<SectorPrefix, readonly string[]> = {
  HO: [
    "velferdsteknologi i hjemmetjenesten",
    "digitalt tilsyn på sykehjem",
    "elektronisk medisineringsstøtte",
    "trygghetsalarmer med velferdsteknologi",
    "digital hjemmeoppfølging av kronisk syke",
    "meldingsutveksling med fastleger",
    "elektronisk pasientjournal",
    "digital timebestilling i helsestasjonen",
    "digitalt søknadsskjema for helse- og omsorgstjenester",
    "sensorteknologi i omsorgsboliger",
    "velferdsteknologisk knutepunkt",
    "digital innbyggerdialog i helse",
  ],
  O: [
    "læringsplattform i skolen",
    "digitale læremidler",
    "digitalt søknadsskjema for skoleskyss",
    "digitalt barnehageopptak",
    "elevvurdering i skolen",
    "digital foreldrekommunikasjon",
    "nettbrett i barnehagen",
    "skoleadministrativt system",
    "digital kompetanse for lærere",
    "personvern i skole og barnehage",
    "søknadsskjema for SFO",
    "digital skolehelsetjeneste",
  ],
  PT: [
    "digital byggesaksbehandling",
    "digitalt søknadsskjema for byggesak",
    "kartdata og matrikkel",
    "eiendomsskatt",
    "sensorer for vann og avløp",
    "digital tvilling av kommunen",
    "innbyggerdialog i planarbeid",
    "gebyrberegning for innbyggere",
    "vedlikeholdssystem for kommunale bygg",
    "digital planregister",
    "saksbehandling for utslippstillatelser",
    "smart gatelys",
  ],
  TF: [
    "innbyggerportal",
    "chatbot for innbyggerhenvendelser",
    "sak- og arkivsystem",
    "digital postkasse til innbyggere",
    "selvbetjening for innbyggere",
    "felles digitalt søknadsskjema",
    "informasjonssikkerhet",
    "personvernarbeid",
    "gevinstrealisering",
    "digitalt arkiv og arkivplan",
    "klart språk i digitale tjenester",
    "tjenestedesign med innbyggere",
  ],
  IKT: [
    "skytjenester",
    "nettverk og infrastruktur",
    "identitets- og tilgangsstyring",
    "integrasjonsplattform",
    "datavarehus og analyse",
    "sikkerhetsovervåking",
    "digital brukerstøtte",
    "mobil arbeidsflate for ansatte",
    "arkivuttrekk og deponi",
    "felles digital plattform",
    "sikker sak- og arkivintegrasjon",
    "robotisering av rutinesaker",
  ],
};

const CONTEXTS = [
  "",
  "",
  "",
  " for innbyggere",
  " i saksbehandlingen",
  " på tvers av sektorene",
  " med KS-løsninger",
  " i samarbeid med nabokommunene",
  " for ansatte",
  " – fase 2",
  " (interkommunalt)",
  " i hele kommunen",
];

const SENTENCES_COMMON = [
  "Tiltaket skal gjøre det enklere for innbyggere å finne informasjon og søke om tjenester digitalt.",
  "Dagens løsning er manuell og papirbasert, og saker registreres i arkiv i etterkant.",
  "Løsningen skal integreres med sak- og arkivsystemet og nasjonale felleskomponenter som ID-porten, Altinn og SvarUt.",
  "Tiltaket gjennomføres i samarbeid med nabokommunene og KS.",
  "Gevinstene skal måles gjennom kortere saksbehandlingstid og færre henvendelser per sak.",
  "Ansatte får opplæring i nye digitale arbeidsformer.",
  "Det er behov for en risiko- og sårbarhetsanalyse før innføring.",
  "Innbyggere skal kunne følge sin egen sak digitalt fra søknad til vedtak.",
  "Tiltaket bygger på felles arkitekturprinsipper for digitalisering i offentlig sektor.",
  "Data skal deles mellom tjenestene slik at innbyggeren bare oppgir opplysningene én gang.",
];

const SENTENCES_BY_SECTOR: Record<SectorPrefix, readonly string[]> = {
  HO: [
    "Velferdsteknologi skal bidra til at flere kan bo trygt hjemme lenger.",
    "Hjemmetjenesten tar i bruk digitale løsninger for tilsyn og medisineringsstøtte.",
    "Pårørende får bedre informasjon gjennom digitale kanaler.",
    "Helse- og omsorgstjenesten skal bruke velferdsteknologi som en integrert del av tjenestetilbudet.",
  ],
  O: [
    "Elever og foresatte skal få en samlet digital inngang til skolen.",
    "Skolen skal bruke digitale læremidler som støtter tilpasset opplæring.",
    "Foresatte skal kunne levere søknadsskjema for barnehage og SFO digitalt.",
    "Lærerne får kompetanseheving i digital pedagogikk.",
  ],
  PT: [
    "Byggesøknader skal kunne sendes inn med et digitalt søknadsskjema med automatisk kontroll.",
    "Kartdata og eiendomsinformasjon gjøres tilgjengelig for innbyggere og næringsliv.",
    "Sensorer gir bedre oversikt over vann, avløp og kommunale bygg.",
    "Innbyggere skal kunne følge byggesaken sin digitalt.",
  ],
  TF: [
    "Alle søknadsskjema skal være digitale og tilgjengelige på kommunens nettsider.",
    "Henvendelser fra innbyggere besvares raskere gjennom selvbetjening og chat.",
    "Arkiv og saksbehandling samordnes på tvers av sektorene.",
    "Tiltaket styrker informasjonssikkerhet og personvern i hele kommunen.",
  ],
  IKT: [
    "Infrastrukturen flyttes til skytjenester med tydelige krav til sikkerhet og drift.",
    "Ansatte får én pålogging til alle fagsystemer.",
    "Integrasjoner mellom fagsystem og sak- og arkivsystem standardiseres.",
    "Driften av digitale tjenester overvåkes døgnet rundt.",
  ],
};

const RESPONSIBLE: Record<SectorPrefix, readonly string[]> = {
  HO: ["Kommunalsjef helse og omsorg", "Enhetsleder hjemmetjenesten", "Prosjektleder velferdsteknologi", "Leder helsestasjonen"],
  O: ["Kommunalsjef oppvekst", "Rektor", "Styrer barnehage", "Rådgiver digitalisering i skolen"],
  PT: ["Kommunalsjef plan og teknisk", "Byggesaksleder", "Geodataansvarlig", "Leder vann og avløp"],
  TF: ["Digitaliseringsansvarlig", "Arkivleder", "Personvernombud", "Kommunikasjonsrådgiver"],
  IKT: ["IKT-leder", "Sikkerhetsleder", "Systemansvarlig", "Arkitekt"],
};

const BENEFITS_CITIZENS = [
  "Raskere svar på søknader.",
  "Innbyggere kan følge sin sak digitalt.",
  "Tryggere hverdag for brukere av hjemmetjenester.",
  "Færre oppmøter og mindre papir.",
  "Tjenester tilgjengelig døgnet rundt.",
  "Enklere å søke om tjenester digitalt.",
];
const BENEFITS_EMPLOYEES = [
  "Mindre manuell registrering i arkiv.",
  "Færre telefoner og purringer.",
  "Bedre oversikt i saksbehandlingen.",
  "Mer tid til brukerrettet arbeid.",
  "Færre feil i sak og vedtak.",
];
const TAGS = ["felleskomponent", "skytjeneste", "personvern", "innbyggerdialog", "gevinst", "pilot", "interkommunalt", "KS", "DigiFin"];

const MAIN_GOALS = [
  ["Innbyggerne opplever enkle og helhetlige digitale tjenester", "Andel innbyggere som er fornøyd med kommunens digitale tjenester"],
  ["Ansatte har digital kompetanse og gode verktøy", "Andel ansatte som har gjennomført opplæring"],
  ["Velferdsteknologi bidrar til at flere kan bo trygt hjemme", "Antall brukere av velferdsteknologi"],
  ["Skolen bruker digitale læremidler som fremmer læring", "Elevundersøkelsen: digital kompetanse"],
  ["Data deles og brukes på tvers av sektorer", "Antall tjenester som gjenbruker data"],
  ["Informasjonssikkerhet og personvern er ivaretatt", "Antall avvik per år"],
  ["Kommunen samarbeider om felles digitale løsninger", "Antall interkommunale løsninger"],
  ["Saksbehandlingen er digital fra søknad til arkiv", "Andel saker med digital søknad"],
] as const;

const SUB_GOALS = [
  "Alle søknadsskjema er digitale",
  "Innbyggere får svar raskere",
  "Tjenestene er universelt utformet",
  "Ansatte får opplæring i nye systemer",
  "Ledere har kompetanse i gevinstrealisering",
  "Velferdsteknologi tas i bruk i alle soner",
  "Pårørende involveres digitalt",
  "Elever har tilgang til digitale læremidler",
  "Data er tilgjengelig i ett felles register",
  "Risikovurdering gjennomføres for alle systemer",
  "Arkiv er digitalt og komplett",
  "Felles innkjøp av digitale løsninger",
];

const FOCUS_AREAS = ["Innbyggeren i sentrum", "Digital kompetanse", "Velferdsteknologi", "Deling av data", "Informasjonssikkerhet", "Samarbeid"];

const DROP_REASONS = ["Erstattet av nasjonal løsning.", "Manglende finansiering.", "Lav gevinst i forhold til kostnad.", "Prioritert ned i handlingsplanen."];

const COST_DESCRIPTIONS = ["Lisens", "Innføring og opplæring", "Konsulentbistand", "Maskinvare", "Drift og vedlikehold", "Integrasjon", null];

const STATUS_WEIGHTS: ReadonlyArray<readonly [MeasureStatus, number]> = [
  ["idea", 14],
  ["proposed", 14],
  ["prioritised", 10],
  ["planned", 16],
  ["in_progress", 24],
  ["completed", 14],
  ["dropped", 5],
  ["merged", 3],
];

const SECTOR_WEIGHTS: ReadonlyArray<readonly [SectorPrefix, number]> = [
  ["HO", 25],
  ["O", 25],
  ["PT", 18],
  ["TF", 17],
  ["IKT", 15],
];

// ── Row building ─────────────────────────────────────────────────────────────

type MunicipalityRow = typeof municipality.$inferInsert;
type SectorRow = typeof sector.$inferInsert;
type StrategyRow = typeof strategy.$inferInsert;
type GoalRow = typeof goal.$inferInsert;
type MeasureRow = typeof measure.$inferInsert;
type CostRow = typeof measureCost.$inferInsert;
type MeasureGoalRow = typeof measureGoal.$inferInsert;
type DependencyRow = typeof measureDependency.$inferInsert;
type StatusEventRow = typeof measureStatusEvent.$inferInsert;

interface Rows {
  municipality: MunicipalityRow[];
  sector: SectorRow[];
  strategy: StrategyRow[];
  goal: GoalRow[];
  measure: MeasureRow[];
  measureGoal: MeasureGoalRow[];
  measureCost: CostRow[];
  measureDependency: DependencyRow[];
  measureStatusEvent: StatusEventRow[];
}

function emptyRows(): Rows {
  return { municipality: [], sector: [], strategy: [], goal: [], measure: [], measureGoal: [], measureCost: [], measureDependency: [], measureStatusEvent: [] };
}

const DAY = 86_400_000;

function daysBefore(rng: Rng, maxDays: number, minDays = 0): Date {
  return new Date(REFERENCE_DATE.getTime() - rng.int(minDays, maxDays) * DAY - rng.int(0, DAY / 1000) * 1000);
}

function period(rng: Rng): { startPeriod: string | null; endPeriod: string | null } {
  const roll = rng.float();
  if (roll < 0.08) return { startPeriod: null, endPeriod: null };
  if (roll < 0.14) return { startPeriod: "continuous", endPeriod: null };
  const startYear = rng.int(2023, 2028);
  const startHalf = rng.chance(0.35) ? 0 : rng.int(1, 2);
  const startPeriod = startHalf === 0 ? String(startYear) : `${startYear}H${startHalf}`;
  const endRoll = rng.float();
  if (endRoll < 0.12) return { startPeriod, endPeriod: "continuous" };
  if (endRoll < 0.22) return { startPeriod, endPeriod: null };
  const endYear = startYear + rng.int(0, 3);
  if (startHalf === 0 || rng.chance(0.3)) return { startPeriod, endPeriod: String(endYear) };
  const endHalf = endYear === startYear ? 2 : rng.int(1, 2);
  return { startPeriod, endPeriod: `${endYear}H${endHalf}` };
}

/** Same derivation as the measure mutations: first and last calendar year of the periods. */
function yearBounds(startPeriod: string | null, endPeriod: string | null) {
  const start = startPeriod ? parsePeriod(startPeriod) : null;
  const end = endPeriod ? parsePeriod(endPeriod) : null;
  const startYear = start && start.kind !== "continuous" ? start.year : null;
  const endYear = end && end.kind !== "continuous" ? end.year : startYear;
  return { startYear: startYear ?? (end && end.kind !== "continuous" ? end.year : null), endYear };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function buildMunicipality(rows: Rows, code: string, seed: number, measureCount: number) {
  const rng = new Rng(hashSeed(seed, code));
  const municipalityId = randomUUID();
  const created = daysBefore(rng, 1200, 900);
  rows.municipality.push({ id: municipalityId, code, name: municipalityName(code, rng), language: languageFor(code, rng), createdAt: created });

  const sectorIds = new Map<SectorPrefix, string>();
  NATIONAL_SECTORS.forEach((s, index) => {
    const id = randomUUID();
    sectorIds.set(s.codePrefix, id);
    rows.sector.push({ id, municipalityId, name: s.name, codePrefix: s.codePrefix, sortOrder: index });
  });

  const strategyId = randomUUID();
  const periodFrom = rng.int(2023, 2025);
  const strategyCreated = daysBefore(rng, 800, 600);
  rows.strategy.push({
    id: strategyId,
    municipalityId,
    title: `Digitaliseringsstrategi ${periodFrom}–${periodFrom + 4}`,
    periodFrom,
    periodTo: periodFrom + 4,
    adoptedOn: `${periodFrom - 1}-${String(rng.int(9, 12)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`,
    caseReference: `${periodFrom - 1}/${rng.int(100, 9999)}`,
    summary: "Strategien beskriver hvordan kommunen skal bruke digitalisering til å gi innbyggerne bedre tjenester og ansatte gode verktøy.",
    focusAreas: rng.sample(FOCUS_AREAS, rng.int(3, 5)),
    createdAt: strategyCreated,
    updatedAt: strategyCreated,
  });

  const goalIds: string[] = [];
  const mainCount = rng.int(6, 8);
  for (let g = 0; g < mainCount; g++) {
    const mainId = randomUUID();
    goalIds.push(mainId);
    const [title, indicator] = MAIN_GOALS[g];
    rows.goal.push({
      id: mainId,
      municipalityId,
      strategyId,
      parentId: null,
      number: String(g + 1),
      title,
      indicator,
      createdAt: strategyCreated,
      updatedAt: strategyCreated,
    });
    const subCount = rng.int(1, 3);
    for (let s = 0; s < subCount; s++) {
      const subId = randomUUID();
      goalIds.push(subId);
      rows.goal.push({
        id: subId,
        municipalityId,
        strategyId,
        parentId: mainId,
        number: `${g + 1}.${s + 1}`,
        title: rng.pick(SUB_GOALS),
        createdAt: strategyCreated,
        updatedAt: strategyCreated,
      });
    }
  }

  const nextNumber = new Map<SectorPrefix, number>();
  const measureIds: string[] = [];
  const openIds: string[] = [];
  let priority = 0;
  for (let i = 0; i < measureCount; i++) {
    const prefix = rng.weighted(SECTOR_WEIGHTS);
    const n = (nextNumber.get(prefix) ?? 0) + 1;
    nextNumber.set(prefix, n);
    const code = `${prefix}${String(n).padStart(2, "0")}`;
    const id = randomUUID();
    let status = rng.weighted(STATUS_WEIGHTS);
    if (status === "merged" && openIds.length === 0) status = "dropped";
    const title = capitalise(`${rng.pick(ACTIONS).toLowerCase()} ${rng.pick(OBJECTS[prefix])}${rng.pick(CONTEXTS)}`);
    const sentences = [...rng.sample(SENTENCES_BY_SECTOR[prefix], rng.int(1, 2)), ...rng.sample(SENTENCES_COMMON, rng.int(1, 3))];
    const { startPeriod, endPeriod } = period(rng);
    const created = daysBefore(rng, 1000, 30);
    const updated = new Date(Math.min(REFERENCE_DATE.getTime(), created.getTime() + rng.int(0, 400) * DAY));
    const hasPriority = (status === "prioritised" || status === "planned" || status === "in_progress") && rng.chance(0.8);
    rows.measure.push({
      id,
      municipalityId,
      code,
      title,
      description: sentences.join(" "),
      sectorId: sectorIds.get(prefix) ?? null,
      responsibleText: rng.chance(0.85) ? rng.pick(RESPONSIBLE[prefix]) : null,
      userOriented: rng.chance(0.45),
      tags: rng.sample(
        TAGS,
        rng.weighted([
          [0, 4],
          [1, 3],
          [2, 2],
          [3, 1],
        ] as const),
      ),
      status,
      statusChangedAt: updated,
      completedOn: status === "completed" ? updated.toISOString().slice(0, 10) : null,
      dropReason: status === "dropped" ? rng.pick(DROP_REASONS) : null,
      mergedIntoId: status === "merged" ? rng.pick(openIds) : null,
      planYear: rng.chance(0.7) ? rng.int(2024, 2028) : null,
      priority: hasPriority ? ++priority : null,
      startPeriod,
      endPeriod,
      ...yearBounds(startPeriod, endPeriod),
      benefitsCitizens: rng.chance(0.6) ? rng.pick(BENEFITS_CITIZENS) : null,
      benefitsEmployees: rng.chance(0.5) ? rng.pick(BENEFITS_EMPLOYEES) : null,
      benefitsQuantitative: rng.chance(0.3) ? `Anslått ${rng.int(1, 40) * 10} timer spart per måned.` : null,
      version: rng.int(1, 6),
      createdAt: created,
      updatedAt: updated,
    });
    rows.measureStatusEvent.push({ measureId: id, municipalityId, fromStatus: null, toStatus: status, reason: null, changedAt: created });

    for (const goalId of rng.sample(goalIds, rng.chance(0.6) ? 1 : 2)) rows.measureGoal.push({ measureId: id, goalId, municipalityId });

    const costCount = rng.weighted([
      [0, 2],
      [1, 4],
      [2, 3],
      [3, 1],
    ] as const);
    for (let c = 0; c < costCount; c++) {
      const recurrence: CostRecurrence = rng.chance(0.6) ? "one_off" : "annual";
      const costType: CostType = recurrence === "annual" ? "operating" : rng.chance(0.7) ? "investment" : "operating";
      const fundingSource: FundingSource = rng.weighted([
        ["own_budget", 4],
        ["investment_budget", 2],
        ["digitalisation_funds", 2],
        ["external_grant", 1],
        ["unknown", 1],
      ] as const);
      rows.measureCost.push({
        measureId: id,
        municipalityId,
        amountNok: rng.chance(0.1) ? null : rng.int(1, 500) * 10_000,
        recurrence,
        year: rng.chance(0.85) ? rng.int(2024, 2028) : null,
        costType,
        fundingSource,
        description: rng.pick(COST_DESCRIPTIONS),
        sortOrder: c,
      });
    }

    // A few dependencies, always on an earlier measure, so there are no cycles.
    if (measureIds.length > 0 && rng.chance(0.1)) rows.measureDependency.push({ measureId: id, dependsOnId: rng.pick(measureIds), municipalityId });

    measureIds.push(id);
    if (status !== "completed" && status !== "dropped" && status !== "merged") openIds.push(id);
  }
}

// ── Inserting ────────────────────────────────────────────────────────────────

async function insertBatches<T extends Record<string, unknown>>(tx: Transaction, table: PgTable, rows: T[], batchSize: number): Promise<number> {
  for (let i = 0; i < rows.length; i += batchSize) {
    // drizzle's insert typing is per table; the rows were built with that table's $inferInsert.
    await tx.insert(table).values(rows.slice(i, i + batchSize) as never);
  }
  return rows.length;
}

/**
 * Generates the dataset (see the file comment). Throws RangeError for out-of-range arguments.
 * Returns what was created and skipped, and the number of rows per table.
 */
export async function generateNationalData(options: GenerateOptions): Promise<GenerateResult> {
  const started = performance.now();
  const { municipalities, measuresPerMunicipality, seed = 1, batchSize = 1000, measuresPerTransaction = 4000, analyze = true, onProgress } = options;
  if (!Number.isInteger(measuresPerMunicipality) || measuresPerMunicipality < 0 || measuresPerMunicipality > MAX_MEASURES_PER_MUNICIPALITY) {
    throw new RangeError(`measuresPerMunicipality must be an integer between 0 and ${MAX_MEASURES_PER_MUNICIPALITY}`);
  }
  if (!Number.isInteger(seed)) throw new RangeError("seed must be an integer");
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 2000) throw new RangeError("batchSize must be between 1 and 2000");
  const codes = municipalityCodes(municipalities);

  const existing = new Set<string>();
  for (let i = 0; i < codes.length; i += 1000) {
    const found = await db()
      .select({ code: municipality.code })
      .from(municipality)
      .where(inArray(municipality.code, codes.slice(i, i + 1000)));
    for (const f of found) existing.add(f.code);
  }
  const skipped = codes.filter((c) => existing.has(c));
  const todo = codes.filter((c) => !existing.has(c));

  const totals: GenerateResult["rows"] = {
    municipality: 0,
    sector: 0,
    strategy: 0,
    goal: 0,
    measure: 0,
    measureGoal: 0,
    measureCost: 0,
    measureDependency: 0,
    measureStatusEvent: 0,
  };
  const sum = () => Object.values(totals).reduce((a, b) => a + b, 0);
  const report = (created: number) =>
    onProgress?.({
      done: skipped.length + created,
      total: codes.length,
      created,
      skipped: skipped.length,
      rows: sum(),
      elapsedMs: performance.now() - started,
    });

  const perChunk = Math.max(1, Math.floor(measuresPerTransaction / Math.max(1, measuresPerMunicipality)));
  let createdCount = 0;
  for (let i = 0; i < todo.length; i += perChunk) {
    const chunk = todo.slice(i, i + perChunk);
    const rows = emptyRows();
    for (const code of chunk) buildMunicipality(rows, code, seed, measuresPerMunicipality);
    // Merge targets and dependencies always point at an earlier measure of the same municipality, which is in
    // the same or an earlier INSERT (foreign keys are checked at the end of each statement).
    await db().transaction(async (tx) => {
      totals.municipality += await insertBatches(tx, municipality, rows.municipality, batchSize);
      totals.sector += await insertBatches(tx, sector, rows.sector, batchSize);
      totals.strategy += await insertBatches(tx, strategy, rows.strategy, batchSize);
      // Main goals before sub-goals (parent_id references goal).
      const goals = [...rows.goal.filter((g) => !g.parentId), ...rows.goal.filter((g) => g.parentId)];
      totals.goal += await insertBatches(tx, goal, goals, batchSize);
      totals.measure += await insertBatches(tx, measure, rows.measure, batchSize);
      totals.measureGoal += await insertBatches(tx, measureGoal, rows.measureGoal, batchSize);
      totals.measureCost += await insertBatches(tx, measureCost, rows.measureCost, batchSize);
      totals.measureDependency += await insertBatches(tx, measureDependency, rows.measureDependency, batchSize);
      totals.measureStatusEvent += await insertBatches(tx, measureStatusEvent, rows.measureStatusEvent, batchSize);
    });
    createdCount += chunk.length;
    report(createdCount);
  }

  if (analyze && todo.length > 0) {
    await db().execute(sql`analyze municipality, sector, strategy, goal, measure, measure_goal, measure_cost, measure_dependency, measure_status_event`);
  }

  return {
    seed,
    codes,
    created: todo,
    skipped,
    rows: totals,
    totalRows: sum(),
    elapsedMs: performance.now() - started,
  };
}
