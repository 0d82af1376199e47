import { z } from "zod";

/** Environment, validated once at start: a bad value stops the process with a message naming the variable. */
const port = z.coerce.number().int().min(0).max(65535);
const bool = z.enum(["true", "false", "1", "0"]).transform((v) => v === "true" || v === "1");

export const ConfigSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: port.default(4000),
  HOST: z.string().default("0.0.0.0"),
  PHOTO_PORT: port.optional(),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default(".data"),
  EMBEDDED_PG_PORT: port.default(54329),
  SEED_DEMO: bool.default(true),
  JWT_SECRET: z.string().min(32, "JWT_SECRET must be at least 32 characters").optional(),
  TOKEN_TTL: z.string().regex(/^\d+[smhd]$/, "TOKEN_TTL like 15m, 12h or 7d").default("12h"),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default("Backoffice <no-reply@localhost>"),
  FCM_SERVER_KEY: z.string().optional(),
  FCM_URL: z.string().url().default("https://fcm.googleapis.com/fcm/send"),
  REDIS_URL: z.string().url().optional(),
  PRINT_PORT: port.optional(),
  STORAGE_DIR: z.string().optional(),
  S3_ENDPOINT: z.string().url().optional(),
  S3_BUCKET: z.string().optional(),
  S3_REGION: z.string().default("auto"),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  /** lists queued mails at /dev/outbox, to loopback callers only (they contain OTPs and reset links) */
  DEV_OUTBOX: bool.default(false),
  /** browser origins allowed to call with credentials (cookies); without it any origin may call without them */
  CORS_ORIGINS: z.string().default("").transform((v) => v.split(",").map((s) => s.trim()).filter(Boolean)),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().positive().default(10),
  GRAPHQL_MAX_COST: z.coerce.number().int().positive().default(5000),
  BODY_LIMIT_BYTES: z.coerce.number().int().positive().default(1_000_000),
  AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(20),
});

/** The validated kernel settings, plus the raw environment each system parses its own settings from. */
export type Config = z.infer<typeof ConfigSchema> & { env: Record<string, string | undefined> };

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return { ...parsed.data, env: { ...env } };
}
