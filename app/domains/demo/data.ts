/** Content of the demo municipality: a strategy in the style of Høylandet and an action plan in the style of Ringebu. */

export const DEMO_STRATEGY = {
  title: "Digitaliseringsstrategi for Demo kommune 2023–2027",
  periodFrom: 2023,
  periodTo: 2027,
  adoptedOn: "2022-12-15",
  caseReference: "K-sak 58/22",
  summary:
    "Demo kommune skal levere gode, trygge og sammenhengende tjenester til innbyggere, næringsliv og frivillige. Digitalisering skal gi de ansatte en enklere arbeidshverdag og innbyggerne tjenester som er tilgjengelige for alle.",
  focusAreas: ["Brukeren i sentrum", "Samhandling og digitalt økosystem", "Kompetanse", "Informasjonssikkerhet", "Gevinstrealisering"],
};

/** [number, title, indicator, parent number] */
export const DEMO_GOALS: Array<[string, string, string | null, string | null]> = [
  ["1", "Digitalisere på en åpen, inkluderende og tillitsvekkende måte", null, null],
  ["1.1", "Alle innbyggerrettede tjenester skal være digitale og universelt utformet", "Andel tjenester med digital søknad", "1"],
  ["1.2", "Ingen skal stå utenfor det digitale samfunnet", "Antall innbyggere på digihjelp-kurs", "1"],
  ["2", "IT-systemer og nettverk som fungerer", null, null],
  ["2.1", "Stabil og sikker infrastruktur i alle tjenestebygg", "Oppetid for nettverket", "2"],
  ["3", "Ansatte med tilfredsstillende tilgang til digitalt utstyr", null, null],
  ["4", "God digital kompetanse i hele organisasjonen", null, null],
  ["4.1", "Superbrukere i alle fagsystemer", "Minst 3 superbrukere per system", "4"],
  ["5", "Sikre god digital informasjonssikkerhet", null, null],
  ["6", "Hente ut gevinster fra digitalisering", null, null],
  ["6.1", "Gevinster planlegges og følges opp for alle tiltak", "Andel tiltak med gevinstplan", "6"],
  ["7", "Bedre digital samhandling og sammenhengende tjenester", null, null],
  ["8", "Digitale arbeidsflater for politikere", null, null],
];

export interface DemoMeasure {
  code: string;
  title: string;
  description?: string;
  status: "idea" | "proposed" | "prioritised" | "planned" | "in_progress" | "completed" | "dropped" | "merged";
  userOriented?: boolean;
  start?: string;
  end?: string;
  goals: string[];
  responsible?: string;
  /** `used`: amount used (spent) so far, when reported. */
  cost?: {
    amount: number | null;
    used?: number;
    recurrence: "one_off" | "annual";
    year: number;
    funding: "digitalisation_funds" | "own_budget" | "investment_budget" | "external_grant" | "unknown";
    type?: "investment" | "operating";
  };
  citizens?: string;
  employees?: string;
  quantitative?: string;
  priority?: number;
  dropReason?: string;
  completedOn?: string;
  mergedInto?: string;
  dependsOn?: string[];
  tags?: string[];
}

