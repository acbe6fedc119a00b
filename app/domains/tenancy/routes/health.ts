import { sql } from "drizzle-orm";
import { db } from "~/kit/db.server";
import { databaseKind } from "~/startup.server";

export async function loader() {
  await db().execute(sql`select 1`);
  return Response.json({ status: "ok", database: databaseKind() }, { headers: { "Cache-Control": "no-store" } });
}
