/**
 * The highest pump rate the drug library allows for a plan, in mg/h: the protocol's hard rate limits, the
 * per-kg one converted with the plan's weight. Without a known protocol the limits common to every
 * protocol apply.
 */
import { COMMON_LIMITS, DEFAULT_LIBRARY, type DrugLibrary } from "../dosing/library";
import type { DoseLimit } from "../dosing/types";
import { kg, mgPerKgPerHour, mgPerKgPerHourToMgPerHour } from "../units";
import type { SessionFacts } from "./view";

export interface RateCeiling {
  readonly maxMgPerHour: number;
  /** The limit that sets it, for the refusal message. */
  readonly limitId: string;
}

function limitsFor(plan: SessionFacts["plan"], library: DrugLibrary): readonly DoseLimit[] {
  const protocol = library.protocols.find((p) => p.protocolId === plan.protocolId);
  return protocol?.limits ?? COMMON_LIMITS;
}

/** The lowest hard maximum on the infusion rate, or null when the library sets none. */
export function rateCeiling(
  plan: SessionFacts["plan"],
  library: DrugLibrary = DEFAULT_LIBRARY,
): RateCeiling | null {
  let best: RateCeiling | null = null;
  for (const l of limitsFor(plan, library)) {
    if (l.kind !== "hard" || l.bound !== "max") continue;
    const max =
      l.quantity === "infusion-rate"
        ? l.limit
        : l.quantity === "infusion-rate-per-kg"
          ? mgPerKgPerHourToMgPerHour(mgPerKgPerHour(l.limit), kg(plan.weightKg))
          : null;
    if (max !== null && (best === null || max < best.maxMgPerHour))
      best = { maxMgPerHour: max, limitId: l.id };
  }
  return best;
}
