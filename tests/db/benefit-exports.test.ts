import ExcelJS from "exceljs";
import { matchRoutes } from "react-router";
import type { RouteConfigEntry } from "@react-router/dev/routes";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../setup/database";
import { callLoader, csvText, firstSheet, type Loader, parseCsv } from "../setup/exports";
import routes from "~/routes";
import { signIn } from "~/domains/tenancy/login.server";
import { createBenefit, createIndicator, createMeasurement, updateValuationSettings } from "~/domains/benefits/mutations.server";
import { createMeasure } from "~/domains/measures/mutations.server";
import { createGoal, createStrategy } from "~/domains/plan/mutations.server";
import { addMember, createApiToken, createMunicipality } from "~/domains/tenancy/mutations.server";
import * as benefitsCsv from "~/domains/benefits/routes/api.v1.benefits.export.csv";
import * as benefitsXlsx from "~/domains/benefits/routes/api.v1.benefits.export.xlsx";
import * as measurementsCsv from "~/domains/benefits/routes/api.v1.measurements.export.csv";
import * as measurementsXlsx from "~/domains/benefits/routes/api.v1.measurements.export.xlsx";
import { languageCookie } from "~/kit/cookies.server";

useTestDatabase();

const actor = { userId: null, label: "test" };
const admin = { role: "admin" as const, userId: null, sectorIds: [] };
let readerCookie = "";
let nynorskCookie = "";
let readerToken = "";

const call = (loader: Loader, path: string, headers: Record<string, string> = {}) => callLoader(loader, path, headers);
const readXlsx = firstSheet;

beforeAll(async () => {
  const a = await createMunicipality({ code: "9301", name: "Eksportkommune", sectors: [{ name: "Helse og omsorg", codePrefix: "HO" }] });
  const b = await createMunicipality({ code: "9302", name: "Annen kommune", sectors: [{ name: "B-sektor", codePrefix: "BS" }] });
  await addMember({
    municipalityId: a.id,
    principal: admin,
    input: { email: "leser@e.no", name: "E Leser", role: "reader", password: "passord-leser-123456" },
  });
  await updateValuationSettings({ municipalityId: a.id, principal: admin, version: 0, actor, input: { hourlyCostNok: 800, hoursPerFte: 1600 } });
  const strategy = await createStrategy({
    municipalityId: a.id,
    principal: admin,
    input: { title: "Digital strategi", periodFrom: 2024, periodTo: 2027 },
    actor,
  });
  const goal = await createGoal({ municipalityId: a.id, principal: admin, input: { strategyId: strategy.id, number: "2", title: "Bedre tjenester" }, actor });
  const { listSectors } = await import("~/domains/tenancy/queries.server");
  const [sector] = await listSectors({ municipalityId: a.id });
  const measure = await createMeasure({
    municipalityId: a.id,
    principal: admin,
    actor,
    input: { code: "HO01", title: "Digital søknad", sectorId: sector.id, goalIds: [goal.id] },
  });
  const freed = await createBenefit({
    municipalityId: a.id,
    principal: admin,
    measureId: measure.id,
    actor,
    input: {
      title: "Spart tid i saksbehandling",
      type: "freed_capacity",
      beneficiaries: ["employees", "citizens"],
      quantitative: true,
      ownerText: '=HYPERLINK("http://x")',
      plannedHoursPerYear: 320,
      periodFrom: "2025-01-01",
      periodTo: "2027-12-31",
      goalIds: [goal.id],
    },
  });
  const ind = await createIndicator({
    municipalityId: a.id,
    principal: admin,
    benefitId: freed.id,
    actor,
    input: { name: "Timer per sak", unit: "hours", direction: "lower_is_better", baselineValue: 10, targetValue: 6, isValuationIndicator: true },
  });
  await createMeasurement({
    municipalityId: a.id,
    principal: admin,
    indicatorId: ind.id,
    actor,
    input: { measuredOn: "2025-03-01", value: 9, comment: "-første; måling\nlinje 2" },
  });
  await createMeasurement({
    municipalityId: a.id,
    principal: admin,
    indicatorId: ind.id,
    actor,
    input: { measuredOn: "2025-09-01", value: 8.5, assessment: "on_track" },
  });
  await createBenefit({
    municipalityId: a.id,
    principal: admin,
    measureId: measure.id,
    actor,
    input: { title: "Lavere lisenskostnad", type: "cost_reduction", plannedNokPerYear: 125000.5 },
  });

  const bMeasure = await createMeasure({ municipalityId: b.id, principal: admin, actor, input: { code: "BS01", title: "Hemmelig tiltak" } });
  const bBenefit = await createBenefit({
    municipalityId: b.id,
    principal: admin,
    measureId: bMeasure.id,
    actor,
    input: { title: "Hemmelig gevinst", type: "quality" },
  });
  const bInd = await createIndicator({
    municipalityId: b.id,
    principal: admin,
    benefitId: bBenefit.id,
    actor,
    input: { name: "Hemmelig indikator", unit: "count", direction: "higher_is_better" },
  });
  await createMeasurement({ municipalityId: b.id, principal: admin, indicatorId: bInd.id, actor, input: { measuredOn: "2025-01-01", value: 42 } });

  const { headers } = await signIn({
    request: new Request("http://localhost/login", { method: "POST" }),
    input: { email: "leser@e.no", password: "passord-leser-123456" },
  });
  readerCookie = headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  nynorskCookie = `${readerCookie}; ${(await languageCookie.serialize("nn")).split(";")[0]}`;
  readerToken = (await createApiToken({ municipalityId: a.id, principal: admin, input: { role: "reader", name: "Rapport" } })).token;
});

