import pino from "pino";
import { migrate } from "../store/migrate";
import { DEMO_PASSWORD, type DemoLogin, seedDemoData } from "../store/seed";
import { buildApp } from "./app";
import type { ServerConfig } from "./config";
import { connectDatabase, StartupError } from "./database";
import { seedDemoClinicalHistory } from "./demo";
import { createDemoClock, seedDemoInfusions } from "./demo-infusions";

const SHUTDOWN_TIMEOUT_MS = 15_000;

export interface RunningServer {
  /** The address the server listens on, e.g. http://127.0.0.1:3000 */
  readonly url: string;
  /** Closes the HTTP server, then the pool, then the embedded database (if any). */
  stop(): Promise<void>;
}

function demoBanner(logins: readonly DemoLogin[]): string {
  const width = Math.max(...logins.map((l) => l.email.length));
  const rows = logins.map((l) => `  ${l.email.padEnd(width)}  ${l.role.padEnd(9)}  ${l.name} (${l.clinic})`);
  return [
    "",
    "Demo data created. These sign-ins are shown once; all use the password:",
    `  ${DEMO_PASSWORD}`,
    ...rows,
    "Set KETAGUARD_DEMO=0 to start without demo data.",
    "",
  ].join("\n");
}

/**
 * Starts Ketaguard: database (embedded unless DATABASE_URL), migrations, demo data, HTTP server. Stops
 * cleanly on SIGINT/SIGTERM. Throws a StartupError with a one-line reason when the database is unreachable,
 * the data directory is not writable or the port is taken.
 *
 * @example
 * await startServer(loadConfig(process.env));
 */
export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const logger = pino({ level: config.logLevel });
  const database = await connectDatabase(config, logger);
  const { db } = database;
  let app: Awaited<ReturnType<typeof buildApp>>["app"] | undefined;
  // The real time, except while the demo's past is recorded before the server listens.
  const clock = createDemoClock();
  let logins: DemoLogin[] = [];
  try {
    const applied = await migrate(db);
    if (applied.length > 0) logger.info(`applied migrations ${applied.join(", ")}`);
    if (config.demo) {
      const now = new Date();
      logins = await seedDemoData(db, { now });
      if (logins.length > 0) {
        // The demo's clinical history is a showcase, not a precondition: if today's rules refuse a demo case,
        // Ketaguard still starts, with the demo clinic and its patients.
        await seedDemoClinicalHistory(db, now).catch((err: unknown) =>
          logger.warn({ err }, "the demo clinical history was not recorded"),
        );
      }
    }
    ({ app } = await buildApp({
      db,
      databaseUrl: database.url,
      logLevel: config.logLevel,
      chairConfig: config.chairConfig,
      sessionIdleMinutes: config.sessionIdleMinutes,
      trustProxy: config.trustProxy,
      loginRateLimit: { max: config.loginAttemptsPerIp, windowMs: 15 * 60_000 },
      clock: clock.now,
    }));
    if (config.demo) {
      // Recorded through the app's own routes before it listens, so no one else sees the held clock. Checks
      // whether the past is already there itself, so a restart records nothing more.
      const built = app;
      // Hundreds of demo requests would bury the start-up messages; only problems are logged meanwhile.
      const level = built.log.level;
      built.log.level = "warn";
      await seedDemoInfusions(db, (r) => built.inject(r), clock, {
        sessionIdleMinutes: config.sessionIdleMinutes,
      })
        .catch((err: unknown) => logger.warn({ err }, "the demo's past infusions were not recorded"))
        .finally(() => {
          built.log.level = level;
        });
    }
    if (logins.length > 0) process.stdout.write(`${demoBanner(logins)}\n`);
    await app.listen({ port: config.port, host: config.host });
  } catch (err) {
    await app?.close();
    // A reused embedded database may belong to an instance that is still running: leave it be.
    await database.close({ stopEmbedded: !database.reusedEmbedded });
    const code = (err as { code?: string }).code;
    if (code === "EADDRINUSE") {
      throw new StartupError(
        `port ${config.port} on ${config.host} is already in use; set PORT to a free port`,
      );
    }
    if (code === "EACCES" || code === "EADDRNOTAVAIL") {
      throw new StartupError(`cannot listen on ${config.host}:${config.port} (${code}); check HOST and PORT`);
    }
    throw err;
  }
  const server = app;
  const address = server.server.address();
  const url = typeof address === "object" && address ? `http://${config.host}:${address.port}` : config.host;
  logger.info(`Ketaguard listening on ${url}`);

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      await server.close();
      await database.close({ stopEmbedded: true });
      logger.info("stopped");
    })();
    return stopping;
  };
  const onSignal = (signal: NodeJS.Signals) => {
    logger.info(`${signal} received, shutting down`);
    // Never hang on exit: whatever has not closed by then is abandoned.
    setTimeout(() => process.exit(1), SHUTDOWN_TIMEOUT_MS).unref();
    stop().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error(`shutdown failed: ${String(err)}`);
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  return { url, stop };
}
