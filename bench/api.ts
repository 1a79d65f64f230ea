/**
 * API benchmark: `GET /api/patients/:id` for a signed-in nurse, the read a clinician's screen makes most.
 *
 * Method: start the real server (embedded PostgreSQL in a throwaway folder, or DATABASE_URL when set; demo
 * data; log level warn), sign in once, then autocannon with 10 connections for 10 seconds sending the session
 * cookie. Every request is a full production path: session lookup, role check, the patient's current
 * version read and one hash-chained audit entry appended in the same transaction. `GET /api/users` as the
 * same nurse is refused (403) with one standalone `access.denied` entry, the path taken by appends that are
 * not part of a caller's transaction. For comparison, `GET /api/auth/me` is measured the same way: the same
 * session and access checks without a database transaction or audit entry. The load generator runs on the
 * same machine, sharing its cores. Run with `npx tsx bench/api.ts`.
 */
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { cpus, tmpdir, totalmem } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { loadConfig } from "../src/server/config";
import { startServer } from "../src/server/start";
import { DEMO_PASSWORD } from "../src/store/seed";

const CONNECTIONS = 10;
const DURATION_S = 10;

async function main(): Promise<void> {
  const dataDir = process.env.DATABASE_URL ? null : await mkdtemp(path.join(tmpdir(), "kg-bench-"));
  // The embedded server runs as the postgres user when we are root; it must be able to enter the folder.
  if (dataDir) await chmod(dataDir, 0o755);
  const config = loadConfig({
    ...process.env,
    PORT: "0",
    LOG_LEVEL: "warn",
    KETAGUARD_DEMO: "1",
    ...(dataDir ? { DATA_DIR: dataDir } : {}),
  });
  const server = await startServer(config);
  try {
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "nurse1@demo.ketaguard.test", password: DEMO_PASSWORD }),
    });
    if (!login.ok) throw new Error(`sign-in failed with ${login.status}`);
    const cookie = login.headers.get("set-cookie")!.split(";")[0]!;
    const search = await fetch(`${server.url}/api/patients?q=KG-1001`, { headers: { cookie } });
    const { items } = (await search.json()) as { items: { id: string }[] };
    const url = `${server.url}/api/patients/${items[0]!.id}`;

    const run = async (title: string, target: string, expectedStatus = 200) => {
      const r = await autocannon({
        url: target,
        connections: CONNECTIONS,
        duration: DURATION_S,
        headers: { cookie },
      });
      return [
        `${title} — ${CONNECTIONS} connections, ${DURATION_S} s, session cookie`,
        `  requests/s  ${r.requests.average.toFixed(0)} (total ${r.requests.total})`,
        `  latency     p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms`,
        `  other than ${expectedStatus}  ${r.requests.total - (r.statusCodeStats[expectedStatus]?.count ?? 0)}, errors ${r.errors}, timeouts ${r.timeouts}`,
      ];
    };
    const cpu = cpus();
    const lines = [
      ...(await run("GET /api/patients/:id (read + audit entry)", url)),
      ...(await run(
        "GET /api/users as a nurse (refused + standalone audit entry)",
        `${server.url}/api/users`,
        403,
      )),
      ...(await run("GET /api/auth/me (session check only, for comparison)", `${server.url}/api/auth/me`)),
      `machine   ${cpu[0]?.model ?? "unknown CPU"}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}`,
      `database  ${config.databaseUrl ? "DATABASE_URL" : "embedded PostgreSQL (fsync on)"}`,
    ];
    process.stdout.write(`${lines.join("\n")}\n`);
  } finally {
    await server.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
