/** How busy the whole machine is: the server, its database, the load generator and anyone else. */
import { readFile } from "node:fs/promises";

export interface CpuTimes {
  readonly busy: number;
  readonly total: number;
}

/** Cumulative CPU times of all cores from /proc/stat, in clock ticks. */
export async function machineCpu(): Promise<CpuTimes> {
  const first = (await readFile("/proc/stat", "utf8")).split("\n", 1)[0]!;
  // cpu user nice system idle iowait irq softirq steal …: idle and iowait are the time nothing ran.
  const ticks = first.trim().split(/\s+/).slice(1).map(Number);
  const total = ticks.reduce((s, t) => s + t, 0);
  return { busy: total - ticks[3]! - ticks[4]!, total };
}

/** Share of all cores busy between two readings, 0–1. */
export const busyShare = (from: CpuTimes, to: CpuTimes): number =>
  (to.busy - from.busy) / Math.max(1, to.total - from.total);
