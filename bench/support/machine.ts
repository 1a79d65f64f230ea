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

/** CPU seconds (user + system) of one process from /proc/<pid>/stat, with its parent's pid. */
async function processCpu(pid: number): Promise<{ ppid: number; seconds: number } | null> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => null);
  if (stat === null) return null;
  // Fields after the parenthesised command name: state, ppid, …, utime (14th field), stime (15th).
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return { ppid: Number(fields[1]), seconds: (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_S };
}

export interface TreeCpu {
  readonly own: number;
  /** By pid: descendants come and go (database workers), so a window compares them pid by pid. */
  readonly descendants: ReadonlyMap<number, number>;
}

/** CPU seconds used so far by a process and by each of its descendants (e.g. its database). */
export async function treeCpuSeconds(root: number): Promise<TreeCpu> {
  const pids = (await readdir("/proc")).filter((d) => /^\d+$/.test(d)).map(Number);
  const all = new Map<number, { ppid: number; seconds: number }>();
  for (const pid of pids) {
    const cpu = await processCpu(pid);
    if (cpu) all.set(pid, cpu);
  }
  const inTree = (pid: number): boolean => {
    for (let p = all.get(pid)?.ppid; p !== undefined && p > 1; p = all.get(p)?.ppid)
      if (p === root) return true;
    return false;
  };
  const descendants = new Map<number, number>();
  for (const [pid, cpu] of all) if (inTree(pid)) descendants.set(pid, cpu.seconds);
  return { own: all.get(root)?.seconds ?? 0, descendants };
}

/** CPU seconds the descendants used between two readings (a process that ended meanwhile is left out). */
export function descendantsUsed(from: TreeCpu, to: TreeCpu): number {
  let used = 0;
  for (const [pid, seconds] of to.descendants) used += seconds - (from.descendants.get(pid) ?? 0);
  return used;
}
