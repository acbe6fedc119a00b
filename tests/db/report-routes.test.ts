import mammoth from "mammoth";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../setup/database";
import { db } from "~/db/client.server";
import { measure } from "~/db/schema";
import { signIn } from "~/modules/auth/login.server";
import type { Principal } from "~/modules/auth/permissions";
import { closeRound, openRound } from "~/modules/reporting/mutations.server";
import { addMember, createMunicipality } from "~/modules/tenancy/mutations.server";
import { loader as roundDocx } from "~/routes/reporting.$id.report.docx";
import { loader as roundPdf } from "~/routes/reporting.$id.report.pdf";
import { loader as yearDocx } from "~/routes/reports.council.docx";

useTestDatabase();

let cookie = "";
let roundId = "";

beforeAll(async () => {
  const m = await createMunicipality({ code: "9101", name: "Nynorskkommunen", language: "nn", sectors: [{ name: "Helse", codePrefix: "HO" }] });
  await db().insert(measure).values({ municipalityId: m.id, code: "HO1", title: "Velferdsteknologi", status: "idea" });
  const admin: Principal = { role: "admin", userId: null, sectorIds: [] };
  const actor = { userId: null, label: "test" };
  roundId = (await openRound({ municipalityId: m.id, principal: admin, actor, input: { title: "Status pr. januar 2026", deadline: "2026-01-31" } })).id;
  await closeRound({ municipalityId: m.id, id: roundId, version: 1, principal: admin, actor });
  await addMember({ municipalityId: m.id, input: { email: "leser@k.no", name: "Lea Leser", role: "reader", password: "passord-leser-123" } });
  const { headers } = await signIn({ request: new Request("http://localhost/login", { method: "POST" }), input: { email: "leser@k.no", password: "passord-leser-123" } });
  cookie = headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
});

const get = (url: string) => new Request(`http://localhost${url}`, { headers: { Cookie: cookie } });

describe("council report downloads", () => {
  it("a reader downloads the report of a closed round as Word, in the municipality's nynorsk", async () => {
    const response = await roundDocx({ request: get(`/reporting/${roundId}/report.docx`), params: { id: roundId }, context: {} } as never);
    expect(response.headers.get("Content-Type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(response.headers.get("Content-Disposition")).toBe('attachment; filename="rapport-kommunestyret-9101-Status_pr._januar_2026.docx"');
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await response.arrayBuffer()) });
    expect(value).toContain("Nynorskkommunen – Status pr. januar 2026");
    expect(value).toContain("Tiltak som treng avgjerd");
    expect(value).toContain("HO1");
  });

  it("the round report is also a PDF, and a year report is available by query", async () => {
    const pdf = await roundPdf({ request: get(`/reporting/${roundId}/report.pdf`), params: { id: roundId }, context: {} } as never);
    expect(pdf.headers.get("Content-Type")).toBe("application/pdf");
    expect(new TextDecoder().decode((await pdf.arrayBuffer()).slice(0, 5))).toBe("%PDF-");
    const year = await yearDocx({ request: get("/reports/council.docx?year=2026"), params: {}, context: {} } as never);
    expect(year.headers.get("Content-Disposition")).toContain("rapport-kommunestyret-9101-2026.docx");
  });

  it("a malformed year is a bad request, and no one signed out gets a report", async () => {
    const bad = await yearDocx({ request: get("/reports/council.docx?year=tjue"), params: {}, context: {} } as never).catch((e: unknown) => e);
    expect(bad).toMatchObject({ init: { status: 400 } });
    const anonymous = await yearDocx({ request: new Request("http://localhost/reports/council.docx"), params: {}, context: {} } as never).catch((e: unknown) => e);
    expect(anonymous).toBeInstanceOf(Response);
    expect((anonymous as Response).status).toBe(302);
  });
});
