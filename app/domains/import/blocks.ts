/** Measure blocks: a heading followed by labelled lines ("Gevinst:", "Ansvar:", "Prioritering 3" …). */
import type { DraftSource } from "./draft";
import { type LabelField, readLabelledLine, statusHeading } from "./labels";
import type { DocumentLine } from "./model";
import type { Occurrence } from "./occurrence";
import { cleanText, joinWrapped, normalizeNumberedCode } from "./parsers";
import { sourceOf, isBlank, readCells } from "./structure";
import { applyFields } from "./fields";

export const BLOCK_TITLE_RE = /^tiltak\b/iu;

export function blockOccurrences(lines: readonly DocumentLine[], isLead: (index: number) => boolean, sections: readonly (string | null)[]): Occurrence[] {
  const occurrences: Occurrence[] = [];
  const labelled = lines.map((line) => (line.cells ? null : readLabelledLine(line.text)));
  const startsBlock = (index: number) => isLead(index) || lines[index].heading === true || BLOCK_TITLE_RE.test(cleanText(lines[index].text));
  let consumedUntil = -1;
  for (let i = 0; i < lines.length; i++) {
    if (!labelled[i] || i <= consumedUntil) continue;
    // The heading and description: the text above the first label, back to the previous block (at most 12 lines).
    let top = i - 1;
    const stop = Math.max(consumedUntil + 1, i - 12);
    while (top >= stop && !labelled[top] && !statusHeading(lines[top].text)) top--;
    const above = lines.slice(top + 1, i);
    let headingAt = -1;
    for (let k = above.length - 1; k >= 0; k--) {
      if (!isBlank(above[k]) && startsBlock(top + 1 + k)) {
        headingAt = k;
        break;
      }
    }
    const paragraphs = readCells(lines, headingAt >= 0 ? top + 1 + headingAt : top + 1, i);
    const titledBlock = labelled[i]?.field === "title";
    if (paragraphs.length === 0 && !titledBlock) continue;
    // Without a marked heading, the heading is the paragraph before the last one (or the first line).
    let headingLine: DocumentLine;
    let description: string[];
    if (titledBlock) {
      headingLine = lines[i];
      description = [];
    } else if (headingAt >= 0 || paragraphs.length === 1) {
      headingLine = paragraphs[0].lines[0];
      description = [joinWrapped(paragraphs[0].lines.slice(1).map((l) => l.text)), ...paragraphs.slice(1).map((p) => p.text)];
    } else {
      const headingParagraph = paragraphs[paragraphs.length - 2];
      headingLine = headingParagraph.lines[0];
      description = [joinWrapped(headingParagraph.lines.slice(1).map((l) => l.text)), paragraphs[paragraphs.length - 1].text];
    }
    const headingText = cleanText(headingLine.text);
    const fields = new Map<LabelField, { value: string; label: string; source: DraftSource }>();
    let j = i;
    let current: LabelField | null = null;
    while (j < lines.length) {
      const label = labelled[j];
      if (label) {
        if (j > i && label.field === "title") break;
        current = label.field;
        const previous = fields.get(label.field);
        fields.set(label.field, { value: previous ? `${previous.value} ${label.value}` : label.value, label: label.label, source: sourceOf(lines[j]) });
        j++;
        continue;
      }
      // Text right under "Tiltak: <title>" describes the measure.
      if (current === "title" && !isBlank(lines[j]) && !startsBlock(j)) {
        description.push(cleanText(lines[j].text));
        j++;
        continue;
      }
      if (isBlank(lines[j])) {
        // A blank line ends the block unless another label follows directly.
        let k = j;
        while (k < lines.length && isBlank(lines[k])) k++;
        if (k < lines.length && labelled[k]) {
          j = k;
          continue;
        }
        break;
      }
      if (startsBlock(j) || statusHeading(lines[j].text)) break;
      const entry = current ? fields.get(current) : undefined;
      if (entry) entry.value = `${entry.value} ${cleanText(lines[j].text)}`.trim();
      j++;
    }
    consumedUntil = j - 1;
    if ([...fields.keys()].filter((field) => field !== "title").length < 2) continue;
    let title = headingText;
    let code: string | null = null;
    const coded = /^(?:tiltak\s*)?([A-ZÆØÅ]{1,4}\d{1,3}|\d{1,2}(?:\.\d{1,2}){0,3})\.?\s*[:.)–-]?\s+(.+)$/iu.exec(title);
    if (coded) {
      code = normalizeNumberedCode(coded[1]) ?? coded[1];
      title = coded[2];
    } else title = title.replace(/^tiltak\s*[:.–-]\s*/iu, "");
    const titleField = fields.get("title");
    if (titleField) title = cleanText(titleField.value);
    if (title === "" || title.length > 160) continue;
    const source = sourceOf(headingLine, headingText);
    const occurrence: Occurrence = { kind: "block", code, title, source, fieldSources: { title: source } };
    if (code) occurrence.fieldSources.code = source;
    const section = sections[lines.indexOf(headingLine)];
    if (section) {
      occurrence.section = section;
      occurrence.sector = section;
      occurrence.fieldSources.sector = source;
    }
    const describedBy = fields.get("description");
    const feasibility = fields.get("feasibility");
    const text = joinWrapped([...description, describedBy?.value ?? "", feasibility ? `${feasibility.label}: ${feasibility.value}` : ""]);
    if (text !== "") {
      occurrence.description = text;
      occurrence.fieldSources.description = describedBy?.source ?? (description.join("") !== "" ? source : feasibility?.source);
    }
    applyFields(occurrence, fields);
    occurrences.push(occurrence);
  }
  return occurrences;
}
