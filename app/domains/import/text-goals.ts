/** Goals and guiding principles in running text, and the strategy metadata. */
import type { DraftGoal, DraftPrinciple, DraftStrategy } from "./draft";
import type { DocumentLine } from "./model";
import { cleanText, joinWrapped } from "./parsers";
import { sourceOf, isBlank, sectionHeading } from "./structure";

export function textGoals(lines: readonly DocumentLine[], existing: Set<string>): { goals: DraftGoal[]; principles: DraftPrinciple[] } {
  const goals: DraftGoal[] = [];
  const principles: DraftPrinciple[] = [];
  const text = lines.map((line) => (line.cells ? "" : cleanText(line.text)));
  // "Mål 1 …" lines.
  lines.forEach((line, index) => {
    const match = /^(?:hovedmål|hovudmål|mål)\s+(\d{1,2})\s*[:.–-]?\s+(\p{Lu}.{3,200})$/iu.exec(text[index]);
    if (match && !existing.has(match[1])) {
      existing.add(match[1]);
      goals.push({ id: `g-${match[1]}`, number: match[1], title: match[2], parent: null, sources: [sourceOf(line)] });
    }
  });
  // Numbered lists "1. …", "2. …" (three or more, in order) shortly after a line about goals.
  for (let i = 0; i < lines.length; i++) {
    if (!/^1[.)]\s+\p{Lu}/u.test(text[i])) continue;
    const before = text
      .slice(Math.max(0, i - 12), i)
      .filter((t) => t !== "")
      .slice(-6);
    if (!before.some((t) => /\b(mål|målsetting|målsetjing|hovedmål|hovudmål|hovedmålene|hovudmåla)\b|mål$/iu.test(t) || /skal:$/u.test(t))) continue;
    const items: { number: number; parts: string[]; line: DocumentLine }[] = [];
    let j = i;
    while (j < lines.length) {
      const match = /^(\d{1,2})[.)]\s+(.*)$/u.exec(text[j]);
      if (match && Number(match[1]) === items.length + 1) items.push({ number: Number(match[1]), parts: [match[2]], line: lines[j] });
      else if (text[j] !== "" && items.length > 0 && !/^\d/u.test(text[j]) && text[j].length < 200 && !/[.]$/u.test(items.at(-1)?.parts.at(-1) ?? ".")) {
        items.at(-1)?.parts.push(text[j]);
      } else if (text[j] !== "") break;
      j++;
    }
    if (items.length >= 3) {
      for (const item of items) {
        const number = String(item.number);
        if (existing.has(number)) continue;
        existing.add(number);
        const title = joinWrapped(item.parts)
          .replace(/,\s*\d+\s+tiltak\b.*$/iu, "")
          .replace(/\.$/u, "");
        goals.push({ id: `g-${number}`, number, title, parent: null, sources: [sourceOf(item.line)] });
      }
      i = j;
    }
  }
  // Numbered sections whose heading is about goals ("5 Målbilde") or principles ("4 Føringer …").
  let mode: "goals" | "principles" | null = null;
  let major: string | null = null;
  lines.forEach((line, index) => {
    const heading = sectionHeading(line, false);
    if (!heading) return;
    if (heading.minor === null) {
      major = heading.major;
      mode = /mål/iu.test(heading.title) ? "goals" : /føring|prinsipp|grunnprinsipp/iu.test(heading.title) ? "principles" : null;
      return;
    }
    if (heading.major !== major || mode === null) return;
    if (mode === "goals" && !existing.has(heading.number)) {
      existing.add(heading.number);
      goals.push({ id: `g-${heading.number}`, number: heading.number, title: heading.title, parent: null, sources: [sourceOf(line)] });
    } else if (mode === "principles") {
      let description: string | null = null;
      for (let k = index + 1; k < Math.min(lines.length, index + 80); k++) {
        if (sectionHeading(lines[k], false)) break;
        const lead = /^(overordnet føring|overordna føring|prinsipp)\s*:\s*(.*)$/iu.exec(text[k]);
        if (lead) {
          const parts = [lead[2]];
          for (let m = k + 1; m < lines.length && text[m] !== "" && parts.length < 6; m++) parts.push(text[m]);
          description = joinWrapped(parts);
          break;
        }
      }
      principles.push({ id: `p-${heading.number}`, title: heading.title, description, sources: [sourceOf(line)] });
    }
  });
  return { goals, principles };
}

