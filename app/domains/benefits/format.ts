/** "2026" for one year, "2023–2027" for a range. */
export function periodLabel({ fromYear, toYear }: { fromYear: number; toYear: number }): string {
  return fromYear === toYear ? String(fromYear) : `${fromYear}–${toYear}`;
}
