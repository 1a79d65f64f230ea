/**
 * The state of one infusion session as the floor board and the session screen show it, derived from the
 * charted entries by `projectSession` (pure: time is an argument).
 */
import type { Grade, InfusionAction, ManagementStep, SideEffectId } from "../catalogue/types";
import type { Check } from "../monitoring/schedule";
import type { Alert, EpochMs, MonitoringState, VitalSign } from "../monitoring/types";
import type { DischargeReadiness } from "../outcomes/discharge";
import type { ProducedBy } from "../provenance";
import type { ChartEntry, ChartScoreScale, EntryBody, GateItem, StopReason } from "./entries";

export const PHASES = [
  "waiting",
  "pre-checks",
  "infusing",
  "paused",
  "observing",
  "ready-for-discharge",
  "discharged",
] as const;
export type Phase = (typeof PHASES)[number];

/** What the projection needs to know about the session besides its chart. */
export interface SessionFacts {
  readonly sessionId: string;
  readonly scheduledStart: EpochMs;
  /** The booked slot in minutes: the infusion and the observation after it. */
  readonly plannedDurationMin: number;
  readonly plan: {
    readonly planId: string;
    readonly protocolName: string;
    /** The approved pump rate. */
    readonly rateMgPerHour: number;
    /** The approved dose for this infusion. */
    readonly doseMg: number;
    readonly weightKg: number;
    /** The drug-library protocol of the plan (e.g. "schwartzman"): its hard rate limits apply at the chair. */
    readonly protocolId?: string;
    /** How long the plan's infusion runs (the booked slot adds the observation after it). */
    readonly infusionMinutes?: number | null;
  };
  readonly patient: {
    readonly sex: "female" | "male" | "other" | "unknown";
    readonly ageYears: number | null;
  };
  /** A signed evaluation with a go decision is on file. */
  readonly evaluationSigned: boolean;
  /** Cancelled sessions are shown but take no entries. */
  readonly cancelled: boolean;
}

export interface GateStatus {
  readonly complete: boolean;
  readonly items: readonly {
    readonly item: GateItem | "evaluation-signed" | "baseline-vitals";
    readonly label: string;
    readonly required: boolean;
    readonly met: boolean;
    /** Why it is unmet, or what satisfied it. */
    readonly detail: string;
  }[];
  /** A physician's override is on file (with its reason). */
  readonly overriddenBy: { readonly entryId: string; readonly reason: string } | null;
}

export interface RateSegmentView {
  readonly from: EpochMs;
  readonly to: EpochMs | null;
  readonly rateMgPerHour: number;
}

export interface InfusionView {
  readonly startedAt: EpochMs | null;
  readonly endedAt: EpochMs | null;
  readonly stopReason: StopReason | null;
  readonly rateMgPerHour: number;
  readonly segments: readonly RateSegmentView[];
  readonly doseDeliveredMg: number;
  readonly plannedDoseMg: number;
  /** When the planned dose will have run in at the current rate (moves with rate changes and pauses). */
  readonly expectedEndAt: EpochMs | null;
  readonly elapsedMin: number;
  readonly remainingMin: number | null;
}

export interface SideEffectView {
  readonly sideEffectId: SideEffectId;
  readonly name: string;
  readonly grade: Grade;
  readonly redFlag: boolean;
  readonly loggedAt: EpochMs;
  readonly resolvedAt: EpochMs | null;
  readonly steps: readonly ManagementStep[];
  readonly recommendedAction: InfusionAction;
  readonly interventions: readonly {
    readonly entryId: string;
    readonly at: EpochMs;
    readonly text: string;
  }[];
}

export interface AlertView extends Alert {
  readonly acknowledged: { readonly by: string | null; readonly at: EpochMs } | null;
  /** High priority, unacknowledged past the configured time: shown on the physician's view. */
  readonly escalatedToPhysician: boolean;
  readonly actions: readonly { readonly entryId: string; readonly at: EpochMs; readonly text: string }[];
}

export interface FeedView {
  readonly deviceId: string | null;
  readonly lastReadingAt: EpochMs | null;
  /** A bound monitor has sent nothing for longer than the stale time while the patient is in the chair. */
  readonly stale: boolean;
}

/** One point of the vitals trend (readings merged per minute for the board's sparklines). */
export interface TrendPoint {
  readonly at: EpochMs;
  readonly values: Partial<Record<VitalSign, number>>;
}

/** An entry with what later corrections did to it. */
export interface HistoryEntry {
  readonly entry: ChartEntry;
  /** The body in force: the latest amendment's, or the original's. */
  readonly current: EntryBody;
  readonly status: "current" | "amended" | "entered-in-error";
  readonly corrections: readonly ChartEntry[];
}

export interface SessionView extends ProducedBy {
  readonly sessionId: string;
  readonly phase: Phase;
  readonly gate: GateStatus;
  readonly infusion: InfusionView;
  readonly baseline: Partial<Record<VitalSign, number>>;
  readonly latestVitals: MonitoringState["latest"];
  readonly trend: readonly TrendPoint[];
  readonly checks: {
    readonly due: readonly Check[];
    readonly overdue: readonly Check[];
    readonly next: Check | null;
  };
  readonly scores: Partial<Record<ChartScoreScale, { readonly value: number; readonly at: EpochMs }>>;
  readonly sideEffects: readonly SideEffectView[];
  readonly alerts: readonly AlertView[];
  readonly feed: FeedView;
  readonly discharge: {
    readonly readiness: DischargeReadiness | null;
    readonly escortPresent: boolean | null;
    readonly dischargedAt: EpochMs | null;
  };
}