function isoDate(day: string, month: string, year: string): string | null {
  const y = year.length === 2 ? 2000 + Number(year) : Number(year);
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export function readStrategy(lines: readonly DocumentLine[]): DraftStrategy {
  const strategy: DraftStrategy = { title: null, municipality: null, period: null, adoptedOn: null, caseNumber: null, sources: {} };
  const head = lines.slice(0, 120).filter((line) => !isBlank(line) && !line.cells);
  for (const line of head.slice(0, 25)) {
    const text = cleanText(line.text);
    if (!strategy.title && text.length <= 90 && /(strategi|handlingsplan|handlingsprogram|tiltaksplan|plan for)/iu.test(text) && !/[.,]$/u.test(text)) {
      strategy.title = text;
      strategy.sources.title = sourceOf(line);
    }
  }
  for (const line of head) {
    const text = cleanText(line.text);
    const municipality = /\b(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?) (?:kommune|kommunes)\b/u.exec(text);
    if (!strategy.municipality && municipality && !/^(Den|Denne|Hver|Kvar|Alle|Kommunal)$/u.test(municipality[1])) {
      strategy.municipality = municipality[1];
      strategy.sources.municipality = sourceOf(line);
    }
    const period = /^(?:.*\s)?((?:19|20)\d{2})\s*[–-]\s*((?:19|20)\d{2})$/u.exec(text);
    if (!strategy.period && period && text.length <= 90) {
      strategy.period = `${period[1]}–${period[2]}`;
      strategy.sources.period = sourceOf(line);
    }
  }
  const all = lines.filter((line) => !line.cells);
  for (const [index, line] of all.entries()) {
    const text = cleanText(line.text);
    if (strategy.adoptedOn || !/\b(vedtatt|vedteke|vedteken|vedtekne|vedtek|godkjent|godkjend)\b/iu.test(text)) continue;
    const date = /\b(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})\b/u.exec(text);
    if (!date) continue;
    const iso = isoDate(date[1], date[2], date[3]);
    if (!iso) continue;
    strategy.adoptedOn = iso;
    strategy.sources.adoptedOn = sourceOf(line);
    const nearby = all.slice(Math.max(0, index - 1), index + 6).filter((l) => !isBlank(l));
    for (const candidate of [line, ...nearby]) {
      const caseNumber = /\b((?:K-|PS\s?)?[Ss]ak(?:\s?nr\.?)?\s*\d{1,4}\/\d{2,4})\b/u.exec(cleanText(candidate.text));
      if (caseNumber) {
        strategy.caseNumber = caseNumber[1];
        strategy.sources.caseNumber = sourceOf(candidate);
        break;
      }
    }
    break;
  }
  if (!strategy.period) {
    const counts = new Map<string, { count: number; line: DocumentLine }>();
    for (const line of all) {
      const match = /^((?:19|20)\d{2})\s*[–-]\s*((?:19|20)\d{2})$/u.exec(cleanText(line.text));
      if (!match) continue;
      const key = `${match[1]}–${match[2]}`;
      counts.set(key, { count: (counts.get(key)?.count ?? 0) + 1, line: counts.get(key)?.line ?? line });
    }
    const best = [...counts].sort((a, b) => b[1].count - a[1].count)[0];
    if (best && best[1].count >= 2) {
      strategy.period = best[0];
      strategy.sources.period = sourceOf(best[1].line);
    }
  }
  return strategy;
}
