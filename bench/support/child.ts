/**
 * The server under test in a child process (`node bin/ketaguard.js serve`), so the figures are the server's
 * and not the load generator's: its own embedded PostgreSQL in a throwaway folder (fsync on), or the
 * DATABASE_URL of the bench's environment when set.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { chmod, mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { type EmbeddedPostgresHandle, startEmbeddedPostgres } from "../../src/store/embedded";

export interface ChildServer {
  readonly url: string;
  /** Where the bench connects to set up data: the same database the server uses. */
  readonly databaseUrl: string;
  readonly database: "embedded" | "DATABASE_URL";
  readonly pid: number;
  /** Resident memory of the server process, in MiB. */
  rssMiB(): Promise<number>;
  /** Stops the server (which stops its embedded PostgreSQL) and removes the throwaway folder. */
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 20_000;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once("exit", () => resolve());
  });

async function waitReady(url: string, child: ChildProcess, stderr: () => string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}: ${stderr()}`);
    const ok = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server was not ready within ${READY_TIMEOUT_MS / 1000} s: ${stderr()}`);
}

/**
 * Starts the server with demo data (its staff sign in for the bench) and waits until it answers.
 * @param nodeArgs extra flags for the server's Node, e.g. `--cpu-prof`.
 */
export async function startChildServer(nodeArgs: readonly string[] = []): Promise<ChildServer> {
  const external = process.env.DATABASE_URL;
  const dataDir = external ? null : await mkdtemp(path.join(tmpdir(), "kg-ingest-"));
  // The embedded server runs as the postgres user when we are root; it must be able to enter the folder.
  if (dataDir) await chmod(dataDir, 0o755);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [...nodeArgs, "bin/ketaguard.js", "serve"], {
    cwd: path.resolve(import.meta.dirname, "../.."),
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
      KETAGUARD_DEMO: "1",
      ...(dataDir ? { DATA_DIR: dataDir } : {}),
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let errors = "";
  child.stderr!.on("data", (chunk: Buffer) => {
    errors = (errors + chunk.toString()).slice(-4000);
    process.stderr.write(chunk);
  });
  let embedded: EmbeddedPostgresHandle | null = null;
  let stopped: Promise<void> | null = null;
  const stop = () => {
    stopped ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        const timeout = new Promise<"timeout">((r) =>
          setTimeout(() => r("timeout"), STOP_TIMEOUT_MS).unref(),
        );
        if ((await Promise.race([exited(child), timeout])) === "timeout") {
          child.kill("SIGKILL");
          await exited(child);
        }
      }
      // A server killed before it stopped its database leaves the postmaster running: stop it here.
      if (dataDir) {
        const pidFile = path.join(dataDir, "pg", "postmaster.pid");
        if (
          await readFile(pidFile).then(
            () => true,
            () => false,
          )
        )
          await embedded?.stop();
        await rm(dataDir, { recursive: true, force: true });
      }
    })();
    return stopped;
  };
  try {
    await waitReady(url, child, () => errors);
    // The server's embedded PostgreSQL is running: asking for it again finds it and hands back its URL.
    if (dataDir) {
      embedded = await startEmbeddedPostgres({ dataDir, logger: { info: () => {}, warn: () => {} } });
    }
  } catch (err) {
    await stop();
    throw err;
  }
  return {
    url,
    databaseUrl: external ?? embedded!.url,
    database: external ? "DATABASE_URL" : "embedded",
    pid: child.pid!,
    async rssMiB() {
      const status = await readFile(`/proc/${child.pid}/status`, "utf8");
      const kb = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1] ?? Number.NaN);
      return kb / 1024;
    },
    stop,
  };
}
