// The column-mapping screen for Excel/CSV imports (/import/:id/columns): its loader and action called as React
// Router would, against a real database. Saved choices are per municipality.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../setup/database";
import { db } from "~/kit/db.server";
import { importColumnMapping } from "~/domains/import/db";
import { signIn } from "~/domains/tenancy/login.server";
import { applyColumnMapping, getSavedColumnMappings, saveColumnMappings } from "~/domains/import/columns.server";
import { createImport, deleteImport } from "~/domains/import/mutations.server";
import { getImportById } from "~/domains/import/queries.server";
import { addMember, createMunicipality } from "~/domains/tenancy/mutations.server";
import { action, loader } from "~/domains/import/routes/import.$id.columns";
import { csrfCookie } from "~/kit/cookies.server";
import type { Principal } from "~/kit/permissions";

const admin: Principal = { role: "admin", userId: null, sectorIds: [] };

useTestDatabase();

const csrf = "csrf-token-for-import-column-tests-0123";
const UNUSUAL_CSV = [
  "Hva skal gjøres;Hvem;Kroner;Kommentar",
  "Digital postkasse for innbyggere;Arkivleder;150 000;Avventer anbud",
  "Ny nettside;Kommunikasjonssjef;Kr 50-100 000;",
  "Chatbot;Servicetorget;Ukjent;Prøveprosjekt",
].join("\n");

const cookies: Record<"a" | "b" | "reader", string> = { a: "", b: "", reader: "" };
let municipalityA = "";
let municipalityB = "";

async function cookieFor(email: string, password: string) {
  const { headers } = await signIn({ request: new Request("http://localhost/login", { method: "POST" }), input: { email, password } });
  return [...headers.getSetCookie().map((c) => c.split(";")[0]), (await csrfCookie.serialize(csrf)).split(";")[0]].join("; ");
}

beforeAll(async () => {
  const a = await createMunicipality({ code: "9201", name: "Kolonnekommune A" });
  const b = await createMunicipality({ code: "9202", name: "Kolonnekommune B", language: "nn" });
  municipalityA = a.id;
  municipalityB = b.id;
  await addMember({
    municipalityId: a.id,
    principal: admin,
    input: { email: "k@a.no", name: "Kari Koordinator", role: "coordinator", password: "passord-a-123456" },
  });
  await addMember({ municipalityId: a.id, principal: admin, input: { email: "l@a.no", name: "Lars Leser", role: "reader", password: "passord-l-123456" } });
  await addMember({ municipalityId: b.id, principal: admin, input: { email: "b@b.no", name: "Bjørn Admin", role: "admin", password: "passord-b-123456" } });
  cookies.a = await cookieFor("k@a.no", "passord-a-123456");
  cookies.reader = await cookieFor("l@a.no", "passord-l-123456");
  cookies.b = await cookieFor("b@b.no", "passord-b-123456");
});

const upload = (municipalityId: string, fileName = "tiltak.csv", text = UNUSUAL_CSV) =>
  createImport({ municipalityId, principal: admin, fileName, bytes: Buffer.from(text) });

type Page = Awaited<ReturnType<typeof loader>>;

async function outcome(run: () => Promise<unknown>): Promise<{ status: number; location?: string | null; data?: any }> {
  let value: unknown;
  try {
    value = await run();
  } catch (error) {
    value = error;
  }
  if (value instanceof Response) return { status: value.status, location: value.headers.get("Location") };
  const v = value as { type?: string; init?: { status?: number }; data?: unknown };
  if (v && v.type === "DataWithResponseInit") return { status: v.init?.status ?? 200, data: v.data };
  return { status: 200, data: value };
}

function load(id: string, who: keyof typeof cookies = "a") {
  return outcome(() =>
    loader({ request: new Request(`http://localhost/import/${id}/columns`, { headers: { Cookie: cookies[who] } }), params: { id }, context: {} } as never),
  );
}

