/** Norwegian (bokmål and nynorsk) labels and headings that extraction recognises. */
import type { MeasureStatus } from "~/domains/measures";
import { cleanText } from "./parsers";

export type LabelField =
  | "title"
  | "code"
  | "description"
  | "sector"
  | "responsible"
  | "indicator"
  | "cost"
  | "qualitative"
  | "quantitative"
  | "feasibility"
  | "period"
  | "status"
  | "priority"
  | "goalNumbers"
  | "goal"
  | "subgoal"
  | "userOriented";

/** Labels in measure blocks ("Ansvar: …", "Gevinst: …") and table headers, most specific first. */
const FIELD_PATTERNS: [RegExp, LabelField][] = [
  [/^(kvalitativ(e)?( gevinst(ar|er)?)?|kvalitative gevinster)$/u, "qualitative"],
  [/^(kvantitativ(e)?( gevinst(ar|er)?)?|kvantitati ?ve)$/u, "quantitative"],
  [/^(hovedmål|hovudmål)$/u, "goal"],
  [/^(strategi|strategiar|strategier|delmål)$/u, "subgoal"],
  [
    /^(mål|mål ?nr\.?|knytt til mål|knyttet til mål|tiltak i strategi|tiltaks ?nr\.? i strategi|mål i strategien?|hovedmål ?nr\.?|hovudmål ?nr\.?)$/u,
    "goalNumbers",
  ],
  [/^(nr\.?|tiltak ?nr\.?|tiltaksnr\.?|tiltaksnummer|pkt\.?|punkt|kode|id|nummer)$/u, "code"],
  [/^(tiltak( \d{4})?|tiltaksnavn|tiltaksnamn|navn|namn|tittel|aktivitet)$/u, "title"],
  [/^(beskrivelse|beskriving|skildring|forklaring|om tiltaket)$/u, "description"],
  [/^(sektor|tjenesteområde|tenesteområde|område|enhet|eining|avdeling)$/u, "sector"],
  [/^(ansvar|ansvarleg|ansvarlig|ansvarlege|ansvarlige|ansvarlig ?\/ ?måleindikator|ansvarleg ?\/ ?måleindikator)$/u, "responsible"],
  [/^(indikator|måleindikator|måleindikatorar|måleindikatorer|indikatorar|indikatorer)$/u, "indicator"],
  [/^(kostnad|kostnader|kostnad \d{4}|kost|budsjett|estimert kostnad)$/u, "cost"],
  [/^(gevinst|gevinstar|gevinster|gevinst \(for hvem\)|gevinstar \(for kven\)|nytte|nyttevirkning|nytteverknad)$/u, "qualitative"],
  [/^(gjennomførleg|gjennomførbar|gjennomførbarhet|gjennomførlegheit)$/u, "feasibility"],
  [/^(start ?\/ ?slutt|start ?- ?slutt|periode|tidsrom|tidsplan|oppstart)$/u, "period"],
  [/^(status( pr\.? .*)?)$/u, "status"],
  [/^(prioritet|prioritering|rang|rangering|pri\.?)$/u, "priority"],
  [/^(bt|brukerretta|brukarretta|brukerrettet|brukerretta tiltak|brukarretta tiltak)$/u, "userOriented"],
];

/** The field a label or table header names, or null. */
export function labelField(label: string): LabelField | null {
  const text = cleanText(label).toLowerCase().replace(/[:.]$/u, "").trim();
  for (const [pattern, field] of FIELD_PATTERNS) if (pattern.test(text)) return field;
  return null;
}

/** A labelled line in a measure block: "Ansvar: Rektor", "Prioritering 3". */
export function readLabelledLine(text: string): { field: LabelField; label: string; value: string } | null {
  const line = cleanText(text);
  const colon = /^([\p{L}][\p{L} /()-]{1,40}?)\s*:\s*(.*)$/u.exec(line);
  if (colon) {
    const field = labelField(colon[1]);
    if (field && field !== "code" && field !== "goal" && field !== "subgoal") return { field, label: colon[1], value: colon[2] };
  }
  const priority = /^(prioritet|prioritering)\s+(\d{1,3})$/iu.exec(line);
  if (priority) return { field: "priority", label: priority[1], value: priority[2] };
  return null;
}

/** The status a list heading stands for ("Pågående tiltak" → in_progress), or null. */
export function statusHeading(text: string): MeasureStatus | null {
  const line = cleanText(text).toLowerCase();
  if (line.length > 80) return null;
  if (/^(prioriterte|prioriterte?) tiltak\b|^tiltak \d{4} finansiert\b/u.test(line)) return "prioritised";
  if (/^(pågående|pågåande|igangsatte|igangsette|påbegynte|starta) tiltak\b/u.test(line)) return "in_progress";
  if (
    /^tiltak som (utgår|går ut|fell bort|faller bort|tas ut|vert tekne ut|blir tatt ut)\b|^(utgåtte|strokne|strøkne|avviste|avslutta|avsluttede) tiltak\b/u.test(
      line,
    )
  ) {
    return "dropped";
  }
  if (/^(gjennomførte|gjennomførde|fullførte|ferdigstilte|ferdige) tiltak\b/u.test(line)) return "completed";
  if (/^(planlagte|planlagde) tiltak\b/u.test(line)) return "planned";
  return null;
}

/** A status written in a cell or after "Status:". */
export function statusFromText(text: string): MeasureStatus | null {
  const value = cleanText(text).toLowerCase();
  if (value === "") return null;
  if (/^(pågår|pågående|pågåande|i gang|igangsatt|starta|startet|under arbeid)\b/u.test(value)) return "in_progress";
  if (/^(gjennomført|gjennomførd|fullført|ferdig|ferdigstilt|avslutta|avsluttet|levert)\b/u.test(value)) return "completed";
  if (/^(utgår|utgått|strøket|stroke|avvist|kansellert|droppa|droppet)\b/u.test(value)) return "dropped";
  if (/^(planlagt|planlagd|ikke starta|ikkje starta|ikke startet)\b/u.test(value)) return "planned";
  if (/^(prioritert)\b/u.test(value)) return "prioritised";
  if (/^(idé|ide|forslag)\b/u.test(value)) return "proposed";
  return null;
}
