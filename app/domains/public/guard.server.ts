import { and, eq } from "drizzle-orm";
import { db } from "~/kit/db.server";
import { municipality } from "~/domains/tenancy/index.server";
import type { Lang } from "~/kit/i18n";
import { AppError } from "~/kit/errors";

export interface PublicContext {
  municipality: {
    id: string;
    code: string;
    name: string;
    language: Lang;
    showCosts: boolean;
    accessibilityStatementUrl: string | null;
  };
}

/**
 * The guard of the public plan page and open data. It never reads cookies or the Authorization header:
 * every visitor, signed in or not, gets the same answer. An unknown kommunenummer and a municipality that
 * has not opted in both throw the same not_found, so the answer does not tell whether the municipality exists.
 */
export async function requirePublicContext({ code }: { code: string | undefined }): Promise<PublicContext> {
  if (!code || !/^[0-9]{4}$/.test(code)) throw new AppError("not_found");
  const [row] = await db()
    .select({
      id: municipality.id,
      code: municipality.code,
      name: municipality.name,
      language: municipality.language,
      showCosts: municipality.publicShowCosts,
      accessibilityStatementUrl: municipality.accessibilityStatementUrl,
    })
    .from(municipality)
    .where(and(eq(municipality.code, code), eq(municipality.publicPlanEnabled, true)))
    .limit(1);
  if (!row) throw new AppError("not_found");
  return { municipality: row };
}
