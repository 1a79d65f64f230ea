/**
 * Chart builders for the chair's tests, scenarios and benchmark: a session's facts and entries with
 * sequential ids, recorded when they happen unless told otherwise.
 */
import { type ChartEntry, type EntryBody, GATE_ITEMS, type GateItem } from "./entries";
import type { SessionFacts } from "./view";

export const T0 = Date.UTC(2026, 2, 2, 9, 0, 0);
export const minute = (m: number): number => T0 + m * 60_000;

export function sessionFacts(overrides: Partial<SessionFacts> = {}): SessionFacts {
  return {
    sessionId: "session-1",
    scheduledStart: T0,
    plannedDurationMin: 240,
    plan: {
      planId: "plan-1",
      protocolName: "Schwartzman CRPS",
      protocolId: "schwartzman",
      rateMgPerHour: 25,
      doseMg: 100,
      weightKg: 70,
    },
    patient: { sex: "male", ageYears: 45 },
    evaluationSigned: true,
    cancelled: false,
    ...overrides,
  };
}

/** Builds entries with increasing seq; `recordedAt` defaults to `at`. */
export class Chart {
  readonly entries: ChartEntry[] = [];
  private seq = 0;

  add(
    at: number,
    body: EntryBody,
    more: Partial<Pick<ChartEntry, "recordedAt" | "recordedBy" | "source" | "amends" | "reason">> = {},
  ): ChartEntry {
    this.seq += 1;
    const entry: ChartEntry = {
      id: `e${this.seq}`,
      clientId: `c${this.seq}`,
      seq: this.seq,
      at,
      recordedAt: more.recordedAt ?? at,
      recordedBy: more.recordedBy === undefined ? "nurse-1" : more.recordedBy,
      source: more.source ?? "manual",
      body,
      amends: more.amends ?? null,
      reason: more.reason ?? null,
    };
    this.entries.push(entry);
    return entry;
  }

  /** Every gate item confirmed and a normal baseline, at `at`. */
  gateDone(
    at: number,
    items: readonly GateItem[] = GATE_ITEMS.filter((item) => item !== "pregnancy-test"),
  ): this {
    for (const item of items) this.add(at, { kind: "gate-check", item, outcome: "confirmed" });
    this.add(at, { kind: "vitals", baseline: true, hr: 72, sbp: 124, dbp: 78, spo2: 98, rr: 14 });
    return this;
  }
}
