import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../../../tests/setup/database";
import { db } from "~/kit/db.server";
import { createMunicipality } from "~/domains/tenancy/index.server";
import { recordChanges } from "./mutations.server";
import { listHistory } from "./queries.server";

useTestDatabase();

describe("recordChanges", () => {
  it("writes one row per changed field and nothing for unchanged ones", async () => {
    const m = await createMunicipality({ code: "1101", name: "Eigersund" });
    const entityId = crypto.randomUUID();
    await db().transaction(async (tx) => {
      await recordChanges({
        tx,
        municipalityId: m.id,
        entityType: "measure",
        entityId,
        before: null,
        after: { title: "A", tags: [] },
        fields: ["title", "tags"],
        actor: { userId: null, label: "test" },
      });
      await recordChanges({
        tx,
        municipalityId: m.id,
        entityType: "measure",
        entityId,
        before: { title: "A", tags: [], note: "" },
        after: { title: "B", tags: [], note: null },
        fields: ["title", "tags", "note"],
        actor: { userId: null, label: "test" },
      });
    });
    const history = await listHistory({ municipalityId: m.id, entityType: "measure", entityId });
    const updates = history.filter((h) => h.action === "update");
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({ field: "title", oldValue: "A", newValue: "B", actorLabel: "test" });
    expect(history.filter((h) => h.action === "create").map((h) => h.field)).toEqual(["title"]);
    const other = await createMunicipality({ code: "1102", name: "Annen" });
    expect(await listHistory({ municipalityId: other.id, entityType: "measure", entityId })).toEqual([]);
  });
});

describe("recordChanges value types", () => {
  it("keeps strings that look like numbers, booleans or JSON as strings", async () => {
    const m = await createMunicipality({ code: "1103", name: "Sokndal" });
    const entityId = crypto.randomUUID();
    await db().transaction(async (tx) => {
      await recordChanges({
        tx,
        municipalityId: m.id,
        entityType: "goal",
        entityId,
        before: { number: "1.10", title: "true", note: "{}" },
        after: { number: "2", title: "null", note: 3 },
        fields: ["number", "title", "note"],
        actor: { userId: null, label: null },
      });
    });
    const rows = await listHistory({ municipalityId: m.id, entityType: "goal", entityId });
    const byField = Object.fromEntries(rows.map((r) => [r.field, [r.oldValue, r.newValue]]));
    expect(byField).toEqual({ number: ["1.10", "2"], title: ["true", "null"], note: ["{}", 3] });
  });
});
