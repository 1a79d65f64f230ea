/**
 * Monitor-ingestion and live-alert benchmark: bedside monitors for N chairs posting vitals once per second
 * through their gateways while a floor board holds the live stream.
 *
 * Method: the server runs in a child process (`node bin/ketaguard.js serve`: its own embedded PostgreSQL in
 * a throwaway folder with fsync on, or DATABASE_URL when set; demo data; log level warn); this process is
 * the load generator and the board. Setup records N patients with a signed evaluation, an approved 4-hour
 * plan and a session on their own chair starting now, plus a gateway token; then, as a nurse over HTTP,
 * every session passes the gate, gets monitor `bay-<i>` bound and its infusion started.
 *
 * 1. Steady phase (`--minutes`): gateways of 20 chairs each post one normal reading per chair per second
 *    (a gateway that has a request in flight buffers and sends the backlog next). Every 0.5–1.5 s one random
 *    chair gets a threshold-crossing reading (SpO2 85 %, or BP 185/105) in a POST of its own; its latency is
 *    from sending that POST to the arrival of the matching `alert` event (`raised`, that session, that alert)
 *    on the board's stream. A chair is probed again only after its alert has cleared. The server's resident
 *    memory is sampled every 10 s.
 * 2. Saturation phase: on top of the steady load, posters each send batches of `--batch` readings for one
 *    gateway's chairs back to back; the number of posters doubles from 1 to 16 for 10 s each, then the
 *    best level runs for `--saturation-seconds`. Throughput counts readings the server answered as accepted
 *    (stored and committed) per second; each reading is one chart entry of five vital signs.
 *
 * Each phase also says where the machine's CPU went: the server process, its PostgreSQL (the embedded
 * server's processes), this load generator, and everything else running on the machine, so a figure taken
 * on a busy machine can be told from one taken on an idle one.
 *
 * Run with `npm run bench:ingest -- --chairs 200 --minutes 10` (defaults: 200 chairs, 2 minutes).
 * `--profile <dir>` writes a CPU profile of the server to that folder.
 */
import { randomUUID } from "node:crypto";
import { mkdir } from "node:fs/promises";
import { cpus, loadavg, totalmem } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { sql } from "kysely";
import { openDatabase } from "../src/store/db";
import { DEMO_PASSWORD } from "../src/store/seed";
import { startChildServer } from "./support/child";
import {
  eachLimited,
  type FleetSession,
  prepareChair,
  recordFleet,
  signIn,
  startInfusion,
} from "./support/fleet";
import { busyShare, machineCpu, treeCpuSeconds } from "./support/machine";
import { type AlertEvent, openBoardStream } from "./support/sse";
import { distribution, slope } from "./support/stats";

const { values: args } = parseArgs({
  options: {
    chairs: { type: "string", default: "200" },
    minutes: { type: "string", default: "2" },
    batch: { type: "string", default: "500" },
    "saturation-seconds": { type: "string", default: "30" },
    profile: { type: "string" },
  },
});
const CHAIRS = Number(args.chairs);
const MINUTES = Number(args.minutes);
const BATCH = Number(args.batch);
const SATURATION_S = Number(args["saturation-seconds"]);
const CHAIRS_PER_GATEWAY = 20;
const MEMORY_EVERY_MS = 10_000;
const PROBE_MIN_MS = 500;
const PROBE_SPREAD_MS = 1_000;
const PROBE_TIMEOUT_MS = 10_000;
const RAMP_STEP_S = 10;
const MAX_POSTERS = 16;
/** More posters are chosen only when they add at least this much throughput over fewer. */
const RAMP_GAIN = 1.05;

const TARGET = { p99Ms: 100, readingsPerS: 5_000, memorySlopeMiBPerMin: 1 } as const;

type Vitals = { hr: number; sbp: number; dbp: number; spo2: number; rr: number };
const CROSSINGS: readonly { family: string; vitals: Vitals }[] = [
  { family: "spo2-low", vitals: { hr: 76, sbp: 124, dbp: 78, spo2: 85, rr: 14 } },
  { family: "bp-high", vitals: { hr: 84, sbp: 185, dbp: 105, spo2: 97, rr: 15 } },
];

