/**
 * Corrections: an entry that amends another replaces its body (same kind) or withdraws it
 * (`entered-in-error`). The original always stays in the history; only the effective entries feed the
 * projection.
 */
import type { ChartEntry, EntryBody } from "./entries";
import type { HistoryEntry } from "./view";

const bySeq = (a: ChartEntry, b: ChartEntry): number => a.seq - b.seq;

/** Whether an entry corrects another. */
export const isCorrection = (e: ChartEntry): boolean => e.amends !== null;

/**
 * Every original entry in recording order, with its corrections and the body in force. Corrections are
 * applied in recording order; once an entry is withdrawn, later corrections to it change nothing.
 */
export function history(entries: readonly ChartEntry[]): HistoryEntry[] {
  const correctionsOf = new Map<string, ChartEntry[]>();
  for (const e of entries) {
    if (e.amends === null) continue;
    const list = correctionsOf.get(e.amends);
    if (list) list.push(e);
    else correctionsOf.set(e.amends, [e]);
  }
  return entries
    .filter((e) => e.amends === null)
    .sort(bySeq)
    .map((entry) => {
      const corrections = (correctionsOf.get(entry.id) ?? []).sort(bySeq);
      let current: EntryBody = entry.body;
      let status: HistoryEntry["status"] = "current";
      for (const c of corrections) {
        if (status === "entered-in-error") break;
        if (c.body.kind === "entered-in-error") status = "entered-in-error";
        else if (c.body.kind === entry.body.kind) {
          current = c.body;
          status = "amended";
        }
      }
      return { entry, current, status, corrections };
    });
}

/**
 * The entries the projection reads, in recording order: each original with its latest amendment's body,
 * withdrawn entries left out. Corrections themselves are not effective entries.
 */
export function effectiveEntries(entries: readonly ChartEntry[]): ChartEntry[] {
  if (!entries.some(isCorrection)) return [...entries].sort(bySeq);
  return history(entries)
    .filter((h) => h.status !== "entered-in-error")
    .map((h) => (h.current === h.entry.body ? h.entry : { ...h.entry, body: h.current }));
}

/**
 * Why a correction cannot be applied to `original` (null when it can). `corrections` are the corrections
 * already recorded for the session (any entries may be passed; only those amending `original` count).
 */
export function correctionProblem(
  original: ChartEntry | undefined,
  correction: {
    readonly body: EntryBody;
    readonly reason: string | null | undefined;
    readonly amends?: string | null;
  },
  recorded: readonly ChartEntry[] = [],
): string | null {
  if (original === undefined) return "The entry to correct does not exist in this session.";
  if (original.amends !== null) return "A correction cannot itself be corrected; correct the original entry.";
  if (original.body.kind === "entered-in-error") return "A withdrawal cannot be corrected.";
  if (!correction.reason?.trim()) return "A correction needs a reason.";
  if (recorded.some((e) => e.amends === original.id && e.body.kind === "entered-in-error")) {
    return "The entry has already been withdrawn as entered in error.";
  }
  if (correction.body.kind !== "entered-in-error" && correction.body.kind !== original.body.kind) {
    return `An amendment must keep the kind of the entry it replaces (${original.body.kind}, not ${correction.body.kind}).`;
  }
  return null;
}
