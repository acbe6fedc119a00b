import path from "node:path";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../tests/setup/database";
import { db } from "~/kit/db.server";
import { changeLog } from "~/domains/history/index.server";
import { goal } from "~/domains/plan/index.server";
import { measure } from "~/domains/measures/index.server";
import { planImport as planImportTable } from "~/domains/import/index.server";
import { createMeasure } from "~/domains/measures/index.server";
import { createMunicipality } from "~/domains/tenancy/index.server";
import type { CommandArgs, OptionValues } from "../command";
import { planImport } from "./plan-import";
import { rejection } from "./test-helpers";

useTestDatabase();

const RINGEBU = path.resolve("tests/fixtures/plans/ringebu-handlingsplan-digitalisering-2019-2020.txt");
const HOYLANDET = path.resolve("tests/fixtures/plans/hoylandet-strategi-digitalisering-2023-2027.txt");

function args(file: string, options: OptionValues): CommandArgs {
  return { options, positionals: [file], json: true, io: { readLine: async () => "" } };
}

let municipalityId = "";

beforeAll(async () => {
  const m = await createMunicipality({
    code: "3439",
    name: "Ringebu",
    sectors: [
      { name: "Helse og omsorg", codePrefix: "HO" },
      { name: "Oppvekst", codePrefix: "O" },
      { name: "Plan og teknisk", codePrefix: "PT" },
      { name: "Tverrfaglig", codePrefix: "TF" },
      { name: "IKT", codePrefix: "IKT" },
    ],
  });
  municipalityId = m.id;
});

describe("plan:import without --dry-run", () => {
  it("commits the Ringebu plan: measures with sectors by code prefix, statuses, and history from the file", async () => {
    await createMeasure({
      municipalityId,
      principal: { role: "admin", userId: null, sectorIds: [] },
      actor: { userId: null, label: "test" },
      input: { code: "HO27", title: "Gammel tittel", status: "idea" },
    });
    // The plan names no strategy period, so committing its goals needs one.
    expect(await rejection(planImport.run(args(RINGEBU, { municipality: "3439" })))).toMatchObject({
      code: "validation",
      message: expect.stringContaining("--period"),
    });
    expect(await db().select().from(measure).where(eq(measure.municipalityId, municipalityId))).toHaveLength(1);
    const result = (await planImport.run(args(RINGEBU, { municipality: "3439", "strategy-title": "Handlingsplan digitalisering", period: "2019-2020" })))
      .json as {
      created: number;
      updated: number;
      importId: string;
    };
    expect(result.updated).toBe(1);
    expect(result.created + result.updated).toBe(100);
    const rows = await db().select().from(measure).where(eq(measure.municipalityId, municipalityId));
    expect(rows).toHaveLength(100);
    const ho27 = rows.find((r) => r.code === "HO27")!;
    expect(ho27).toMatchObject({ title: "Oppgradering av VK-utstyr møterom HO", status: "prioritised", priority: 2 });
    expect(rows.filter((r) => r.sectorId !== null)).toHaveLength(100);
    expect(rows.some((r) => r.status === "dropped" && r.dropReason)).toBe(true);
    const history = await db()
      .select()
      .from(changeLog)
      .where(and(eq(changeLog.entityId, ho27.id), eq(changeLog.actorLabel, "import:ringebu-handlingsplan-digitalisering-2019-2020.txt")));
    expect(history.length).toBeGreaterThan(0);
    const [stored] = await db().select().from(planImportTable).where(eq(planImportTable.id, result.importId));
    expect(stored.state).toBe("committed");
  });

  it("an unknown municipality writes nothing", async () => {
    const goals = (await db().select().from(goal)).length;
    expect(await rejection(planImport.run(args(HOYLANDET, { municipality: "9999" })))).toMatchObject({ code: "not_found" });
    expect(await db().select().from(goal)).toHaveLength(goals);
  });
});