const wobble = (centre: number, spread: number) => centre + Math.round((Math.random() * 2 - 1) * spread);
const normalVitals = (): Vitals => ({
  hr: wobble(74, 6),
  sbp: wobble(122, 7),
  dbp: wobble(76, 5),
  spo2: wobble(97, 1),
  rr: wobble(14, 2),
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Reading extends Vitals {
  readonly deviceId: string;
  readonly clientId: string;
  readonly at: string;
}
const reading = (s: FleetSession, vitals: Vitals = normalVitals()): Reading => ({
  deviceId: s.deviceId,
  clientId: randomUUID(),
  at: new Date().toISOString(),
  ...vitals,
});

interface Answer {
  readonly accepted: number;
  readonly duplicates: number;
  readonly rejected: readonly { index: number; reason: string }[];
}

/** Totals of everything posted, so each phase can take the difference over its window. */
const posted = { accepted: 0, rejected: 0, failed: 0 };
const rejections = new Map<string, number>();

async function main(): Promise<void> {
  const profileDir = args.profile ? path.resolve(args.profile) : null;
  if (profileDir) await mkdir(profileDir, { recursive: true });
  process.stdout.write(`starting the server (${CHAIRS} chairs, ${MINUTES} min steady)…\n`);
  const server = await startChildServer(profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : []);
  let stopping = false;
  const timers = new Set<NodeJS.Timeout>();
  const onSignal = () => {
    if (stopping) return;
    stopping = true;
    for (const t of timers) clearInterval(t);
    void server.stop().finally(() => process.exit(130));
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);

  const db = openDatabase(server.databaseUrl, { poolSize: 2 });
  try {
    const cores = cpus().length;
    const databaseLabel = server.database === "embedded" ? "PostgreSQL" : "(external database not measured)";
    const pgVersion = (await sql<{ v: string }>`select version() as v`.execute(db)).rows[0]!.v;
    const setupStart = performance.now();
    const fleet = await recordFleet(db, CHAIRS, new Date());
    const nurse = await signIn(server.url, "nurse1@demo.ketaguard.test", DEMO_PASSWORD);
    await eachLimited(fleet.sessions, 8, (s) => prepareChair(nurse, s));

    const gatewayHeaders = {
      authorization: `Bearer ${fleet.gatewayToken}`,
      "content-type": "application/json",
    };
    /** Posts a batch as a gateway; returns how long the server took to answer. */
    const post = async (readings: readonly Reading[]): Promise<{ ms: number }> => {
      const t = performance.now();
      try {
        const res = await fetch(`${server.url}/api/monitor/readings`, {
          method: "POST",
          headers: gatewayHeaders,
          body: JSON.stringify({ readings }),
        });
        if (!res.ok) {
          posted.failed += readings.length;
          const detail = `HTTP ${res.status}: ${(await res.text()).slice(0, 200)}`;
          rejections.set(detail, (rejections.get(detail) ?? 0) + readings.length);
          return { ms: performance.now() - t };
        }
        const answer = (await res.json()) as Answer;
        posted.accepted += answer.accepted;
        posted.rejected += answer.rejected.length;
        for (const r of answer.rejected) rejections.set(r.reason, (rejections.get(r.reason) ?? 0) + 1);
        return { ms: performance.now() - t };
      } catch (err) {
        posted.failed += readings.length;
        const detail = (err as Error).message;
        rejections.set(detail, (rejections.get(detail) ?? 0) + readings.length);
        return { ms: performance.now() - t };
      }
    };

    // The board, and the alerts it hears.
    const active = new Set<string>(); // `${sessionId} ${family}` with an alert on the board
    const pending = new Map<string, { family: string; sentAt: number; phase: string }>();
    const alertLatency = new Map<string, number[]>();
    let missedProbes = 0;
    const onAlert = (e: AlertEvent, arrivedAt: number) => {
      const key = `${e.sessionId} ${e.alert.key}`;
      if (e.change === "cleared") active.delete(key);
      if (e.change !== "raised") return;
      active.add(key);
      const probe = pending.get(e.sessionId);
      if (probe && probe.family === e.alert.key) {
        pending.delete(e.sessionId);
        const list = alertLatency.get(probe.phase) ?? [];
        list.push(arrivedAt - probe.sentAt);
        alertLatency.set(probe.phase, list);
      }
    };
    const board = await openBoardStream(server.url, nurse.headers, onAlert);

    // Gateways: one reading per chair per second, a backlog sent when the previous request is in flight.
    const gateways: FleetSession[][] = [];
    for (let i = 0; i < fleet.sessions.length; i += CHAIRS_PER_GATEWAY) {
      gateways.push(fleet.sessions.slice(i, i + CHAIRS_PER_GATEWAY));
    }
    const steadyLatency: number[] = [];
    for (const chairs of gateways) {
      const queue: Reading[] = [];
      let busy = false;
      const tick = async () => {
        for (const s of chairs) queue.push(reading(s));
        if (busy) return;
        busy = true;
        while (queue.length > 0) {
          const { ms } = await post(queue.splice(0, 1000));
          steadyLatency.push(ms);
        }
        busy = false;
      };
      // Gateways are not in step with each other: spread their seconds.
      await sleep(1000 / gateways.length);
      timers.add(setInterval(() => void tick(), 1000));
    }
    // Readings flow before the start, as when the monitor is attached before the pump.
    await sleep(2000);
    await eachLimited(fleet.sessions, 8, (s) => startInfusion(nurse, s));
    const setupS = (performance.now() - setupStart) / 1000;
    await sleep(5000);

    // Threshold-crossing probes, throughout both phases.
    let phase = "steady";
    const probeLatency = new Map<string, number[]>();
    let probing = true;
    const probeLoop = (async () => {
      while (probing) {
        await sleep(PROBE_MIN_MS + Math.random() * PROBE_SPREAD_MS);
        const now = performance.now();
        for (const [id, p] of pending) {
          if (now - p.sentAt > PROBE_TIMEOUT_MS) {
            pending.delete(id);
            missedProbes++;
          }
        }
        const crossing = CROSSINGS[Math.floor(Math.random() * CROSSINGS.length)]!;
        const free = fleet.sessions.filter(
          (s) => !pending.has(s.sessionId) && !active.has(`${s.sessionId} ${crossing.family}`),
        );
        const s = free[Math.floor(Math.random() * free.length)];
        if (!s || !probing) continue;
        const sentIn = phase;
        pending.set(s.sessionId, { family: crossing.family, sentAt: performance.now(), phase: sentIn });
        void post([reading(s, crossing.vitals)]).then(({ ms }) => {
          const list = probeLatency.get(sentIn) ?? [];
          list.push(ms);
          probeLatency.set(sentIn, list);
        });
      }
    })();

    // Memory and CPU of the server, sampled through both phases.
    const memory: { x: number; y: number }[] = [];
    const sampleMemory = async () => {
      memory.push({ x: performance.now() / 60_000, y: await server.rssMiB() });
    };
    await sampleMemory();
    timers.add(setInterval(() => void sampleMemory(), MEMORY_EVERY_MS));

    /** Readings stored per second over a window, and where the machine's CPU went meanwhile. */
    const window = async (seconds: number) => {
      const cpuNow = async () => ({
        tree: await treeCpuSeconds(server.pid),
        bench: process.cpuUsage(),
        machine: await machineCpu(),
      });
      const before = { ...posted, cpu: await cpuNow(), t: performance.now() };
      await sleep(seconds * 1000);
      const after = await cpuNow();
      const s = (performance.now() - before.t) / 1000;
      const share = (cpuSeconds: number) => cpuSeconds / s / cores;
      const own = share(after.tree.own - before.cpu.tree.own);
      const database = share(after.tree.descendants - before.cpu.tree.descendants);
      const used = process.cpuUsage(before.cpu.bench);
      const bench = share((used.user + used.system) / 1e6);
      const busy = busyShare(before.cpu.machine, after.machine);
      const pct = (x: number) => `${(100 * x).toFixed(0)} %`;
      return {
        seconds: s,
        acceptedPerS: (posted.accepted - before.accepted) / s,
        rejected: posted.rejected - before.rejected,
        failed: posted.failed - before.failed,
        cpu: `machine ${pct(busy)} busy of ${cores} cores: server ${pct(own)}, ${databaseLabel} ${pct(database)}, load generator ${pct(bench)}, other ${pct(Math.max(0, busy - own - database - bench))}`,
      };
    };

    process.stdout.write(`setup done in ${setupS.toFixed(0)} s; steady phase…\n`);
    const steadyFrom = memory.length - 1;
    steadyLatency.length = 0;
    const steady = await window(MINUTES * 60);
    const steadyMemory = memory.slice(steadyFrom);
    const steadyPosts = distribution(steadyLatency.splice(0));

    // Saturation: posters on top of the steady floor, doubling while throughput still grows.
    phase = "saturation";
    let posters = 0;
    let saturating = true;
    const saturationLatency: number[] = [];
    const poster = async (group: readonly FleetSession[]) => {
      const perChair = Math.max(1, Math.floor(BATCH / group.length));
      while (saturating) {
        const batch: Reading[] = [];
        for (const s of group) for (let k = 0; k < perChair; k++) batch.push(reading(s));
        const { ms } = await post(batch);
        saturationLatency.push(ms);
      }
    };
    const running: Promise<void>[] = [];
    const addPosters = (n: number) => {
      for (; n > 0; n--) running.push(poster(gateways[posters++ % gateways.length]!));
    };
    const ramp: { posters: number; acceptedPerS: number }[] = [];
    let best = { posters: 0, acceptedPerS: 0 };
    for (let level = 1; level <= MAX_POSTERS; level *= 2) {
      addPosters(level - posters);
      const w = await window(RAMP_STEP_S);
      ramp.push({ posters: level, acceptedPerS: w.acceptedPerS });
      process.stdout.write(`  ${level} posters: ${w.acceptedPerS.toFixed(0)} readings/s; ${w.cpu}\n`);
      // Every level is tried: on a shared machine one bad window must not end the search.
      if (w.acceptedPerS > best.acceptedPerS * RAMP_GAIN)
        best = { posters: level, acceptedPerS: w.acceptedPerS };
    }
    saturating = false;
    await Promise.all(running.splice(0));
    posters = 0;
    saturating = true;
    await sleep(3000);
    saturationLatency.length = 0;
    addPosters(best.posters);
    const sustained = await window(SATURATION_S);
    const saturationPosts = distribution(saturationLatency);
    saturating = false;
    probing = false;
    await Promise.all([...running, probeLoop]);
    for (const t of timers) clearInterval(t);
    await sampleMemory();
    board.close();

    const cpu = cpus();
    const ms = (n: number) => `${n.toFixed(1)} ms`;
    const verdict = (ok: boolean) => (ok ? "PASS" : "FAIL");
    const alertsAt = (p: string) => distribution(alertLatency.get(p) ?? []);
    const steadyAlerts = alertsAt("steady");
    const saturationAlerts = alertsAt("saturation");
    const memSlope = slope(steadyMemory);
    const memValues = steadyMemory.map((m) => m.y);
    const line = (d: ReturnType<typeof distribution>) =>
      `p50 ${ms(d.p50)}, p95 ${ms(d.p95)}, p99 ${ms(d.p99)}, max ${ms(d.max)} (${d.count})`;
    const lines = [
      "",
      `Monitor ingestion — ${CHAIRS} chairs, ${gateways.length} gateways of ${CHAIRS_PER_GATEWAY}, one reading per chair per second, one board on the live stream`,
      `steady phase ${MINUTES} min: ${steady.acceptedPerS.toFixed(0)} readings/s stored, ${steady.rejected} rejected, ${steady.failed} failed; ${steady.cpu}`,
      `  gateway POST latency      ${line(steadyPosts)}`,
      `  alert on the board        ${line(steadyAlerts)}  target p99 ≤ ${TARGET.p99Ms} ms  ${verdict(steadyAlerts.p99 <= TARGET.p99Ms)}`,
      `  crossing POST latency     ${line(distribution(probeLatency.get("steady") ?? []))}`,
      `  server memory (RSS)       start ${memValues[0]!.toFixed(0)} MiB, end ${memValues.at(-1)!.toFixed(0)} MiB, max ${Math.max(...memValues).toFixed(0)} MiB, slope ${memSlope.toFixed(2)} MiB/min  target ≤ ${TARGET.memorySlopeMiBPerMin} MiB/min  ${verdict(memSlope <= TARGET.memorySlopeMiBPerMin)}`,
      `saturation (batches of ${BATCH} readings, posters added on top of the steady load): ${ramp.map((r) => `${r.posters} → ${r.acceptedPerS.toFixed(0)}/s`).join(", ")}`,
      `  sustained ${sustained.seconds.toFixed(0)} s with ${best.posters} posters: ${sustained.acceptedPerS.toFixed(0)} readings/s stored (${(sustained.acceptedPerS * 5).toFixed(0)} vital-sign values/s), ${sustained.rejected} rejected, ${sustained.failed} failed  target ≥ ${TARGET.readingsPerS} readings/s  ${verdict(sustained.acceptedPerS >= TARGET.readingsPerS)}`,
      `  ${sustained.cpu}`,
      `  batch POST latency        ${line(saturationPosts)}`,
      `  alert on the board        ${line(saturationAlerts)}`,
      `alerts missed (no event within ${PROBE_TIMEOUT_MS / 1000} s): ${missedProbes}; board stream: ${board.counts.cards} cards, ${board.counts.alerts} alerts, ${(board.counts.bytes / 2 ** 20).toFixed(1)} MiB`,
      ...[...rejections].map(([reason, n]) => `  not stored ×${n}: ${reason}`),
      `setup ${setupS.toFixed(0)} s; server memory after saturation ${memory.at(-1)!.y.toFixed(0)} MiB; load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")}`,
      `machine   ${cpu[0]?.model ?? "unknown CPU"}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}`,
      `database  ${server.database === "embedded" ? "embedded PostgreSQL (fsync on)" : "DATABASE_URL"}: ${pgVersion.split(" on ")[0]}`,
      `date      ${new Date().toISOString().slice(0, 10)}`,
    ];
    process.stdout.write(`${lines.join("\n")}\n`);
  } finally {
    await db.destroy();
    if (!stopping) await server.stop();
  }
}

await main();
