/**
 * Chair benchmark: projecting a 4-hour session with one monitor reading per second (14,400 readings plus
 * the gate, the infusion and a score every 15 minutes), the view the board and the session screen ask for
 * on every change.
 *
 * Method: build the chart once, fold the monitoring state once (as the server does when it loads a
 * session; timed separately), then time `projectSession` with that fold at the end of the infusion, after
 * a warm-up, and report the median and 95th percentile of 200 runs. Also timed: one new reading applied to
 * the fold (the live path) and `checksDue` alone. Run with `npx tsx bench/chair.ts`.
 */
import { performance } from "node:perf_hooks";
import { Chart, minute, sessionFacts } from "../src/clinical/chair/fixtures";
import { foldMonitoring, monitoringEvents } from "../src/clinical/chair/monitoring-events";
import { projectSession } from "../src/clinical/chair/project";
import { checksDue } from "../src/clinical/monitoring/schedule";

const READINGS = 4 * 3600;
const RUNS = 200;

function time(run: () => void): { median: number; p95: number } {
  for (let i = 0; i < 20; i++) run();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    run();
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(RUNS / 2)]!, p95: samples[Math.floor(RUNS * 0.95)]! };
}

const fmt = (ms: number) => `${ms.toFixed(2)} ms`;

const facts = sessionFacts();
const chart = new Chart().gateDone(minute(-5));
chart.add(minute(-1), { kind: "monitor", deviceId: "bay-3" });
chart.add(minute(0), { kind: "infusion-start", rateMgPerHour: 25 });
for (let s = 0; s < READINGS; s++) {
  const at = minute(0) + s * 1000;
  const wobble = Math.round(4 * Math.sin(s / 300));
  chart.add(
    at,
    { kind: "vitals", hr: 74 + wobble, sbp: 126 + wobble, dbp: 80, spo2: 98, rr: 14 },
    { source: "bay-3", recordedBy: null, recordedAt: at + 200 },
  );
  if (s % 900 === 0) {
    chart.add(at, { kind: "score", scale: "moaas", value: 5 });
    chart.add(at, { kind: "score", scale: "cadss6", value: 2 });
  }
}
const now = minute(240);
const entries = chart.entries;

const foldStart = performance.now();
const fold = foldMonitoring(null, entries);
const foldMs = performance.now() - foldStart;

const projection = time(() => projectSession(facts, entries, now, { monitoring: fold }));
const extra = chart.add(
  now,
  { kind: "vitals", hr: 75, sbp: 127, dbp: 80, spo2: 98, rr: 14 },
  { source: "bay-3", recordedBy: null },
);
const live = time(() => foldMonitoring(fold, [extra]));
chart.entries.pop();
const events = entries.flatMap((e) =>
  e.body.kind === "vitals" || e.body.kind === "score" ? monitoringEvents(e) : [],
);
const checks = time(() => checksDue(minute(0), events, now));

console.log(`Chart entries: ${entries.length} (${READINGS} monitor readings)`);
console.log(`Monitoring fold from scratch (load or correction): ${fmt(foldMs)}`);
console.log(
  `projectSession with the cached fold: median ${fmt(projection.median)}, p95 ${fmt(projection.p95)}`,
);
console.log(`One new reading applied to the fold: median ${fmt(live.median)}, p95 ${fmt(live.p95)}`);
console.log(`checksDue alone: median ${fmt(checks.median)}, p95 ${fmt(checks.p95)}`);
