/** Small boards and cards for the chair's unit tests. */
import type { AlertView, HistoryEntry, SessionView } from "../../../src/clinical/chair/view";
import type { Board, BoardCard } from "../api/types";

export function view(overrides: Partial<SessionView> = {}): SessionView {
  return {
    ruleId: "chair.projection",
    ruleVersion: "1.0.0",
    kbVersion: "0.1.0",
    sessionId: "s1",
    phase: "waiting",
    gate: { complete: false, items: [], overriddenBy: null },
    infusion: {
      startedAt: null,
      endedAt: null,
      stopReason: null,
      rateMgPerHour: 0,
      segments: [],
      doseDeliveredMg: 0,
      plannedDoseMg: 35,
      expectedEndAt: null,
      elapsedMin: 0,
      remainingMin: null,
    },
    baseline: {},
    latestVitals: {},
    trend: [],
    checks: { due: [], overdue: [], next: null },
    scores: {},
    sideEffects: [],
    alerts: [],
    feed: { deviceId: null, lastReadingAt: null, stale: false },
    discharge: { readiness: null, escortPresent: null, dischargedAt: null },
    ...overrides,
  };
}

export function card(
  id: string,
  chairId: string,
  startsAt: string,
  overrides: Partial<SessionView> = {},
): BoardCard {
  return {
    session: {
      id,
      startsAt,
      durationMin: 60,
      chair: { id: chairId, name: `Chair ${chairId}` },
      patient: { id: `p-${id}`, mrn: `MRN-${id}`, givenName: "Ada", familyName: id },
      planId: "plan-1",
      planVersion: 1,
      status: "scheduled",
      riskFlags: [],
    },
    view: view({ sessionId: id, ...overrides }),
  };
}

export function alert(key: string, overrides: Partial<AlertView> = {}): AlertView {
  return {
    ruleId: "mon.rule",
    ruleVersion: "1.0.0",
    kbVersion: "0.1.0",
    key,
    priority: "medium",
    sideEffectId: null,
    title: `Alert ${key}`,
    trigger: {},
    recommendedAction: "continue",
    steps: [],
    raisedAt: 1000,
    sources: [],
    evidence: "sourced",
    lastMetAt: 1000,
    acknowledged: null,
    escalatedToPhysician: false,
    actions: [],
    ...overrides,
  };
}

export function board(cards: BoardCard[], date = "2026-11-25"): Board {
  return {
    date,
    now: Date.parse(`${date}T12:00:00`),
    chairs: [
      { id: "1", name: "Chair 1" },
      { id: "2", name: "Chair 2" },
    ],
    cards,
    staff: [],
  };
}

/** A history row for an entry charted by hand at `at`, in force unless `status` says otherwise. */
export const historyEntry = (
  at: number,
  current: HistoryEntry["current"],
  status: HistoryEntry["status"] = "current",
) =>
  ({
    entry: {
      id: `e${at}`,
      clientId: `c${at}`,
      seq: at,
      at,
      recordedAt: at,
      recordedBy: "u",
      source: "manual",
      body: current,
      amends: null,
      reason: null,
    },
    current,
    status,
    corrections: [],
  }) satisfies HistoryEntry;