function flatten(entries: RouteConfigEntry[]): Array<{ id: string; path?: string; children?: unknown[] }> {
  return entries.map((e) => ({ id: e.file, path: e.path, index: e.index, children: e.children ? flatten(e.children) : undefined }));
}

describe("export routes", () => {
  it("win over the :id routes next to them", () => {
    const objects = flatten(routes);
    const fileFor = (path: string) => matchRoutes(objects as never, path)?.at(-1)?.route.id;
    expect(fileFor("/api/v1/benefits/export.xlsx")).toBe("domains/benefits/routes/api.v1.benefits.export.xlsx.ts");
    expect(fileFor("/api/v1/benefits/export.csv")).toBe("domains/benefits/routes/api.v1.benefits.export.csv.ts");
    expect(fileFor("/api/v1/measurements/export.xlsx")).toBe("domains/benefits/routes/api.v1.measurements.export.xlsx.ts");
    expect(fileFor("/api/v1/measurements/export.csv")).toBe("domains/benefits/routes/api.v1.measurements.export.csv.ts");
    expect(fileFor("/api/v1/benefits/export.pdf")).toBe("domains/benefits/routes/api.v1.benefits.$id.ts");
  });

  it("answer 401 without a session or token", async () => {
    for (const loader of [benefitsXlsx.loader, benefitsCsv.loader, measurementsXlsx.loader, measurementsCsv.loader]) {
      const response = await call(loader as Loader, "/benefits/export.xlsx");
      expect(response.status).toBe(401);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("unauthorized");
    }
    expect((await call(benefitsCsv.loader as Loader, "/benefits/export.csv", { Authorization: "Bearer rtn_wrong" })).status).toBe(401);
  });
});

describe("benefit register export", () => {
  it("is an XLSX with Norwegian headers, numeric and date cells, a frozen bold header and an autofilter", async () => {
    const response = await call(benefitsXlsx.loader as Loader, "/benefits/export.xlsx", { Cookie: readerCookie });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="gevinster-9301-\d{4}-\d{2}-\d{2}\.xlsx"$/);
    const sheet = await readXlsx(response);
    expect(sheet.name).toBe("Gevinstregister");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers.slice(0, 4)).toEqual(["Tiltakskode", "Tiltak", "Sektor", "Gevinst"]);
    expect(headers).toContain("Kilde for planlagte kroner");
    expect(headers).toContain("Måloppnåelse (%)");
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.rowCount).toBe(3);
    const col = (name: string) => headers.indexOf(name) + 1;
    const freed = sheet.getRow(2);
    const cell = (name: string) => freed.getCell(col(name)).value;
    expect(cell("Gevinst")).toBe("Spart tid i saksbehandling");
    expect(cell("Sektor")).toBe("Helse og omsorg");
    expect(cell("Type gevinst")).toBe("Frigjort kapasitet (tid)");
    expect(cell("Hvem får nytte")).toBe("Ansatte, Innbyggere");
    expect(cell("Planlagte timer per år (engangsgevinst: totalt)")).toBe(320);
    expect(cell("Planlagte kroner per år (engangsgevinst: totalt)")).toBe(256000);
    expect(cell("Kilde for planlagte kroner")).toBe("Beregnet: timer × 800 kr per time");
    expect(cell("Årsverk (timer / 1600 timer per årsverk)")).toBe(0.2);
    expect(cell("Realiseringsperiode fra")).toEqual(new Date("2025-01-01T00:00:00Z"));
    expect(cell("Mål (nummer)")).toBe("2");
    expect(cell("Verdsettingsindikator")).toBe("Timer per sak");
    expect(cell("Siste målte verdi")).toBe(8.5);
    expect(cell("Måloppnåelse (%)")).toBe(37.5);
    expect(cell("Gevinsteier")).toBe('=HYPERLINK("http://x")');
    expect(freed.getCell(col("Gevinsteier")).type).toBe(ExcelJS.ValueType.String);
    expect(freed.getCell(col("Siste målte verdi")).type).toBe(ExcelJS.ValueType.Number);
    const explicit = sheet.getRow(3);
    expect(explicit.getCell(col("Planlagte kroner per år (engangsgevinst: totalt)")).value).toBe(125000.5);
    expect(explicit.getCell(col("Kilde for planlagte kroner")).value).toBe("Oppgitt");
  });

  it("is a CSV with a BOM, semicolons, decimal commas and neutralised formulas", async () => {
    const response = await call(benefitsCsv.loader as Loader, "/benefits/export.csv", { Authorization: `Bearer ${readerToken}` });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toMatch(/^attachment; filename="gevinster-9301-\d{4}-\d{2}-\d{2}\.csv"$/);
    const text = await csvText(response);
    const rows = parseCsv(text);
    expect(rows).toHaveLength(3);
    const [headers, freed, explicit] = rows;
    expect(headers[0]).toBe("Tiltakskode");
    const field = (row: string[], name: string) => row[headers.indexOf(name)];
    expect(field(freed, "Gevinsteier")).toBe('\'=HYPERLINK("http://x")');
    expect(field(freed, "Årsverk (timer / 1600 timer per årsverk)")).toBe("0,2");
    expect(field(explicit, "Planlagte kroner per år (engangsgevinst: totalt)")).toBe("125000,5");
    expect(field(freed, "Realiseringsperiode fra")).toBe("2025-01-01");
  });

  it("uses nynorsk headers for users who chose nynorsk", async () => {
    const sheet = await readXlsx(await call(benefitsXlsx.loader as Loader, "/benefits/export.xlsx", { Cookie: nynorskCookie }));
    expect(sheet.name).toBe("Gevinstregister");
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers).toContain("Gevinsteigar");
    expect(headers).toContain("Måloppnåing (%)");
    const csv = parseCsv(await csvText(await call(benefitsCsv.loader as Loader, "/benefits/export.csv", { Cookie: nynorskCookie })));
    expect(csv[0]).toContain("Kjelde for planlagde kroner");
  });
});

