/** The shapes of a dosing plan, its computation and the drug library's limits. */
import type { ProducedBy, Provenance } from "../provenance";
import type {
  Delta,
  Kg,
  McgPerKgPerMin,
  Mg,
  MgPerHour,
  MgPerKg,
  MgPerKgPerHour,
  MgPerKgPerMin,
  MgPerMl,
  Minutes,
  Ml,
  MlPerHour,
  Quantity,
  Seconds,
  Unit,
} from "../units";

/** How the infusion is ordered. Every form is turned into mg/h for the patient's weight. */
export type InfusionOrder =
  | { readonly kind: "rate-per-kg"; readonly rate: MgPerKgPerHour }
  | { readonly kind: "rate-per-kg-per-min"; readonly rate: McgPerKgPerMin }
  | { readonly kind: "rate"; readonly rate: MgPerHour }
  /** A total weight-based dose spread evenly over the duration (e.g. 0.5 mg/kg over 40 min). */
  | { readonly kind: "dose-per-kg"; readonly dose: MgPerKg }
  /** A total fixed dose spread evenly over the duration (e.g. 80 mg over more than 2 h). */
  | { readonly kind: "dose"; readonly dose: Mg };

export interface InfusionPlan {
  readonly order: InfusionOrder;
  readonly duration: Minutes;
  /** Concentration in the bag or syringe; never implied. */
  readonly concentration: MgPerMl;
}

export type BolusOrder =
  | { readonly kind: "dose-per-kg"; readonly dose: MgPerKg }
  | { readonly kind: "dose"; readonly dose: Mg };

export interface BolusPlan {
  readonly order: BolusOrder;
  readonly concentration: MgPerMl;
  /** Push time chosen by the prescriber; the label minimum when omitted. */
  readonly duration?: Seconds;
}

export interface Plan {
  readonly protocolId: string;
  readonly infusion?: InfusionPlan;
  readonly bolus?: BolusPlan;
  /** Number of sessions the course is planned to have, including this one. */
  readonly sessionsInCourse: number;
  /** Pump step; 0.1 mL/h when omitted. */
  readonly pumpResolution?: MlPerHour;
  /** A reason recorded by the prescriber for each soft limit deliberately exceeded, by limit id. */
  readonly overrideReasons?: Readonly<Record<string, string>>;
}

/** A past session, as recorded: what was actually delivered. */
export interface PastSession {
  readonly courseId: string;
  readonly delivered: Mg;
}

export interface Patient {
  readonly weight: Kg;
  /** The course this plan belongs to. */
  readonly courseId: string;
  readonly history: readonly PastSession[];
}

export interface InfusionComputation {
  /** Rate as ordered, for this weight, before any protocol cap. */
  readonly orderedRate: MgPerHour;
  /** Rate after the protocol's cap (e.g. 25 mg/h), equal to the ordered rate when no cap applies. */
  readonly prescribedRate: MgPerHour;
  readonly cappedAt: MgPerHour | null;
  /** Exact pump rate for the prescribed rate and concentration. */
  readonly rateMlPerHour: MlPerHour;
  /** What the pump is set to. */
  readonly roundedRate: MlPerHour;
  readonly rounding: "nearest" | "down" | "up";
  readonly roundingDifference: Delta<"mL/h">;
  /** What the rounded rate delivers. */
  readonly deliveredRate: MgPerHour;
  readonly deliveredRatePerKg: MgPerKgPerHour;
  readonly prescribedDose: Mg;
  readonly deliveredDose: Mg;
  readonly doseDifference: Delta<"mg">;
  readonly duration: Minutes;
  readonly volume: Ml;
  readonly concentration: MgPerMl;
}

export interface BolusComputation {
  readonly dose: Mg;
  readonly dosePerKg: MgPerKg;
  readonly volume: Ml;
  readonly concentration: MgPerMl;
  readonly minimumDuration: Seconds;
  readonly duration: Seconds;
  readonly speed: MgPerKgPerMin;
}

