/**
 * The chart as monitoring events, and the monitoring state folded over it one entry at a time. Each entry
 * is evaluated at the time it was stored (`recordedAt`), so rebuilding from the stored entries gives the
 * same state as the live path that applied them as they arrived.
 */
import { evaluate } from "../monitoring/evaluate";
import { initialMonitoringState } from "../monitoring/state";
import { DEFAULT_MONITORING_CONFIG, type MonitoringConfig } from "../monitoring/thresholds";
import type { Alert, MonitoringEvent, MonitoringState, VitalSign } from "../monitoring/types";
import { mgPerHour } from "../units";
import type { ChartEntry } from "./entries";

/** The vital signs an entry's body carries, by sign. */
export function vitalValues(body: ChartEntry["body"]): Partial<Record<VitalSign, number>> {
  if (body.kind !== "vitals") return {};
  const values: Partial<Record<VitalSign, number>> = {};
  if (body.hr !== undefined) values.hr = body.hr;
  if (body.sbp !== undefined) values.sbp = body.sbp;
  if (body.dbp !== undefined) values.dbp = body.dbp;
  if (body.spo2 !== undefined) values.spo2 = body.spo2;
  if (body.rr !== undefined) values.rr = body.rr;
  return values;
}

/** What a chart entry tells the monitoring rules; most entries say nothing to them. */
export function monitoringEvents(entry: ChartEntry): MonitoringEvent[] {
  const { at, body } = entry;
  switch (body.kind) {
    case "vitals":
      return [{ type: "vitals", at, source: entry.source, values: vitalValues(body) }];
    case "score":
      return body.scale === "moaas" || body.scale === "rass" || body.scale === "cadss6"
        ? [{ type: "score", at, scale: body.scale, value: body.value }]
        : [];
    case "side-effect":
      return [{ type: "side-effect", at, sideEffectId: body.sideEffectId, grade: body.grade }];
    case "side-effect-resolved":
      return [{ type: "side-effect-resolved", at, sideEffectId: body.sideEffectId }];
    case "infusion-start":
    case "rate-change":
    case "resume":
      return [{ type: "infusion", at, status: "infusing", rate: mgPerHour(body.rateMgPerHour) }];
    case "pause":
      return [{ type: "infusion", at, status: "paused" }];
    case "stop":
      return [{ type: "infusion", at, status: "stopped" }];
    default:
      return [];
  }
}

/** The monitoring state after the entries so far, and what the latest batch changed. */
export interface MonitoringFold {
  readonly state: MonitoringState;
  /** Every active alert, highest priority first. */
  readonly alerts: readonly Alert[];
  /** Alerts active now that were not before the batch (a re-raised condition counts as raised). */
  readonly raised: readonly Alert[];
  /** Alerts active before the batch that are gone now. */
  readonly cleared: readonly Alert[];
  /** Alerts active before and now, at a higher priority now. */
  readonly escalated: readonly Alert[];
  /** The highest `seq` applied: entries at or below it are not applied again. */
  readonly lastSeq: number;
}

const PRIORITY = { low: 0, medium: 1, high: 2 } as const;

/** Apply one entry's monitoring events at the time it was stored. */
function applyEntry(state: MonitoringState, entry: ChartEntry, config: MonitoringConfig): MonitoringState {
  let next = state;
  const { body } = entry;
  // The latest baseline reading before the start sets the band the rules compare against.
  if (body.kind === "vitals" && body.baseline === true && next.infusion.status === "not-started") {
    next = { ...next, baseline: { ...next.baseline, ...vitalValues(body) } };
  }
  for (const event of monitoringEvents(entry)) next = evaluate(next, event, entry.recordedAt, config).state;
  return next;
}

/**
 * Apply new entries (in recording order) to the previous fold, or to an empty session when `prev` is null.
 * Entries already applied (seq at or below `prev.lastSeq`) are skipped, so a retried batch changes nothing.
 * After a correction, fold the `effectiveEntries` again from null.
 * @example const fold = foldMonitoring(null, effectiveEntries(entries)); foldMonitoring(fold, [newEntry])
 */
export function foldMonitoring(
  prev: MonitoringFold | null,
  entries: readonly ChartEntry[],
  config: MonitoringConfig = DEFAULT_MONITORING_CONFIG,
): MonitoringFold {
  const lastSeq = prev?.lastSeq ?? Number.NEGATIVE_INFINITY;
  const fresh = entries.filter((e) => e.seq > lastSeq).sort((a, b) => a.seq - b.seq);
  let state = prev?.state ?? initialMonitoringState({});
  for (const entry of fresh) state = applyEntry(state, entry, config);
  const before = new Map((prev?.alerts ?? []).map((a) => [a.key, a]));
  const after = new Map(state.alerts.map((a) => [a.key, a]));
  const same = (a: Alert, b: Alert | undefined) => b !== undefined && a.raisedAt === b.raisedAt;
  return {
    state,
    alerts: state.alerts,
    raised: state.alerts.filter((a) => !same(a, before.get(a.key))),
    cleared: (prev?.alerts ?? []).filter((a) => !same(a, after.get(a.key))),
    escalated: state.alerts.filter((a) => {
      const b = before.get(a.key);
      return same(a, b) && PRIORITY[a.priority] > PRIORITY[b!.priority];
    }),
    lastSeq: fresh.length > 0 ? fresh[fresh.length - 1]!.seq : (prev?.lastSeq ?? 0),
  };
}
