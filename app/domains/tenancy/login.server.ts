import { randomUUID } from "node:crypto";
import { and, eq, gt, or, sql } from "drizzle-orm";
import { getConfig } from "~/kit/config.server";
import { db } from "~/kit/db.server";
import { loginAttempt } from "~/domains/tenancy/db.auth";
import { AppError } from "~/kit/errors";
import { parseInput } from "~/kit/validation";
import { getAuth } from "./auth.server";
import { changePasswordSchema, loginSchema } from "./login-schema";

/** Set by server.js from the socket, or from X-Forwarded-For when TRUST_PROXY=1. */
function clientAddress(request: Request): string {
  return request.headers.get("X-Retning-Client") ?? "unknown";
}

async function assertNotRateLimited({ email, ip }: { email: string; ip: string }) {
  const config = getConfig();
  const since = new Date(Date.now() - config.LOGIN_WINDOW_MINUTES * 60_000);
  const [row] = await db()
    .select({
      byEmail: sql<number>`count(*) filter (where ${loginAttempt.email} = ${email})::int`,
      byIp: sql<number>`count(*) filter (where ${loginAttempt.ipAddress} = ${ip})::int`,
    })
    .from(loginAttempt)
    .where(and(gt(loginAttempt.attemptedAt, since), or(eq(loginAttempt.email, email), eq(loginAttempt.ipAddress, ip))));
  if (Number(row.byEmail) >= config.LOGIN_MAX_ATTEMPTS || Number(row.byIp) >= config.LOGIN_MAX_ATTEMPTS * 10) {
    throw new AppError("rate_limited", { messageRef: { key: "error.rateLimited" } });
  }
}

/** Verifies credentials and returns the Set-Cookie headers of a new session. */
export async function signIn({ request, input }: { request: Request; input: unknown }) {
  const data = parseInput(loginSchema, input);
  const ip = clientAddress(request);
  await assertNotRateLimited({ email: data.email, ip });
  try {
    const { headers } = await getAuth().api.signInEmail({
      body: { email: data.email, password: data.password },
      headers: request.headers,
      returnHeaders: true,
    });
    await db().delete(loginAttempt).where(eq(loginAttempt.email, data.email));
    return { headers, redirectTo: data.redirectTo };
  } catch (error) {
    if (error instanceof AppError) throw error;
    await db().insert(loginAttempt).values({ id: randomUUID(), email: data.email, ipAddress: ip });
    throw new AppError("validation", { messageRef: { key: "auth.invalidCredentials" }, cause: error });
  }
}

export async function signOut({ request }: { request: Request }) {
  const { headers } = await getAuth().api.signOut({ headers: request.headers, returnHeaders: true });
  return headers;
}

export async function getSessionUser({ request }: { request: Request }) {
  const result = await getAuth().api.getSession({ headers: request.headers });
  if (!result) return null;
  return { id: result.user.id, name: result.user.name, email: result.user.email };
}

export async function changePassword({ request, input }: { request: Request; input: unknown }) {
  const data = parseInput(changePasswordSchema, input);
  try {
    const { headers } = await getAuth().api.changePassword({
      body: { currentPassword: data.currentPassword, newPassword: data.newPassword, revokeOtherSessions: true },
      headers: request.headers,
      returnHeaders: true,
    });
    return headers;
  } catch {
    throw new AppError("validation", { fieldErrors: { currentPassword: { key: "auth.wrongPassword" } } });
  }
}