describe("measurements export", () => {
  it("has one row per measurement with numbers, dates and achievement, in nb and nn", async () => {
    const sheet = await readXlsx(await call(measurementsXlsx.loader as Loader, "/measurements/export.xlsx", { Cookie: readerCookie }));
    expect(sheet.name).toBe("Målinger");
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual([
      "Tiltakskode",
      "Gevinst",
      "Indikator",
      "Enhet",
      "Retning",
      "Dato",
      "Målt verdi",
      "Vurdering",
      "Kommentar",
      "Nullpunkt",
      "Målverdi",
      "Måloppnåelse (%)",
    ]);
    expect(sheet.rowCount).toBe(3);
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([
      "HO01",
      "Spart tid i saksbehandling",
      "Timer per sak",
      "Timer",
      "Lavere er bedre",
      new Date("2025-03-01T00:00:00Z"),
      9,
      undefined,
      "-første; måling\nlinje 2",
      10,
      6,
      25,
    ]);
    expect(sheet.getRow(3).getCell(8).value).toBe("I rute");

    const nn = await readXlsx(await call(measurementsXlsx.loader as Loader, "/measurements/export.xlsx", { Cookie: nynorskCookie }));
    expect(nn.name).toBe("Målingar");
    expect((nn.getRow(1).values as unknown[]).slice(1)).toContain("Eining");
  });

  it("is a CSV with quoted multi-line comments and decimal commas", async () => {
    const response = await call(measurementsCsv.loader as Loader, "/measurements/export.csv", { Cookie: readerCookie });
    expect(response.headers.get("Content-Disposition")).toMatch(/filename="malinger-9301-\d{4}-\d{2}-\d{2}\.csv"/);
    const text = await csvText(response);
    expect(text).toContain('"\'-første; måling\nlinje 2"');
    const rows = parseCsv(text);
    expect(rows).toHaveLength(3);
    expect(rows[2].slice(5, 7)).toEqual(["2025-09-01", "8,5"]);
  });

  it("never contains another municipality's data", async () => {
    for (const [loader, path] of [
      [benefitsCsv.loader, "/benefits/export.csv"],
      [measurementsCsv.loader, "/measurements/export.csv"],
    ] as const) {
      const text = await csvText(await call(loader as Loader, path, { Cookie: readerCookie }));
      for (const secret of ["Hemmelig", "BS01", "B-sektor", "42"]) expect(text, `${path} leaks ${secret}`).not.toContain(secret);
    }
    for (const [loader, path] of [
      [benefitsXlsx.loader, "/benefits/export.xlsx"],
      [measurementsXlsx.loader, "/measurements/export.xlsx"],
    ] as const) {
      const sheet = await readXlsx(await call(loader as Loader, path, { Cookie: readerCookie }));
      const cells: string[] = [];
      sheet.eachRow((row) => row.eachCell((c) => cells.push(String(c.value))));
      expect(cells.join("|"), path).not.toMatch(/Hemmelig|BS01|B-sektor/);
    }
  });
});
