import type { TenancyWalk } from "~/kit/tenancy-walk";
import { closeRound, openRound, publishStatusUpdate, saveStatusDraft } from "./mutations.server";

/** A closed round with a published report (and an internal comment), and an open round with a draft. */
export const tenancyWalk: TenancyWalk = {
  async seed({ municipality, principal, actor, seeded }) {
    const municipalityId = municipality.id;
    const closed = await openRound({ municipalityId, principal, actor, input: { title: "B-runde lukket", deadline: "2025-06-30" } });
    await publishStatusUpdate({
      municipalityId,
      measureId: seeded.measure,
      version: null,
      principal,
      actor,
      input: { periodLabel: "B-periode", overall: "red", roundId: closed.id, internalComment: "B-intern" },
    });
    await closeRound({ municipalityId, id: closed.id, version: 1, principal, actor });
    const open = await openRound({ municipalityId, principal, actor, input: { title: "B-runde", deadline: "2026-06-30" } });
    await saveStatusDraft({
      municipalityId,
      measureId: seeded.measure,
      version: null,
      principal,
      actor,
      input: { periodLabel: "B-utkast", overall: "green", roundId: open.id },
    });
    return { round: open.id, closedRound: closed.id };
  },
  segments: { reporting: "round", rounds: "closedRound" },
};
