import { sql } from "drizzle-orm";
import { db, getDatabase } from "~/kit/db.server";

export async function loader() {
  await db().execute(sql`select 1`);
  return Response.json({ status: "ok", database: getDatabase().kind }, { headers: { "Cache-Control": "no-store" } });
}