export const DEMO_MEASURES: DemoMeasure[] = [
  {
    code: "TF01",
    title: "Sikre at politikere og administrativ ledelse har nok kunnskap om digitalisering",
    status: "completed",
    start: "2023H1",
    end: "2023H2",
    goals: ["4"],
    responsible: "Kommunedirektør",
    completedOn: "2023-11-30",
    cost: { amount: 20000, used: 18500, recurrence: "one_off", year: 2023, funding: "own_budget", type: "operating" },
    employees: "Bedre beslutningsgrunnlag",
  },
  {
    code: "TF02",
    title: "Definere faglig minimumskompetanse i IKT for alle ansatte",
    status: "in_progress",
    start: "2024",
    end: "2025",
    goals: ["4"],
    responsible: "HR-leder",
    employees: "Tryggere bruk av fagsystemer",
    priority: 2,
  },
  {
    code: "TF03",
    title: "Intern opplæring i Microsoft 365",
    status: "in_progress",
    userOriented: false,
    start: "2024H1",
    end: "continuous",
    goals: ["4", "4.1"],
    responsible: "Fagleder digitalisering",
    cost: { amount: 150000, used: 95000, recurrence: "annual", year: 2025, funding: "digitalisation_funds", type: "operating" },
    employees: "Mindre tid brukt på å lete etter dokumenter",
    quantitative: "350 timer per år",
    priority: 1,
  },
  {
    code: "TF04",
    title: "Innbyggeropplæring – digihjelp på biblioteket",
    status: "in_progress",
    userOriented: true,
    start: "2023H2",
    end: "continuous",
    goals: ["1.2"],
    responsible: "Biblioteksjef",
    cost: { amount: 40000, recurrence: "annual", year: 2025, funding: "external_grant", type: "operating" },
    citizens: "Flere innbyggere mestrer digitale tjenester",
    priority: 3,
  },
  {
    code: "TF05",
    title: "Avklare hvilke sosiale medier kommunen skal være på og revidere retningslinjer",
    status: "completed",
    userOriented: true,
    start: "2023",
    end: "2023",
    goals: ["1", "7"],
    responsible: "Kommunikasjonsrådgiver",
    completedOn: "2023-06-15",
  },
  {
    code: "TF06",
    title: "«Klart språk» i alle brev og skjema",
    status: "dropped",
    userOriented: true,
    goals: ["1.1"],
    dropReason: "Arbeidet ivaretas i andre fora (klarspråkprosjektet i regionen).",
  },
  {
    code: "TF07",
    title: "Digitalisere alle søknadsskjema",
    description: "Alle søknadsskjema på hjemmesiden skal kunne fylles ut og sendes digitalt, med innlogging via ID-porten der det trengs.",
    status: "in_progress",
    userOriented: true,
    start: "2024H2",
    end: "2025H2",
    goals: ["1.1"],
    responsible: "Servicetorget",
    cost: { amount: 250000, used: 210000, recurrence: "one_off", year: 2025, funding: "digitalisation_funds", type: "investment" },
    citizens: "Søke når det passer, få raskere svar",
    employees: "Mindre manuell registrering",
    quantitative: "Kr 50–100 000 i reduserte kostnader per år",
    priority: 1,
    tags: ["skjema", "ID-porten"],
  },
  {
    code: "TF08",
    title: "Verktøy for mottak og arkivering av uformell dialog (SMS, chat)",
    status: "proposed",
    userOriented: true,
    start: "2025H2",
    end: "2026H1",
    goals: ["1.1", "7"],
    responsible: "Arkivleder",
    cost: { amount: null, recurrence: "one_off", year: 2026, funding: "unknown", type: "investment" },
  },
  { code: "TF09", title: "Chatbot på kommunens nettsider", status: "idea", userOriented: true, goals: ["1.1"], citizens: "Svar på enkle spørsmål hele døgnet" },
  {
    code: "TF10",
    title: "Gevinstplan for alle digitaliseringstiltak",
    status: "planned",
    start: "2025H1",
    end: "2025H2",
    goals: ["6", "6.1"],
    responsible: "Digitaliseringsansvarlig",
    priority: 2,
  },
  {
    code: "TF11",
    title: "Digital signering av avtaler og vedtak",
    status: "prioritised",
    userOriented: true,
    start: "2026H1",
    end: "2026H1",
    goals: ["1.1", "7"],
    responsible: "Arkivleder",
    cost: { amount: 60000, recurrence: "annual", year: 2026, funding: "own_budget", type: "operating" },
    citizens: "Slipper å skrive ut og sende i posten",
    priority: 3,
  },
  {
    code: "PT01",
    title: "Digital byggesøknad med eByggesak",
    status: "completed",
    userOriented: true,
    start: "2023H1",
    end: "2024H1",
    goals: ["1.1"],
    responsible: "Leder plan og bygg",
    completedOn: "2024-05-31",
    cost: { amount: 180000, used: 180000, recurrence: "one_off", year: 2023, funding: "investment_budget", type: "investment" },
    citizens: "Raskere saksbehandling",
    quantitative: "50 min per sak",
  },
  {
    code: "PT02",
    title: "Kartløsning med innsyn i reguleringsplaner",
    status: "in_progress",
    userOriented: true,
    start: "2024",
    end: "2025",
    goals: ["1.1", "7"],
    responsible: "Geodata",
    cost: { amount: 90000, used: 60000, recurrence: "one_off", year: 2024, funding: "digitalisation_funds", type: "investment" },
    priority: 2,
  },
  {
    code: "PT03",
    title: "Digitale målere for vannforbruk",
    status: "planned",
    userOriented: true,
    start: "2025H2",
    end: "2027H1",
    goals: ["6"],
    responsible: "VA-leder",
    cost: { amount: 1200000, recurrence: "one_off", year: 2026, funding: "investment_budget", type: "investment" },
    employees: "Slipper manuell avlesning",
    quantitative: "Kr 200 000 per år",
    priority: 1,
  },
  {
    code: "PT04",
    title: "Elektronisk arkiv for byggesaker (skanning av papirarkiv)",
    status: "prioritised",
    start: "2026",
    end: "2026",
    goals: ["6", "1.1"],
    responsible: "Arkivleder",
    cost: { amount: 400000, recurrence: "one_off", year: 2026, funding: "digitalisation_funds", type: "investment" },
    priority: 2,
  },
  { code: "PT05", title: "Sensorer for brøyting og strøing", status: "idea", goals: ["6"] },
  {
    code: "PT06",
    title: "Digital melding om feil på vei og lys",
    status: "completed",
    userOriented: true,
    start: "2023",
    end: "2023",
    goals: ["1.1"],
    completedOn: "2023-09-01",
    cost: { amount: 30000, recurrence: "annual", year: 2023, funding: "own_budget", type: "operating" },
  },
  { code: "PT07", title: "Digitalt planregister", status: "merged", goals: ["1.1"], mergedInto: "PT02" },
  {
    code: "O01",
    title: "Læringsplattform for barnehagene",
    status: "in_progress",
    userOriented: true,
    start: "2024H2",
    end: "2025H2",
    goals: ["1.1", "7"],
    responsible: "Barnehagefaglig rådgiver",
    cost: { amount: 75000, used: 40000, recurrence: "annual", year: 2025, funding: "own_budget", type: "operating" },
    citizens: "Enklere kommunikasjon mellom hjem og barnehage",
    priority: 2,
  },
  {
    code: "O02",
    title: "Digital søknad om barnehageplass og SFO",
    status: "completed",
    userOriented: true,
    start: "2023H1",
    end: "2023H2",
    goals: ["1.1"],
    completedOn: "2023-12-15",
    citizens: "Søke når det passer",
  },
  {
    code: "O03",
    title: "Nettbrett til alle elever på 1.–4. trinn",
    status: "completed",
    userOriented: true,
    start: "2023",
    end: "2024",
    goals: ["3"],
    completedOn: "2024-08-15",
    cost: { amount: 600000, used: 612000, recurrence: "one_off", year: 2023, funding: "investment_budget", type: "investment" },
  },
  {
    code: "O04",
    title: "Kompetanseheving i digital pedagogikk",
    status: "in_progress",
    start: "2024",
    end: "2026",
    goals: ["4"],
    responsible: "Skolefaglig rådgiver",
    cost: { amount: 100000, recurrence: "annual", year: 2025, funding: "external_grant", type: "operating" },
    priority: 3,
  },
  {
    code: "O05",
    title: "Digitalt fravær og meldinger i skolen",
    status: "planned",
    userOriented: true,
    start: "2025H2",
    end: "2026H1",
    goals: ["1.1", "7"],
    cost: { amount: 45000, recurrence: "annual", year: 2026, funding: "own_budget", type: "operating" },
    priority: 4,
  },
  { code: "O06", title: "Skolebibliotek med digitalt utlån", status: "proposed", userOriented: true, goals: ["1.2"] },
  {
    code: "O07",
    title: "Personvernrutiner for apper i skolen",
    status: "prioritised",
    start: "2025",
    end: "2025",
    goals: ["5"],
    responsible: "Personvernombud",
    priority: 1,
  },
  {
    code: "O08",
    title: "Felles timeplansystem for skolene",
    status: "dropped",
    goals: ["7"],
    dropReason: "Leverandøren avviklet produktet; vurderes på nytt ved neste rullering.",
  },
  {
    code: "HO01",
    title: "Forbedre og samordne rutiner for dokumentasjon av medisinbruk",
    status: "in_progress",
    start: "2024H1",
    end: "2025H1",
    goals: ["6", "7"],
    responsible: "Leder hjemmetjenesten",
    employees: "Færre avvik",
    priority: 2,
  },
  {
    code: "HO02",
    title: "Innføre telefon med flervalgssvar i resepsjonen",
    status: "completed",
    userOriented: true,
    start: "2023",
    end: "2023",
    goals: ["1.1"],
    completedOn: "2023-04-01",
    cost: { amount: 25000, recurrence: "one_off", year: 2023, funding: "own_budget", type: "investment" },
  },
  { code: "HO04", title: "Søknadsskjema for helse- og omsorgstjenester", status: "merged", userOriented: true, goals: ["1.1"], mergedInto: "TF07" },
  {
    code: "HO07",
    title: "Chatfunksjon for rus og psykisk helse",
    status: "planned",
    userOriented: true,
    start: "2025H2",
    end: "2026H1",
    goals: ["1.1"],
    cost: { amount: 35000, recurrence: "annual", year: 2026, funding: "digitalisation_funds", type: "operating" },
    citizens: "Lavere terskel for å ta kontakt",
    priority: 3,
  },
  {
    code: "HO14",
    title: "Implementere SmartSAM-kommunikasjon (video via Norsk helsenett)",
    status: "completed",
    start: "2023H2",
    end: "2024H1",
    goals: ["7"],
    completedOn: "2024-03-01",
  },
  {
    code: "HO16",
    title: "Skreddersydd digitalt hjemmetreningsopplegg",
    status: "in_progress",
    userOriented: true,
    start: "2024H2",
    end: "2025H2",
    goals: ["1.1", "6"],
    cost: { amount: 50000, recurrence: "annual", year: 2025, funding: "external_grant", type: "operating" },
    citizens: "Trening hjemme, tilpasset den enkelte",
    quantitative: "20 færre hjemmebesøk per uke",
    priority: 2,
  },
  {
    code: "HO20",
    title: "Installere komfyrvakter i alle kommunale leiligheter",
    status: "completed",
    userOriented: true,
    start: "2023",
    end: "2023",
    goals: ["6"],
    completedOn: "2023-10-01",
    cost: { amount: 210000, recurrence: "one_off", year: 2023, funding: "investment_budget", type: "investment" },
    citizens: "Færre branner og branntilløp",
  },
  {
    code: "HO22",
    title: "E-rom med velferdsteknologi på sykehjemmet",
    status: "in_progress",
    userOriented: true,
    start: "2024",
    end: "2026",
    goals: ["6", "6.1"],
    responsible: "Leder sykehjem",
    cost: { amount: 1600000, used: 1250000, recurrence: "one_off", year: 2025, funding: "investment_budget", type: "investment" },
    employees: "Færre unødvendige tilsyn om natta",
    quantitative: "1,5 årsverk frigjort",
    priority: 1,
    dependsOn: ["IKT03"],
  },
  {
    code: "HO23",
    title: "Digitale trygghetsalarmer",
    status: "completed",
    userOriented: true,
    start: "2023",
    end: "2024",
    goals: ["6"],
    completedOn: "2024-01-15",
    cost: { amount: 120000, used: 120000, recurrence: "annual", year: 2024, funding: "own_budget", type: "operating" },
  },
  {
    code: "HO24",
    title: "Innføring av digitalt tilsyn",
    status: "planned",
    userOriented: true,
    start: "2025H2",
    end: "2026H2",
    goals: ["6", "6.1"],
    cost: { amount: 300000, recurrence: "one_off", year: 2026, funding: "digitalisation_funds", type: "investment" },
    citizens: "Tryggere nattesøvn uten forstyrrende tilsyn",
    priority: 2,
    dependsOn: ["HO22"],
  },
  {
    code: "HO26",
    title: "Utlånssystem for velferdsteknologiske hjelpemidler",
    status: "prioritised",
    userOriented: true,
    start: "2026H1",
    end: "2026H2",
    goals: ["6"],
    cost: { amount: 80000, recurrence: "one_off", year: 2026, funding: "digitalisation_funds", type: "investment" },
    priority: 4,
  },
  {
    code: "HO28",
    title: "DigiHelse – innbyggernes oversikt over avtaler og meldinger",
    status: "proposed",
    userOriented: true,
    goals: ["1.1", "7"],
    cost: { amount: null, recurrence: "annual", year: 2026, funding: "unknown", type: "operating" },
  },
  { code: "HO29", title: "Digital helsestasjon", status: "idea", userOriented: true, goals: ["1.1"], quantitative: "Redusert porto" },
  {
    code: "IKT01",
    title: "Fiber til samtlige kommunale tjenestebygg",
    status: "in_progress",
    start: "2023",
    end: "2026",
    goals: ["2", "2.1"],
    responsible: "IKT-leder",
    cost: { amount: 900000, used: 720000, recurrence: "one_off", year: 2024, funding: "investment_budget", type: "investment" },
    priority: 1,
  },
  {
    code: "IKT03",
    title: "Trådløst nettverk med gjestenett i alle tjenestebygg",
    status: "completed",
    start: "2023",
    end: "2024",
    goals: ["2.1"],
    completedOn: "2024-06-30",
    cost: { amount: 350000, recurrence: "one_off", year: 2023, funding: "investment_budget", type: "investment" },
  },
  {
    code: "IKT04",
    title: "Oppgradering til gigabit båndbredde på internt nettverk",
    status: "planned",
    start: "2025H2",
    end: "2026H2",
    goals: ["2.1"],
    cost: { amount: 250000, recurrence: "one_off", year: 2026, funding: "investment_budget", type: "investment" },
    priority: 3,
    dependsOn: ["IKT01"],
  },
  {
    code: "IKT05",
    title: "Redundans med ringnett på kommunal fiber",
    status: "prioritised",
    start: "2026",
    end: "2027",
    goals: ["2", "5"],
    cost: { amount: 500000, recurrence: "one_off", year: 2027, funding: "investment_budget", type: "investment" },
    priority: 2,
    dependsOn: ["IKT01"],
  },
  {
    code: "IKT07",
    title: "Sikker utskrift («follow me»)",
    status: "completed",
    start: "2023H2",
    end: "2024H1",
    goals: ["5", "6"],
    completedOn: "2024-02-01",
    cost: { amount: 70000, recurrence: "annual", year: 2024, funding: "own_budget", type: "operating" },
  },
  {
    code: "IKT09",
    title: "Dokumentasjon og rutiner for informasjonssikkerhet",
    status: "in_progress",
    start: "2024",
    end: "continuous",
    goals: ["5"],
    responsible: "Personvernombud",
    priority: 1,
  },
  {
    code: "IKT10",
    title: "Flerfaktorautentisering for alle ansatte",
    status: "completed",
    start: "2023H2",
    end: "2023H2",
    goals: ["5"],
    completedOn: "2023-12-01",
  },
  {
    code: "IKT11",
    title: "Nettbrett og digitale møter for kommunestyret",
    status: "planned",
    start: "2025H2",
    end: "2025H2",
    goals: ["8", "3"],
    cost: { amount: 85000, recurrence: "one_off", year: 2025, funding: "own_budget", type: "investment" },
    priority: 2,
  },
];

