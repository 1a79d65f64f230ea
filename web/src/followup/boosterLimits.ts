/**
 * The plan's dose limits when booking boosters: the server re-checks the course as extended by the
 * boosters, names each limit it breaks, and accepts a reason per soft limit, as at plan approval.
 */
import { ApiError } from "../api/client";
import type { BoosterRequest } from "../api/followup";

/** One limit the extended course breaks, in the server's words (which limit, the value, by how much). */
export interface LimitRow {
  limitId: string;
  message: string;
}

/** A refusal over limits: soft ones can be booked with a reason each; a hard one cannot be booked at all. */
export interface LimitProblem {
  kind: "soft" | "hard";
  rows: LimitRow[];
}

const LIMIT_PATHS = {
  soft: { code: "plan.soft_limit_reason_required", prefix: "/plan/overrideReasons/" },
  hard: { code: "plan.hard_limit", prefix: "/plan/limits/" },
} as const;

/** The limits a failed booking names, or null when it failed for another reason (a field, a clash). */
export function limitProblem(error: unknown): LimitProblem | null {
  if (!(error instanceof ApiError)) return null;
  for (const kind of ["soft", "hard"] as const) {
    const { code, prefix } = LIMIT_PATHS[kind];
    if (error.code !== code) continue;
    const rows = error.fieldErrors
      .filter((e) => e.path.startsWith(prefix) && e.path.length > prefix.length)
      .map((e) => ({ limitId: e.path.slice(prefix.length), message: e.message }));
    return { kind, rows };
  }
  return null;
}

/**
 * The soft limits to ask reasons for after a new answer: the server names only limits still without a
 * reason, so the ones already answered stay on the form (with the newer wording where it names them again).
 */
export function mergeLimitRows(asked: readonly LimitRow[], named: readonly LimitRow[]): LimitRow[] {
  const byId = new Map(asked.map((row) => [row.limitId, row]));
  for (const row of named) byId.set(row.limitId, row);
  return [...byId.values()];
}

/** Limits asked about that have no reason yet (blank counts as none). */
export function missingReasons(
  asked: readonly LimitRow[],
  reasons: Readonly<Record<string, string>>,
): string[] {
  return asked.filter((row) => !reasons[row.limitId]?.trim()).map((row) => row.limitId);
}

/**
 * The request body: reasons only for the limits the server asked about for this booking, trimmed, so a
 * reason typed for a different count of boosters is never sent without the physician seeing the new excess.
 */
export function boosterBody(
  booking: BoosterRequest,
  asked: readonly LimitRow[],
  reasons: Readonly<Record<string, string>>,
): BoosterRequest {
  const given = asked
    .map((row) => [row.limitId, reasons[row.limitId]?.trim() ?? ""] as const)
    .filter(([, reason]) => reason !== "");
  return given.length === 0 ? { ...booking } : { ...booking, overrideReasons: Object.fromEntries(given) };
}
