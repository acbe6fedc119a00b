import type { TenancyWalk } from "~/kit/tenancy-walk";
import { createImport } from "./mutations.server";

export const tenancyWalk: TenancyWalk = {
  async seed({ municipality, principal, secret }) {
    const id = await createImport({
      municipalityId: municipality.id,
      principal,
      fileName: "b-plan.csv",
      bytes: Buffer.from(`Nr;Tiltak;Ansvarlig\nBS02;${secret} (import);B-ansvarlig\n`),
    });
    // The draft's first measure row and goal, as the review pages name them.
    return { import: id, importRow: "m-BS02", importGoal: "g-1" };
  },
  segments: { import: "import" },
  params: { rowId: "importRow", goalId: "importGoal" },
};
