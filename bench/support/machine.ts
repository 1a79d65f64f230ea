/** How busy the whole machine is: the server, its database, the load generator and anyone else. */
import { readdir, readFile } from "node:fs/promises";

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

const CLOCK_TICKS_PER_S = 100;

interface ProcessCpu {
  readonly ppid: number;
  /** Its own user + system time, in seconds. */
  readonly own: number;
  /** User + system time of its children that ended and were waited for (e.g. database backends). */
  readonly reaped: number;
}

async function processCpu(pid: number): Promise<ProcessCpu | null> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => null);
  if (stat === null) return null;
  // Fields after the parenthesised command name: state, ppid, …, utime, stime, cutime, cstime (14th–17th).
  const f = stat
    .slice(stat.lastIndexOf(")") + 2)
    .split(" ")
    .map(Number);
  return {
    ppid: f[1]!,
    own: (f[11]! + f[12]!) / CLOCK_TICKS_PER_S,
    reaped: (f[13]! + f[14]!) / CLOCK_TICKS_PER_S,
  };
}

/**
 * CPU seconds used so far by a process and by all its descendants (e.g. its database). Descendants that
 * ended are counted through their parent's reaped time, so the sum only grows as backends come and go.
 */
export async function treeCpuSeconds(root: number): Promise<{ own: number; descendants: number }> {
  const pids = (await readdir("/proc")).filter((d) => /^\d+$/.test(d)).map(Number);
  const all = new Map<number, ProcessCpu>();
  for (const pid of pids) {
    const cpu = await processCpu(pid);
    if (cpu) all.set(pid, cpu);
  }
  const inTree = (pid: number): boolean => {
    for (let p = all.get(pid)?.ppid; p !== undefined && p > 1; p = all.get(p)?.ppid)
      if (p === root) return true;
    return false;
  };
  let descendants = 0;
  for (const [pid, cpu] of all) if (inTree(pid)) descendants += cpu.own + cpu.reaped;
  return { own: all.get(root)?.own ?? 0, descendants };
}
