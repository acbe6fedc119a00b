import { describe, expect, it } from "vitest";
import { createTranslator } from "~/kit/i18n";
import { benefitHistoryFieldLabel, benefitHistorySubject, formatBenefitHistoryValue } from "./history-format";

const nb = createTranslator("nb");
const nn = createTranslator("nn");
const users = { "user-1": "Ada Admin" };

describe("benefit history formatting", () => {
  it("labels benefit, indicator and measurement fields from the catalogue", () => {
    expect(benefitHistoryFieldLabel(nb, "plannedHoursPerYear")).toBe("Planlagte timer per år");
    expect(benefitHistoryFieldLabel(nb, "name")).toBe("Navn på indikator");
    expect(benefitHistoryFieldLabel(nn, "responsibleUserId")).toBe("Ansvarleg for målinga (brukar)");
    expect(benefitHistoryFieldLabel(nb, "value")).toBe("Målt verdi");
  });

  it("shows choices, booleans, numbers, dates and users in words", () => {
    expect(formatBenefitHistoryValue(nb, "nb", "type", "freed_capacity", users)).toBe("Frigjort kapasitet (tid)");
    expect(formatBenefitHistoryValue(nb, "nb", "beneficiaries", ["employees", "citizens"], users)).toBe("Ansatte, Innbyggere");
    expect(formatBenefitHistoryValue(nn, "nn", "isValuationIndicator", true, users)).toBe("Ja");
    expect(formatBenefitHistoryValue(nb, "nb", "value", 8.25, users)).toBe("8,25");
    expect(formatBenefitHistoryValue(nb, "nb", "measuredOn", "2025-03-01", users)).toBe("1. mars 2025");
    expect(formatBenefitHistoryValue(nb, "nb", "ownerUserId", "user-1", users)).toBe("Ada Admin");
    expect(formatBenefitHistoryValue(nb, "nb", "managerUserId", "gone", users)).toBe("Ukjent bruker");
    expect(formatBenefitHistoryValue(nb, "nb", "goals", ["1.1", "2"], users)).toBe("1.1, 2");
  });

  it("names what a change set is about", () => {
    expect(benefitHistorySubject(nb, "nb", { type: "benefit" })).toBe("Gevinsten");
    expect(benefitHistorySubject(nb, "nb", { type: "indicator", name: "Timer per sak" })).toBe("Indikator: Timer per sak");
    expect(benefitHistorySubject(nn, "nn", { type: "measurement", measuredOn: "2025-09-01" })).toBe("Måling datert 1. sep. 2025");
  });
});
