import { managementFor } from "../catalogue";
import type { Grade, SideEffectId } from "../catalogue/types";
import { normaliseScore, normaliseVital } from "./readings";
import type {
  Baseline,
  MonitoringEvent,
  MonitoringState,
  RejectedInput,
  VitalInput,
  VitalReading,
  VitalSign,
} from "./types";

/** Readings kept for display; older ones drop off. Rules only look at the latest of each sign. */
const RECENT_LIMIT = 120;

/**
 * The state of a session before anything has happened: the baseline taken before the infusion, no
 * readings, infusion not started.
 * @example initialMonitoringState({ hr: 72, sbp: 124, dbp: 78, spo2: 98, rr: 14 })
 */
export function initialMonitoringState(baseline: Baseline): MonitoringState {
  return {
    baseline,
    latest: {},
    recent: [],
    lastVitalsAt: null,
    scores: {},
    rejected: {},
    sideEffects: {},
    infusion: { status: "not-started", since: null },
    tracks: {},
    alerts: [],
  };
}

/** Why a grade cannot be used for this effect (its CTCAE term has no such grade), or null. */
function gradeProblem(id: SideEffectId, grade: Grade): string | null {
  try {
    managementFor(id, grade);
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** True when `at` is not older than what is already held (late, out-of-order readings do not overwrite). */
const isNewest = (held: { at: number } | undefined, at: number): boolean =>
  held === undefined || at >= held.at;

function applyVitals(
  state: MonitoringState,
  event: Extract<MonitoringEvent, { type: "vitals" }>,
): MonitoringState {
  const latest = { ...state.latest };
  const rejected = { ...state.rejected };
  const accepted: VitalReading[] = [];
  for (const [sign, input] of Object.entries(event.values) as [VitalSign, VitalInput | undefined][]) {
    if (input === undefined) continue;
    const n = normaliseVital(sign, input);
    if (n.ok) {
      const reading: VitalReading = { sign, value: n.value, at: event.at, source: event.source };
      accepted.push(reading);
      if (isNewest(latest[sign], event.at)) latest[sign] = reading;
      if (isNewest(rejected[sign], event.at)) delete rejected[sign];
    } else if (isNewest(latest[sign], event.at) && isNewest(rejected[sign], event.at)) {
      const r: RejectedInput = { what: sign, at: event.at, source: event.source, reason: n.reason };
      rejected[sign] = r;
    }
  }
  const recent = [...state.recent, ...accepted].slice(-RECENT_LIMIT);
  const lastVitalsAt =
    accepted.length === 0
      ? state.lastVitalsAt
      : Math.max(state.lastVitalsAt ?? Number.NEGATIVE_INFINITY, event.at);
  return { ...state, latest, rejected, recent, lastVitalsAt };
}

/** The state after one event. Pure: the input state is not changed. */
export function applyEvent(state: MonitoringState, event: MonitoringEvent): MonitoringState {
  switch (event.type) {
    case "vitals":
      return applyVitals(state, event);
    case "score": {
      const n = normaliseScore(event.scale, event.value);
      const rejected = { ...state.rejected };
      if (!n.ok) {
        rejected[event.scale] = { what: event.scale, at: event.at, source: "chart", reason: n.reason };
        return { ...state, rejected };
      }
      if (!isNewest(state.scores[event.scale], event.at)) return state;
      delete rejected[event.scale];
      return {
        ...state,
        rejected,
        scores: { ...state.scores, [event.scale]: { value: n.value, at: event.at } },
      };
    }
    case "side-effect": {
      const what = `side-effect:${event.sideEffectId}`;
      const rejected = { ...state.rejected };
      const problem = gradeProblem(event.sideEffectId, event.grade);
      if (problem) {
        rejected[what] = { what, at: event.at, source: "chart", reason: problem };
        return { ...state, rejected };
      }
      delete rejected[what];
      return {
        ...state,
        rejected,
        sideEffects: { ...state.sideEffects, [event.sideEffectId]: { grade: event.grade, at: event.at } },
      };
    }
    case "side-effect-resolved": {
      const sideEffects = { ...state.sideEffects };
      delete sideEffects[event.sideEffectId];
      const rejected = { ...state.rejected };
      delete rejected[`side-effect:${event.sideEffectId}`];
      return { ...state, sideEffects, rejected };
    }
    case "infusion": {
      const changed = event.status !== state.infusion.status;
      return {
        ...state,
        infusion: {
          status: event.status,
          since: changed ? event.at : state.infusion.since,
          ...(event.rate !== undefined
            ? { rate: event.rate }
            : state.infusion.rate !== undefined
              ? { rate: state.infusion.rate }
              : {}),
        },
      };
    }
    case "tick":
      return state;
  }
}
