import { describe, expect, it, vi } from "vitest";
import { useTestDatabase } from "../setup/database";
import { db } from "~/kit/db.server";
import { AppError } from "~/kit/errors";
import { byId } from "~/kit/tenant-scope.server";
import { updateVersioned } from "~/kit/versioned-update.server";
import { changeLog, listHistory, recordChanges } from "~/domains/history/index.server";
import { createStrategy, strategy, type Strategy } from "~/domains/plan/index.server";
import { createMunicipality } from "~/domains/tenancy/index.server";

useTestDatabase();

const actor = { userId: null, label: "test" };
const admin = { role: "admin" as const, userId: null, sectorIds: [] };
const FIELDS = ["title", "summary"] as const;

let nextCode = 3100;
async function tenantWithStrategy() {
  nextCode += 1;
  const m = await createMunicipality({ code: String(nextCode), name: `Kommune ${nextCode}` });
  const s = await createStrategy({ municipalityId: m.id, principal: admin, input: { title: "Strategi", periodFrom: "2024", periodTo: "2027" }, actor });
  return { municipalityId: m.id, strategy: s };
}

function saveTitle({ municipalityId, id, version, title }: { municipalityId: string; id: string; version: number; title: string }) {
  const conflict = vi.fn((current: Strategy) => new AppError("conflict", { details: { currentVersion: current.version } }));
  const record = vi.fn((before: Strategy, after: Strategy, tx: Parameters<typeof recordChanges>[0]["tx"]) =>
    recordChanges({ tx, municipalityId, entityType: "strategy", entityId: id, before, after, fields: FIELDS, actor }),
  );
  const saved = updateVersioned({ table: strategy, municipalityId, id, version, values: { title }, conflict, record });
  return { saved, conflict, record };
}

async function stored(municipalityId: string, id: string) {
  const [row] = await db().select().from(strategy).where(byId(strategy, { municipalityId, id }));
  return row;
}

async function updates(municipalityId: string, id: string) {
  return (await listHistory({ municipalityId, entityType: "strategy", entityId: id })).filter((h) => h.action === "update");
}

describe("updateVersioned", () => {
  it("writes the values with the version bumped and updatedAt set, and records the history once", async () => {
    const { municipalityId, strategy: s } = await tenantWithStrategy();
    const { saved, conflict, record } = saveTitle({ municipalityId, id: s.id, version: 1, title: "Ny tittel" });
    const row = await saved;
    expect(row).toMatchObject({ id: s.id, title: "Ny tittel", version: 2 });
    expect(row.updatedAt.getTime()).toBeGreaterThanOrEqual(s.updatedAt.getTime());
    expect(await stored(municipalityId, s.id)).toEqual(row);
    expect(conflict).not.toHaveBeenCalled();
    expect(record).toHaveBeenCalledTimes(1);
    expect(record.mock.calls[0][0]).toMatchObject({ title: "Strategi", version: 1 });
    expect(record.mock.calls[0][1]).toEqual(row);
    const history = await updates(municipalityId, s.id);
    expect(history.map((h) => [h.field, h.oldValue, h.newValue])).toEqual([["title", "Strategi", "Ny tittel"]]);
  });

  it("throws the caller's conflict for a stale version and writes nothing", async () => {
    const { municipalityId, strategy: s } = await tenantWithStrategy();
    await saveTitle({ municipalityId, id: s.id, version: 1, title: "Først" }).saved;
    const before = await stored(municipalityId, s.id);
    const historyRows = (await db().select().from(changeLog)).length;
    const { saved, conflict, record } = saveTitle({ municipalityId, id: s.id, version: 1, title: "For sent" });
    const error = await saved.catch((e: unknown) => e);
    expect(error).toBe(conflict.mock.results[0].value);
    expect((error as AppError).details).toEqual({ currentVersion: 2 });
    expect(conflict.mock.calls[0][0]).toMatchObject({ title: "Først", version: 2 });
    expect(record).not.toHaveBeenCalled();
    expect(await stored(municipalityId, s.id)).toEqual(before);
    expect((await db().select().from(changeLog)).length).toBe(historyRows);
  });

  it("is not_found for another municipality's row and leaves it alone", async () => {
    const a = await tenantWithStrategy();
    const b = await tenantWithStrategy();
    const { saved, record } = saveTitle({ municipalityId: a.municipalityId, id: b.strategy.id, version: 1, title: "Kapret" });
    await expect(saved).rejects.toMatchObject({ code: "not_found" });
    expect(record).not.toHaveBeenCalled();
    expect(await stored(b.municipalityId, b.strategy.id)).toEqual(b.strategy);
  });

  it("runs the caller's check on the locked row before writing; a failed check writes nothing", async () => {
    const { municipalityId, strategy: s } = await tenantWithStrategy();
    const check = vi.fn(async (current: Strategy) => {
      if (current.title === "Strategi") throw new AppError("validation");
    });
    const record = vi.fn(async () => 0);
    const saved = updateVersioned({
      table: strategy,
      municipalityId,
      id: s.id,
      version: 1,
      values: { title: "Annen" },
      conflict: () => new AppError("conflict"),
      check,
      record,
    });
    await expect(saved).rejects.toMatchObject({ code: "validation" });
    expect(check).toHaveBeenCalledTimes(1);
    expect(record).not.toHaveBeenCalled();
    expect(await stored(municipalityId, s.id)).toEqual(s);
  });

  it("writes in the caller's transaction, so a later failure there rolls the save back", async () => {
    const { municipalityId, strategy: s } = await tenantWithStrategy();
    const failed = db().transaction(async (tx) => {
      await updateVersioned({
        tx,
        table: strategy,
        municipalityId,
        id: s.id,
        version: 1,
        values: { title: "Rullet tilbake" },
        conflict: () => new AppError("conflict"),
        record: async () => 0,
      });
      throw new Error("later failure");
    });
    await expect(failed).rejects.toThrow("later failure");
    expect(await stored(municipalityId, s.id)).toEqual(s);
  });
});
