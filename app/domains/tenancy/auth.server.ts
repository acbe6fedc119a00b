import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { getConfig } from "~/kit/config.server";
import { type DatabaseHandle, getDatabase } from "~/kit/db.server";
import { account, session, user, verification } from "~/domains/tenancy/db.auth";

export const SESSION_COOKIE_PREFIX = "retning";
export const MIN_PASSWORD_LENGTH = 10;

function createAuth(handle: DatabaseHandle) {
  const config = getConfig();
  return betterAuth({
    database: drizzleAdapter(handle.db, { provider: "pg", schema: { user, session, account, verification } }),
    secret: config.sessionSecret,
    baseURL: config.baseUrl,
    emailAndPassword: { enabled: true, minPasswordLength: MIN_PASSWORD_LENGTH, maxPasswordLength: 200, autoSignIn: false },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    // Login is rate-limited by our own per-account and per-address counter (see login.server.ts).
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    logger: { disabled: true },
    advanced: {
      cookiePrefix: SESSION_COOKIE_PREFIX,
      useSecureCookies: config.baseUrl.startsWith("https://"),
      database: { generateId: () => crypto.randomUUID() },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;

const instances = new WeakMap<DatabaseHandle, Auth>();

export function getAuth(): Auth {
  const handle = getDatabase();
  let auth = instances.get(handle);
  if (!auth) {
    auth = createAuth(handle);
    instances.set(handle, auth);
  }
  return auth;
}
