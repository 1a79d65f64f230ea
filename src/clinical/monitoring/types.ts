import type { Grade, InfusionAction, ManagementStep, SideEffectId } from "../catalogue/types";
import type { Evidence, ProducedBy } from "../provenance";
import type { MgPerHour } from "../units";

/**
 * Time everywhere in this module is epoch milliseconds (UTC), passed in by the caller: the rules never
 * read a clock. Events carry the time they happened (`at`); `evaluate` also takes `now`, the time of evaluation.
 */
export type EpochMs = number;

export const VITAL_SIGNS = ["hr", "sbp", "dbp", "spo2", "rr"] as const;
export type VitalSign = (typeof VITAL_SIGNS)[number];

/** A measured value with its UCUM unit, as a monitor or HL7 feed sends it. */
export interface Measured {
  readonly value: number;
  readonly unit: string;
}

/** A bare number is read in the canonical unit: /min for HR and RR, mm[Hg] for BP, % for SpO2. */
export type VitalInput = number | Measured;

export type Baseline = Partial<Record<VitalSign, number>>;

export type ScoreScale = "moaas" | "rass" | "cadss6";

export type InfusionStatus = "not-started" | "infusing" | "paused" | "stopped";

export type MonitoringEvent =
  | {
      readonly type: "vitals";
      readonly at: EpochMs;
      /** The device or person the reading came from, e.g. "monitor-bay-3" or "manual". */
      readonly source: string;
      readonly values: Partial<Record<VitalSign, VitalInput>>;
    }
  | { readonly type: "score"; readonly at: EpochMs; readonly scale: ScoreScale; readonly value: number }
  | {
      readonly type: "side-effect";
      readonly at: EpochMs;
      readonly sideEffectId: SideEffectId;
      readonly grade: Grade;
    }
  | { readonly type: "side-effect-resolved"; readonly at: EpochMs; readonly sideEffectId: SideEffectId }
  | {
      readonly type: "infusion";
      readonly at: EpochMs;
      readonly status: InfusionStatus;
      readonly rate?: MgPerHour;
    }
  | { readonly type: "tick"; readonly at: EpochMs };

export interface VitalReading {
  readonly sign: VitalSign;
  /** In the canonical unit. */
  readonly value: number;
  readonly at: EpochMs;
  readonly source: string;
}

export interface RejectedInput {
  /** The vital sign, score scale, or "side-effect:<id>" that was rejected. */
  readonly what: string;
  readonly at: EpochMs;
  readonly source: string;
  readonly reason: string;
}

export interface ScoreReading {
  readonly value: number;
  readonly at: EpochMs;
}

export type Priority = "high" | "medium" | "low";

export interface Alert extends ProducedBy {
  /** One alert per condition: the same key is never active twice. */
  readonly key: string;
  readonly priority: Priority;
  readonly sideEffectId: SideEffectId | null;
  readonly title: string;
  /** The values that raised the alert (or raised it to its current rule). */
  readonly trigger: Readonly<Record<string, number | string>>;
  readonly recommendedAction: InfusionAction;
  readonly steps: readonly ManagementStep[];
  readonly raisedAt: EpochMs;
  readonly escalatedAt?: EpochMs;
  readonly sources: readonly string[];
  readonly evidence: Evidence;
  /** True while a single reading has not yet been confirmed by a second one or by persistence. */
  readonly suppressedAsArtefact?: boolean;
  /** Last evaluation at which the condition was present. */
  readonly lastMetAt: EpochMs;
  /** First evaluation at which the condition was seen gone; the alert clears a hold time after it. */
  readonly clearingSince?: EpochMs;
}

/** What the lifecycle remembers about a condition between evaluations. */
export interface ConditionTrack {
  readonly firstMetAt: EpochMs;
  readonly confirmedAt: EpochMs | null;
  /** Distinct readings that showed the condition in a row. */
  readonly hits: number;
  readonly lastEvidenceAt: EpochMs;
}

export interface MonitoringState {
  readonly baseline: Baseline;
  /** Latest accepted reading of each vital sign (by the time it was taken). */
  readonly latest: Partial<Record<VitalSign, VitalReading>>;
  /** Recent accepted readings, newest last, bounded for display. */
  readonly recent: readonly VitalReading[];
  readonly lastVitalsAt: EpochMs | null;
  readonly scores: Partial<Record<ScoreScale, ScoreReading>>;
  /** Latest rejected input per signal, until a valid one replaces it. */
  readonly rejected: Readonly<Record<string, RejectedInput>>;
  readonly sideEffects: Partial<Record<SideEffectId, { readonly grade: Grade; readonly at: EpochMs }>>;
  readonly infusion: {
    readonly status: InfusionStatus;
    readonly since: EpochMs | null;
    readonly rate?: MgPerHour;
  };
  readonly tracks: Readonly<Record<string, ConditionTrack>>;
  readonly alerts: readonly Alert[];
}

export interface Evaluation {
  readonly state: MonitoringState;
  /** Every active alert, highest priority first. */
  readonly alerts: readonly Alert[];
  /** Alerts cleared by this evaluation. */
  readonly resolved: readonly Alert[];
}
