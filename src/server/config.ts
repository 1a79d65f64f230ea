/** Settings read from the environment; every variable is listed in docs/architecture.md. */
import {
  type ChairConfig,
  type ChairOverrides,
  configureChair,
  DEFAULT_CHAIR_CONFIG,
} from "../clinical/chair/config";

export interface ServerConfig {
  /** PORT (default 3000) */
  readonly port: number;
  /** HOST (default 127.0.0.1: reachable from this machine only; set 0.0.0.0 to listen on all interfaces) */
  readonly host: string;
  /** DATABASE_URL; when unset, the embedded PostgreSQL under DATA_DIR is used. */
  readonly databaseUrl: string | null;
  /** DATA_DIR (default ./data): the embedded database's files. */
  readonly dataDir: string;
  /** KETAGUARD_DEMO (default on; `0` turns it off): create the demo clinics on an empty database. */
  readonly demo: boolean;
  /** SESSION_IDLE_MINUTES (default 30) */
  readonly sessionIdleMinutes: number;
  /** LOG_LEVEL (default info): fatal, error, warn, info, debug, trace or silent. */
  readonly logLevel: string;
  /** TRUST_PROXY (default off; `1` when behind a reverse proxy that sets X-Forwarded-For/-Proto). */
  readonly trustProxy: boolean;
  /** LOGIN_ATTEMPTS_PER_IP (default 20): sign-in attempts allowed per client address per 15 minutes. */
  readonly loginAttemptsPerIp: number;
  /**
   * KETAGUARD_CHAIR_SETTINGS (default: the knowledge base's values): JSON of the chair's own limits and timings
   * to change, e.g. `{"chair":{"chair.timing.feed-stale":60},"monitoring":{"timing.no-vitals":120}}`
   * (ids in docs/clinical/chair.md and monitoring.md). Unknown ids and negative values are refused.
   */
  readonly chairConfig: ChairConfig;
}

function chairSettings(env: NodeJS.ProcessEnv): ChairConfig {
  const raw = env.KETAGUARD_CHAIR_SETTINGS;
  if (!raw) return DEFAULT_CHAIR_CONFIG;
  try {
    return configureChair(JSON.parse(raw) as ChairOverrides);
  } catch (err) {
    throw new ConfigError(`KETAGUARD_CHAIR_SETTINGS is not usable: ${(err as Error).message}`);
  }
}

/** A configuration problem, stated in one line. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, not "${raw}"`);
  }
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (["1", "true", "yes", "on"].includes(raw.toLowerCase())) return true;
  if (["0", "false", "no", "off"].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be 1 or 0, not "${raw}"`);
}

/**
 * Reads and checks the configuration. Throws a ConfigError naming the first bad variable.
 *
 * @example
 * const config = loadConfig(process.env);
 */
export function loadConfig(env: NodeJS.ProcessEnv): ServerConfig {
  const logLevel = env.LOG_LEVEL || "info";
  if (!LOG_LEVELS.includes(logLevel))
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}`);
  const databaseUrl = env.DATABASE_URL || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError("DATABASE_URL must start with postgres:// or postgresql://");
  }
  return {
    port: integer(env, "PORT", 3000, 0, 65_535),
    host: env.HOST || "127.0.0.1",
    databaseUrl,
    dataDir: env.DATA_DIR || "./data",
    demo: flag(env, "KETAGUARD_DEMO", true),
    sessionIdleMinutes: integer(env, "SESSION_IDLE_MINUTES", 30, 1, 24 * 60),
    logLevel,
    trustProxy: flag(env, "TRUST_PROXY", false),
    loginAttemptsPerIp: integer(env, "LOGIN_ATTEMPTS_PER_IP", 20, 1, 100_000),
    chairConfig: chairSettings(env),
  };
}