function post(id: string, fields: Record<string, string>, who: keyof typeof cookies = "a") {
  const request = new Request(`http://localhost/import/${id}/columns`, {
    method: "POST",
    headers: { Cookie: cookies[who], "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ _csrf: csrf, ...fields }),
  });
  return outcome(() => action({ request, params: { id }, context: {} } as never));
}

const choices = (version: number, columns: string[]) => ({
  version: String(version),
  "table-0-header": "1",
  ...Object.fromEntries(columns.map((field, column) => [`table-0-column-${column}`, field])),
});

const savedRows = (municipalityId: string) => db().select().from(importColumnMapping).where(eq(importColumnMapping.municipalityId, municipalityId));

// Applying saves the column choices for the whole municipality (the next guess), while the tests before it expect
// no saved choices: the tests run in the order written, even when the run shuffles.
describe("the column-mapping screen", { shuffle: false }, () => {
  it("shows the CSV table with its headers, samples and no guess for headers nobody has mapped", async () => {
    const id = await upload(municipalityA);
    const page = await load(id);
    expect(page.status).toBe(200);
    const { tables, version, fileName } = page.data as Page;
    expect(version).toBe(1);
    expect(fileName).toBe("tiltak.csv");
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({
      index: 0,
      headerLine: 1,
      headers: ["Hva skal gjøres", "Hvem", "Kroner", "Kommentar"],
      rowCount: 3,
      guess: [null, null, null, null],
    });
    expect(tables[0].samples[0]).toEqual(["Digital postkasse for innbyggere", "Arkivleder", "150 000", "Avventer anbud"]);
  });

  it("bad choices keep what the user chose and write nothing", async () => {
    const id = await upload(municipalityA);
    const before = await getImportById({ municipalityId: municipalityA, id });
    const result = await post(id, choices(1, ["responsible", "responsible", "cost", "ignore"]));
    expect(result.status).toBe(400);
    expect(result.data.fieldErrors).toEqual({
      "table-0": { key: "importColumns.error.titleRequired" },
      "table-0-column-1": { key: "importColumns.error.duplicate", params: { column: "Hva skal gjøres" } },
    });
    expect(result.data.values).toMatchObject({ "table-0-column-0": "responsible", "table-0-column-1": "responsible", "table-0-column-2": "cost" });
    const nothingMapped = await post(id, choices(1, ["ignore", "ignore", "ignore", "ignore"]));
    expect(nothingMapped.status).toBe(400);
    expect(nothingMapped.data.formError).toEqual({ key: "importColumns.error.nothingMapped" });
    const after = await getImportById({ municipalityId: municipalityA, id });
    expect(after.version).toBe(before.version);
    expect(after.draft).toEqual(before.draft);
    expect(await savedRows(municipalityA)).toEqual([]);
  });

  it("a stale version is a conflict and writes nothing", async () => {
    const id = await upload(municipalityA);
    const result = await post(id, choices(2, ["title", "responsible", "cost", "ignore"]));
    expect(result.status).toBe(409);
    expect(result.data.formError).toEqual({ key: "importColumns.conflict" });
    expect(result.data.values["table-0-column-0"]).toBe("title");
    const after = await getImportById({ municipalityId: municipalityA, id });
    expect(after.version).toBe(1);
    expect(after.draft.measures).toEqual([]);
    expect(await savedRows(municipalityA)).toEqual([]);
  });

  it("applying re-reads the table into the draft, saves the choices, and they are the guess next time in the same municipality only", async () => {
    const id = await upload(municipalityA);
    const result = await post(id, choices(1, ["title", "responsible", "cost", "ignore"]));
    expect(result).toEqual({ status: 302, location: `/import/${id}?saved=columns` });
    const stored = await getImportById({ municipalityId: municipalityA, id });
    expect(stored.version).toBe(2);
    expect(stored.draft.measures.map((m) => [m.title, m.responsible, m.costs[0]?.amountNok ?? null, m.description])).toEqual([
      ["Digital postkasse for innbyggere", "Arkivleder", 150_000, null],
      ["Ny nettside", "Kommunikasjonssjef", 100_000, null],
      ["Chatbot", "Servicetorget", null, null],
    ]);
    expect(Object.fromEntries(await getSavedColumnMappings({ municipalityId: municipalityA }))).toEqual({
      "hva skal gjøres": "title",
      hvem: "responsible",
      kroner: "cost",
      kommentar: null,
    });
    expect((await savedRows(municipalityA)).find((row) => row.header === "kommentar")?.field).toBe("ignore");

    const next = await load(await upload(municipalityA));
    expect((next.data as Page).tables[0].guess).toEqual(["title", "responsible", "cost", null]);

    const other = await load(await upload(municipalityB), "b");
    expect((other.data as Page).tables[0].guess).toEqual([null, null, null, null]);
    expect(await savedRows(municipalityB)).toEqual([]);
  });

  it("another municipality's import is not found, for reading and for writing", async () => {
    const id = await upload(municipalityA);
    expect((await load(id, "b")).status).toBe(404);
    expect((await post(id, choices(1, ["title", "ignore", "ignore", "ignore"]), "b")).status).toBe(404);
    expect((await getImportById({ municipalityId: municipalityA, id })).version).toBe(1);
    expect(await savedRows(municipalityB)).toEqual([]);
  });

  it("is for admins and coordinators, and only for spreadsheets and CSV files", async () => {
    const id = await upload(municipalityA);
    expect((await load(id, "reader")).status).toBe(403);
    expect((await post(id, choices(1, ["title", "ignore", "ignore", "ignore"]), "reader")).status).toBe(403);
    const text = await upload(municipalityA, "plan.txt", "Tiltak\tAnsvar\nNy nettside\tRådmann\n");
    expect(await load(text)).toEqual({ status: 302, location: `/import/${text}` });
    expect(await post(text, choices(1, ["title", "ignore"]))).toEqual({ status: 302, location: `/import/${text}` });
  });
});

describe("who may import", () => {
  it("refuses contributors and readers in the import mutations, writing nothing", async () => {
    const contributor: Principal = { role: "contributor", userId: null, sectorIds: [] };
    const reader: Principal = { role: "reader", userId: null, sectorIds: [] };
    const refused = (promise: Promise<unknown>) =>
      promise.then(
        () => "done",
        (error: { code?: string }) => error.code,
      );
    const mappings = await savedRows(municipalityA);
    expect(
      await refused(createImport({ municipalityId: municipalityA, principal: contributor, fileName: "tiltak.csv", bytes: Buffer.from(UNUSUAL_CSV) })),
    ).toBe("forbidden");
    const id = await upload(municipalityA);
    expect(await refused(applyColumnMapping({ municipalityId: municipalityA, id, principal: reader, version: "1", choice: () => null }))).toBe("forbidden");
    expect(
      await refused(saveColumnMappings({ municipalityId: municipalityA, principal: contributor, entries: [{ header: "Hvem", field: "responsible" }] })),
    ).toBe("forbidden");
    expect(await refused(deleteImport({ municipalityId: municipalityA, principal: reader, id, input: { version: 1 } }))).toBe("forbidden");
    expect((await getImportById({ municipalityId: municipalityA, id })).version).toBe(1);
    expect(await savedRows(municipalityA)).toEqual(mappings);
  });
});
