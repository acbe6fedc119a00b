import type { Lang } from "~/i18n";

/** A number with up to `maxDecimals` decimals in Norwegian format ("0,21", "1 234,5"). */
export function formatDecimal(lang: Lang, value: number, maxDecimals = 2): string {
  return new Intl.NumberFormat(lang === "nn" ? "nn-NO" : "nb-NO", { maximumFractionDigits: maxDecimals }).format(value);
}

/** "2026" for one year, "2023–2027" for a range. */
export function periodLabel({ fromYear, toYear }: { fromYear: number; toYear: number }): string {
  return fromYear === toYear ? String(fromYear) : `${fromYear}–${toYear}`;
}