export interface DemoBenefit {
  measure: string;
  title: string;
  type: "cost_reduction" | "freed_capacity" | "quality" | "increased_income" | "benefit_for_others";
  beneficiaries: Array<"citizens" | "employees" | "municipality" | "others">;
  status: "proposed" | "planned" | "realising" | "realised" | "not_realised";
  owner: string;
  periodFrom: string;
  periodTo: string;
  plannedHoursPerYear?: number;
  plannedNokPerYear?: number;
  alternativeUse?: string;
  goals: string[];
  indicator?: {
    name: string;
    unit: "hours" | "nok" | "count" | "percent";
    direction: "higher_is_better" | "lower_is_better";
    baseline: number;
    baselineDate: string;
    target: number;
    targetDate: string;
    frequency: "monthly" | "quarterly" | "half_yearly" | "yearly";
    valuation: boolean;
    /** [date, value, assessment] */
    measurements: Array<[string, number, "on_track" | "watch" | "deviation"]>;
  };
}

export const DEMO_BENEFITS: DemoBenefit[] = [
  {
    measure: "TF07",
    title: "Mindre manuell registrering av søknader",
    type: "freed_capacity",
    beneficiaries: ["employees"],
    status: "realising",
    owner: "Leder servicetorget",
    periodFrom: "2025-01-01",
    periodTo: "2027-12-31",
    plannedHoursPerYear: 350,
    alternativeUse: "Mer tid til veiledning av innbyggere i servicetorget",
    goals: ["6", "6.1"],
    indicator: {
      name: "Timer brukt på manuell registrering per år",
      unit: "hours",
      direction: "lower_is_better",
      baseline: 900,
      baselineDate: "2024-12-31",
      target: 550,
      targetDate: "2026-12-31",
      frequency: "half_yearly",
      valuation: true,
      measurements: [
        ["2025-06-30", 820, "on_track"],
        ["2025-12-31", 760, "on_track"],
        ["2026-06-30", 700, "watch"],
      ],
    },
  },
  {
    measure: "TF07",
    title: "Raskere svar på søknader",
    type: "benefit_for_others",
    beneficiaries: ["citizens"],
    status: "realising",
    owner: "Leder servicetorget",
    periodFrom: "2025-01-01",
    periodTo: "2027-12-31",
    goals: ["1.1"],
    indicator: {
      name: "Andel søknader besvart innen 14 dager",
      unit: "percent",
      direction: "higher_is_better",
      baseline: 55,
      baselineDate: "2024-12-31",
      target: 90,
      targetDate: "2026-12-31",
      frequency: "quarterly",
      valuation: false,
      measurements: [
        ["2025-03-31", 58, "watch"],
        ["2025-09-30", 71, "on_track"],
        ["2026-03-31", 79, "on_track"],
      ],
    },
  },
  {
    measure: "HO22",
    title: "Færre unødvendige nattlige tilsyn",
    type: "freed_capacity",
    beneficiaries: ["employees", "citizens"],
    status: "realising",
    owner: "Leder sykehjem",
    periodFrom: "2025-01-01",
    periodTo: "2028-12-31",
    plannedHoursPerYear: 2500,
    alternativeUse: "Frigjort tid brukes til aktivitet og oppfølging på dagtid",
    goals: ["6"],
    indicator: {
      name: "Timer brukt på nattlige tilsyn per år",
      unit: "hours",
      direction: "lower_is_better",
      baseline: 6000,
      baselineDate: "2024-12-31",
      target: 3500,
      targetDate: "2027-12-31",
      frequency: "quarterly",
      valuation: true,
      measurements: [
        ["2025-06-30", 5600, "on_track"],
        ["2025-12-31", 5100, "on_track"],
        ["2026-06-30", 4900, "deviation"],
      ],
    },
  },
  {
    measure: "PT03",
    title: "Lavere kostnader til avlesning av vannmålere",
    type: "cost_reduction",
    beneficiaries: ["municipality"],
    status: "planned",
    owner: "VA-leder",
    periodFrom: "2027-01-01",
    periodTo: "2030-12-31",
    plannedNokPerYear: 200000,
    goals: ["6"],
    indicator: {
      name: "Kostnad til avlesning per år (kr)",
      unit: "nok",
      direction: "lower_is_better",
      baseline: 260000,
      baselineDate: "2025-12-31",
      target: 60000,
      targetDate: "2028-12-31",
      frequency: "yearly",
      valuation: true,
      measurements: [],
    },
  },
  {
    measure: "HO20",
    title: "Færre branner og branntilløp i kommunale leiligheter",
    type: "quality",
    beneficiaries: ["citizens"],
    status: "realised",
    owner: "Leder helse og omsorg",
    periodFrom: "2023-10-01",
    periodTo: "2025-12-31",
    goals: ["6"],
    indicator: {
      name: "Antall branntilløp per år",
      unit: "count",
      direction: "lower_is_better",
      baseline: 8,
      baselineDate: "2023-09-30",
      target: 1,
      targetDate: "2025-12-31",
      frequency: "yearly",
      valuation: false,
      measurements: [
        ["2024-12-31", 2, "on_track"],
        ["2025-12-31", 1, "on_track"],
      ],
    },
  },
  {
    measure: "O03",
    title: "Elevene mestrer digitale læringsverktøy",
    type: "quality",
    beneficiaries: ["citizens"],
    status: "proposed",
    owner: "",
    periodFrom: "2024-08-15",
    periodTo: "2026-06-30",
    goals: ["3"],
  },
];

