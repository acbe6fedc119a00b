import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/** Empty variables count as unset (a deployment template often sets them to ""). */
const optionalEnv = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

// The optional model assist for plan import (docs/import.md): an OpenAI-compatible endpoint, e.g. http://localhost:8080/v1.
const llmEnvSchema = z.object({
  LLM_BASE_URL: optionalEnv(z.url({ protocol: /^https?$/u })),
  LLM_API_KEY: optionalEnv(z.string()),
  LLM_MODEL: optionalEnv(z.string()),
});

const envSchema = llmEnvSchema.extend({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATA_DIR: z.string().default("./data"),
  DATABASE_URL: z.string().optional(),
  SESSION_SECRET: z.string().min(32).optional(),
  APP_URL: z.string().url().optional(),
  DEMO: z.enum(["0", "1"]).default("1"),
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(1_000_000),
  LOGIN_MAX_ATTEMPTS: z.coerce.number().int().positive().default(5),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().positive().default(15),
  TRUST_PROXY: z.enum(["0", "1"]).default("0"),
  NODE_ENV: z.string().default("development"),
  // E-mail for reminders: an SMTP URL (smtp://user:pass@host:587 or smtps://…) and the sender address.
  SMTP_URL: z.string().url().optional(),
  SMTP_FROM: z.string().min(3).optional(),
});

export type AppConfig = z.infer<typeof envSchema> & { sessionSecret: string; baseUrl: string; dataDir: string };

let cached: AppConfig | undefined;

function readOrCreateSecret(dataDir: string): string {
  const file = path.join(dataDir, ".session-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("hex");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export function getConfig(): AppConfig {
  if (cached) return cached;
  const env = envSchema.parse(process.env);
  const dataDir = path.resolve(env.DATA_DIR);
  cached = {
    ...env,
    dataDir,
    sessionSecret: env.SESSION_SECRET ?? readOrCreateSecret(dataDir),
    baseUrl: env.APP_URL ?? `http://localhost:${env.PORT}`,
  };
  return cached;
}

export interface LlmConfig {
  /** Base URL of the OpenAI-compatible API, without a trailing slash ("http://localhost:8080/v1"). */
  baseUrl: string;
  /** Sent as a Bearer token when set. */
  apiKey: string | null;
  model: string;
}

export const DEFAULT_LLM_MODEL = "default";

/** The model endpoint for the plan-import assist, or null when LLM_BASE_URL is not set. Reads only the LLM_* variables. */
export function getLlmConfig(env: NodeJS.ProcessEnv = process.env): LlmConfig | null {
  const parsed = llmEnvSchema.parse(env);
  if (parsed.LLM_BASE_URL === undefined) return null;
  return { baseUrl: parsed.LLM_BASE_URL.replace(/\/+$/u, ""), apiKey: parsed.LLM_API_KEY ?? null, model: parsed.LLM_MODEL ?? DEFAULT_LLM_MODEL };
}
