import { eq } from "drizzle-orm";
import { db } from "~/kit/db.server";
import type { TenancyWalk } from "~/kit/tenancy-walk";
import { membership } from "./db";
import { addMember } from "./mutations.server";

export const tenancyWalk: TenancyWalk = {
  async seed({ municipality, principal }) {
    await addMember({ municipalityId: municipality.id, principal, input: { email: "b@b.no", name: "B Admin", role: "admin", password: "passord-b-123456" } });
    const [member] = await db().select().from(membership).where(eq(membership.municipalityId, municipality.id));
    return { membership: member.id, code: municipality.code };
  },
  params: { membershipId: "membership" },
};
