// The public plan page's list of measures comes in pages of 50, with "show all" and the print view listing every one.
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../setup/database";
import { db } from "~/kit/db.server";
import { measure } from "~/domains/measures/db";
import { updatePublicPlanSettings } from "~/domains/public/mutations.server";
import { createMunicipality } from "~/domains/tenancy/mutations.server";
import { listSectors } from "~/domains/tenancy/queries.server";
import { loader } from "~/domains/public/routes/kommune.$kommunenummer";
import type { Principal } from "~/kit/permissions";

const admin: Principal = { role: "admin", userId: null, sectorIds: [] };

useTestDatabase();

const CODE = "9301";
const actor = { userId: null, label: "test" };

interface PageData {
  plan: { measures: Array<{ code: string; title: string }> };
  paging: { all: boolean; page: number; pageCount: number; first: number };
  count: number;
  total: number;
}

async function load(query: string): Promise<PageData> {
  const result = await loader({ request: new Request(`http://localhost/kommune/${CODE}${query}`), params: { kommunenummer: CODE }, context: {} } as never);
  return (result as unknown as { data: PageData }).data;
}

const pad = (n: number) => String(n).padStart(3, "0");

beforeAll(async () => {
  const m = await createMunicipality({
    code: CODE,
    name: "Sidekommune",
    sectors: [
      { name: "Helse", codePrefix: "HO" },
      { name: "Oppvekst", codePrefix: "OP" },
    ],
  });
  const [health, school] = await listSectors({ municipalityId: m.id });
  await updatePublicPlanSettings({
    municipalityId: m.id,
    principal: admin,
    actor,
    input: { publicPlanEnabled: true, publicShowCosts: false, accessibilityStatementUrl: "" },
  });
  // 120 published measures (80 in Oppvekst, 40 in Helse, sorted by sector first) and 5 unpublished ones.
  await db()
    .insert(measure)
    .values([
      ...Array.from({ length: 80 }, (_, i) => ({
        municipalityId: m.id,
        code: `OP${pad(i + 1)}`,
        title: `Skoletiltak ${i + 1}`,
        sectorId: school.id,
        status: "planned" as const,
        published: true,
      })),
      ...Array.from({ length: 40 }, (_, i) => ({
        municipalityId: m.id,
        code: `HO${pad(i + 1)}`,
        title: `Helsetiltak ${i + 1}`,
        sectorId: health.id,
        status: "in_progress" as const,
        published: true,
      })),
      ...Array.from({ length: 5 }, (_, i) => ({
        municipalityId: m.id,
        code: `HS${pad(i + 1)}`,
        title: `Hemmelig ${i + 1}`,
        sectorId: health.id,
        status: "planned" as const,
        published: false,
      })),
    ]);
});

describe("the public list of measures in pages", () => {
  it("shows 50 measures per page in sector and code order, and every published measure exactly once across the pages", async () => {
    const pages = [await load(""), await load("?page=2"), await load("?page=3")];
    expect(pages.map((p) => p.plan.measures.length)).toEqual([50, 50, 20]);
    expect(pages.map((p) => p.paging)).toEqual([
      { all: false, page: 1, pageCount: 3, first: 1 },
      { all: false, page: 2, pageCount: 3, first: 51 },
      { all: false, page: 3, pageCount: 3, first: 101 },
    ]);
    expect(pages[0]).toMatchObject({ count: 120, total: 120 });
    const codes = pages.flatMap((p) => p.plan.measures.map((m) => m.code));
    expect(codes.slice(0, 2)).toEqual(["HO001", "HO002"]);
    expect(codes[40]).toBe("OP001");
    expect(new Set(codes).size).toBe(120);
    expect(JSON.stringify(pages)).not.toContain("Hemmelig");
  });

  it("lists every published measure with ?all=1 and in the print view, and nothing unpublished", async () => {
    for (const query of ["?all=1", "?print=1", "?all=1&page=3"]) {
      const data = await load(query);
      expect(data.plan.measures, query).toHaveLength(120);
      expect(data.paging, query).toMatchObject({ all: true, page: 1, pageCount: 3 });
      expect(JSON.stringify(data), query).not.toContain("Hemmelig");
    }
  });

  it("pages the filtered list, counts the matches against all published measures, and a page past the end is not found", async () => {
    const first = await load("?status=planned");
    expect(first).toMatchObject({ count: 80, total: 120, paging: { page: 1, pageCount: 2 } });
    const second = await load("?status=planned&page=2");
    expect(second.plan.measures.map((m) => m.code)).toEqual(Array.from({ length: 30 }, (_, i) => `OP${pad(i + 51)}`));
    const search = await load("?q=Helsetiltak");
    expect(search).toMatchObject({ count: 40, paging: { pageCount: 1 } });
    await expect(load("?status=planned&page=3")).rejects.toMatchObject({ init: { status: 404 } });
    // A page number that is not one is the first page.
    expect((await load("?page=abc")).paging.page).toBe(1);
  });
});