/** Demo kommune publishes every measure that is part of the plan; ideas and proposals stay internal. */
export const DEMO_UNPUBLISHED_STATUSES: ReadonlyArray<DemoMeasure["status"]> = ["idea", "proposed"];

export function isPublishedInDemo(m: DemoMeasure): boolean {
  return !DEMO_UNPUBLISHED_STATUSES.includes(m.status);
}

/** Nabodemo kommune writes nynorsk: a small plan with a few published measures. */
export const NEIGHBOUR_STRATEGY = {
  title: "Digitaliseringsstrategi for Nabodemo kommune 2024–2027",
  periodFrom: 2024,
  periodTo: 2027,
  adoptedOn: "2023-12-14",
  caseReference: "K-sak 71/23",
  summary: "Nabodemo kommune skal gje innbyggjarane gode og trygge digitale tenester, og gjere arbeidskvardagen enklare for dei tilsette.",
  focusAreas: ["Brukaren i sentrum", "Kompetanse"],
};

/** [number, title, parent number] */
export const NEIGHBOUR_GOALS: Array<[string, string, string | null]> = [
  ["1", "Innbyggjarane skal møte ein open og tilgjengeleg kommune", null],
  ["1.1", "Fleire tenester skal vere digitale og universelt utforma", "1"],
  ["2", "Dei tilsette skal ha gode digitale verktøy", null],
];

