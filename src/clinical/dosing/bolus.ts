/**
 * The label's rule for giving a ketamine bolus: over at least 60 seconds and never faster than
 * 0.5 mg/kg/min, because faster injection causes respiratory depression or apnoea and a larger pressor
 * response [S24][S26]. The 100 mg/mL strength is never pushed undiluted: it is diluted with an equal volume
 * first, so no more than 50 mg/mL reaches the vein [S24].
 */
import {
  type Kg,
  type Mg,
  type MgPerKgPerMin,
  type MgPerMl,
  mgPerKgPerMin,
  mgPerMl,
  mgToMgPerKg,
  type Seconds,
  seconds,
} from "../units";

export const BOLUS_RULE = {
  id: "dosing.bolus-rule",
  version: "1",
  sources: ["S24", "S26"],
  evidence: "sourced",
  minimumDuration: seconds(60),
  maximumSpeed: mgPerKgPerMin(0.5),
} as const satisfies {
  id: string;
  version: string;
  sources: readonly string[];
  evidence: "sourced";
  minimumDuration: Seconds;
  maximumSpeed: MgPerKgPerMin;
};

/** Strongest solution that may be pushed: 100 mg/mL diluted with an equal volume [S24]. */
export const MAX_PUSH_CONCENTRATION: MgPerMl = mgPerMl(50);

/**
 * The shortest time a bolus may take: 60 s, or longer when 0.5 mg/kg/min would otherwise be exceeded.
 * @example minimumBolusDuration(mg(35), kg(70)) // 60 s (0.5 mg/kg takes exactly 1 min)
 */
export function minimumBolusDuration(dose: Mg, weight: Kg): Seconds {
  const atMaxSpeed = (mgToMgPerKg(dose, weight) / BOLUS_RULE.maximumSpeed) * 60;
  return seconds(Math.max(BOLUS_RULE.minimumDuration, atMaxSpeed));
}
