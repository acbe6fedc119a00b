import mammoth from "mammoth";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../setup/database";
import { db } from "~/kit/db.server";
import { measure } from "~/domains/measures/db";
import { signIn } from "~/domains/tenancy/login.server";
import type { Principal } from "~/kit/permissions";
import { closeRound, openRound } from "~/domains/reporting/mutations.server";
import { addMember, createMunicipality } from "~/domains/tenancy/mutations.server";
import { loader as roundDocx } from "~/domains/report/routes/reporting.$id.report.docx";
import { loader as roundPdf } from "~/domains/report/routes/reporting.$id.report.pdf";
import { loader as reportsPage } from "~/domains/report/routes/reports";
import { loader as yearDocx } from "~/domains/report/routes/reports.council.docx";

useTestDatabase();

let cookie = "";
let contributorCookie = "";
let roundId = "";
let openRoundId = "";
let otherRoundId = "";

async function cookieOf(email: string, password: string) {
  const { headers } = await signIn({ request: new Request("http://localhost/login", { method: "POST" }), input: { email, password } });
  return headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

beforeAll(async () => {
  const m = await createMunicipality({ code: "9101", name: "Nynorskkommunen", language: "nn", sectors: [{ name: "Helse", codePrefix: "HO" }] });
  await db().insert(measure).values({ municipalityId: m.id, code: "HO1", title: "Velferdsteknologi", status: "idea" });
  const admin: Principal = { role: "admin", userId: null, sectorIds: [] };
  const actor = { userId: null, label: "test" };
  roundId = (await openRound({ municipalityId: m.id, principal: admin, actor, input: { title: "Status pr. januar 2026", deadline: "2026-01-31" } })).id;
  await closeRound({ municipalityId: m.id, id: roundId, version: 1, principal: admin, actor });
  openRoundId = (await openRound({ municipalityId: m.id, principal: admin, actor, input: { title: "Status pr. juni 2026", deadline: "2026-06-30" } })).id;
  const other = await createMunicipality({ code: "9102", name: "Nabokommunen", sectors: [] });
  otherRoundId = (await openRound({ municipalityId: other.id, principal: admin, actor, input: { title: "Naborunde", deadline: "2026-01-31" } })).id;
  await closeRound({ municipalityId: other.id, id: otherRoundId, version: 1, principal: admin, actor });
  await addMember({ municipalityId: m.id, principal: admin, input: { email: "leser@k.no", name: "Lea Leser", role: "reader", password: "passord-leser-123" } });
  await addMember({
    municipalityId: m.id,
    principal: admin,
    input: { email: "bidrag@k.no", name: "Bo Bidrag", role: "contributor", password: "passord-bidrag-123" },
  });
  cookie = await cookieOf("leser@k.no", "passord-leser-123");
  contributorCookie = await cookieOf("bidrag@k.no", "passord-bidrag-123");
});

const get = (url: string) => new Request(`http://localhost${url}`, { headers: { Cookie: cookie } });

describe("the reports page", () => {
  it("lists the municipality's closed rounds for readers and contributors, not open rounds or other municipalities' rounds", async () => {
    for (const asUser of [cookie, contributorCookie]) {
      const data = (await reportsPage({
        request: new Request("http://localhost/reports", { headers: { Cookie: asUser } }),
        params: {},
        context: {},
      } as never)) as {
        rounds: Array<{ id: string; title: string; deadline: string; closedAt: string | null }>;
      };
      expect(data.rounds.map((r) => [r.id, r.title, r.deadline])).toEqual([[roundId, "Status pr. januar 2026", "2026-01-31"]]);
      expect(data.rounds[0].closedAt).not.toBeNull();
      expect(JSON.stringify(data)).not.toContain(openRoundId);
      expect(JSON.stringify(data)).not.toContain(otherRoundId);
    }
  });

  it("sends someone signed out to the login page, and another municipality's round report is not found", async () => {
    const anonymous = await reportsPage({ request: new Request("http://localhost/reports"), params: {}, context: {} } as never).catch((e: unknown) => e);
    expect((anonymous as Response).status).toBe(302);
    const foreign = await roundPdf({ request: get(`/reporting/${otherRoundId}/report.pdf`), params: { id: otherRoundId }, context: {} } as never).catch(
      (e: unknown) => e,
    );
    expect(foreign).toMatchObject({ init: { status: 404 } });
  });
});

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
    const anonymous = await yearDocx({ request: new Request("http://localhost/reports/council.docx"), params: {}, context: {} } as never).catch(
      (e: unknown) => e,
    );
    expect(anonymous).toBeInstanceOf(Response);
    expect((anonymous as Response).status).toBe(302);
  });
});