export const NEIGHBOUR_MEASURES: Array<DemoMeasure & { published: boolean }> = [
  {
    code: "HO01",
    title: "Digitale tryggleiksalarmar i heimetenesta",
    status: "in_progress",
    userOriented: true,
    start: "2024H2",
    end: "2025H2",
    goals: ["1.1"],
    responsible: "Einingsleiar heimetenesta",
    cost: { amount: 120000, used: 70000, recurrence: "annual", year: 2025, funding: "own_budget", type: "operating" },
    citizens: "Tryggare kvardag for eldre som bur heime",
    published: true,
  },
  {
    code: "HO02",
    title: "Elektronisk medisineringsstøtte",
    status: "planned",
    start: "2025H2",
    end: "2026H1",
    goals: ["2"],
    responsible: "Fagleiar helse",
    employees: "Færre avvik ved utdeling av medisin",
    published: true,
  },
  {
    code: "O01",
    title: "Digital kommunikasjon mellom skule og heim",
    status: "completed",
    userOriented: true,
    start: "2024H1",
    end: "2024H2",
    goals: ["1.1"],
    responsible: "Oppvekstsjef",
    completedOn: "2024-12-01",
    citizens: "Føresette får beskjedar på ein stad",
    published: true,
  },
  { code: "O02", title: "Nettbrett til alle elevar på småtrinnet", status: "proposed", goals: ["2"], published: false },
  { code: "HO03", title: "Velferdsteknologisk knutepunkt", status: "idea", goals: ["1.1"], published: false },
];

/**
 * Proposals for next year's action plan as a coordinator collected them in a spreadsheet: one repeats an existing
 * measure (TF07, matched by code), one is new with a code, one has none (a code is suggested).
 */
export const DEMO_IMPORT_CSV = [
  "Nr;Tiltak;Sektor;Ansvarlig;Kostnad;Start/slutt;Prioritet",
  "TF07;Digitalisere alle søknadsskjema;Tverrfaglig;Digitaliseringsrådgiver;200 000;V27/H27;1",
  "HO30;Digital tilsynsordning om natten;Helse og omsorg;Enhetsleder hjemmetjenesten;Kr 150-250 000;H27;2",
  ";Chatbot for spørsmål om barnehageplass;Oppvekst;Barnehagekontoret;Ukjent;2027;3",
  "",
].join("\r\n");