export interface PlanComputation {
  readonly weight: Kg;
  readonly infusion: InfusionComputation | null;
  readonly bolus: BolusComputation | null;
  /** Bolus plus infusion as delivered after rounding. */
  readonly totalDose: Mg;
  readonly totalDosePerKg: MgPerKg;
  readonly totalVolume: Ml;
  /** Infusion duration (the bolus is given at its start). */
  readonly sessionDuration: Minutes;
  readonly perCourse: {
    /** Delivered in earlier sessions of this course. */
    readonly past: Mg;
    readonly sessionsDone: number;
    /** Past sessions plus this plan repeated for every remaining session of the course. */
    readonly projected: Mg;
    readonly projectedPerKg: MgPerKg;
  };
  readonly lifetime: { readonly past: Mg; readonly afterThisSession: Mg };
}

/** What each kind of limit measures, and in which unit. */
export const LIMIT_QUANTITIES = {
  "infusion-rate-per-kg": { unit: "mg/kg/h", label: "Infusion rate (per kg)" },
  "infusion-rate": { unit: "mg/h", label: "Infusion rate" },
  "infusion-concentration": { unit: "mg/mL", label: "Infusion concentration" },
  "bolus-per-kg": { unit: "mg/kg", label: "Bolus (per kg)" },
  "bolus-speed": { unit: "mg/kg/min", label: "Bolus speed" },
  "bolus-duration": { unit: "s", label: "Bolus duration" },
  "bolus-concentration": { unit: "mg/mL", label: "Bolus concentration" },
  "session-total": { unit: "mg", label: "Session total" },
  "session-total-per-kg": { unit: "mg/kg", label: "Session total (per kg)" },
  "session-duration": { unit: "min", label: "Session duration" },
  "course-total": { unit: "mg", label: "Course total" },
  "course-total-per-kg": { unit: "mg/kg", label: "Course total (per kg)" },
} as const satisfies Record<string, { unit: Unit; label: string }>;

export type LimitQuantity = keyof typeof LIMIT_QUANTITIES;
export type LimitUnit<Q extends LimitQuantity> = (typeof LIMIT_QUANTITIES)[Q]["unit"];

/** Soft: allowed with a recorded reason. Hard: refused. */
export type LimitKind = "soft" | "hard";

interface LimitBase extends Provenance {
  readonly kind: LimitKind;
  /** `max`: the value may not go above the limit; `min`: it may not go below. */
  readonly bound: "max" | "min";
  /** When true the limit value itself is outside (e.g. "over more than 2 h"). */
  readonly exclusive?: boolean;
  readonly rationale: string;
}

export type DoseLimit = {
  [Q in LimitQuantity]: LimitBase & { readonly quantity: Q; readonly limit: Quantity<LimitUnit<Q>> };
}[LimitQuantity];

export interface Violation {
  readonly limitId: string;
  readonly limitVersion: string;
  readonly kind: LimitKind;
  readonly quantity: LimitQuantity;
  readonly unit: Unit;
  readonly value: Quantity<Unit>;
  readonly limit: Quantity<Unit>;
  readonly bound: "max" | "min";
  readonly message: string;
  readonly sources: readonly string[];
  readonly evidence: Provenance["evidence"];
  /** The prescriber's reason, for a soft limit overridden; null otherwise. A hard limit cannot be overridden. */
  readonly overrideReason: string | null;
  readonly producedBy: ProducedBy;
}

export interface ProtocolTemplate {
  readonly order: InfusionOrder;
  /** Null when the prescriber must choose the duration. */
  readonly duration: Minutes | null;
  readonly concentration: MgPerMl;
}

export interface Protocol extends Provenance {
  readonly protocolId: string;
  readonly label: string;
  readonly indication: string;
  /** Null for a custom plan, which starts empty. */
  readonly template: ProtocolTemplate | null;
  /** Null when the number of sessions is the prescriber's choice. */
  readonly sessionsPerCourse: number | null;
  /** A rate the protocol never exceeds, applied when the plan is computed (e.g. 25 mg/h). */
  readonly rateCap: MgPerHour | null;
  readonly limits: readonly DoseLimit[];
  readonly notes: string;
}
