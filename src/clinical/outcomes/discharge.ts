/**
 * Discharge readiness after an infusion: which criteria are met, which are not, and since when all of
 * them have been met. Time is an argument; nothing here reads a clock.
 */

import type { EpochMs } from "../monitoring";
import { type ProducedBy, type Provenance, producedBy } from "../provenance";
import type { ScoreResult } from "../scores";

export type DischargeObservation =
  | {
      readonly kind: "vitals";
      readonly at: EpochMs;
      readonly sbp?: number;
      readonly dbp?: number;
      readonly hr?: number;
    }
  | { readonly kind: "moaas" | "rass" | "cadss6"; readonly at: EpochMs; readonly value: number }
  | { readonly kind: "discharge-score"; readonly at: EpochMs; readonly result: ScoreResult }
  | { readonly kind: "escort"; readonly at: EpochMs; readonly present: boolean };

export interface DischargeConfig {
  readonly minObservationMinutes: number;
  readonly vitalsWithinPercent: number;
  readonly maxCadss6: number;
}

export interface DischargeCriterion extends Provenance {
  readonly text: string;
}

const criterion = (id: string, sources: string[], evidence: Provenance["evidence"], text: string) =>
  ({ id: `out.discharge.${id}`, version: "1.0.0", sources, evidence, text }) satisfies DischargeCriterion;

export const DISCHARGE_CRITERIA = {
  observation: criterion(
    "observation-time",
    ["S64", "S18"],
    "practice-default",
    "Observed for the minimum time after the infusion ended (default 60 minutes; the esketamine programme observes 2 hours from dosing).",
  ),
  score: criterion(
    "score",
    ["S75-c", "S75-a", "S76"],
    "sourced",
    "The latest discharge score (modified Aldrete or the infusion PADSS) passes.",
  ),
  vitals: criterion(
    "vitals",
    ["S76", "S75-b"],
    "sourced",
    "Blood pressure and heart rate within 20% of the pre-infusion values.",
  ),
  sedation: criterion(
    "sedation",
    ["S64", "S67", "S68"],
    "practice-default",
    "Back to full alertness: the latest sedation score is MOAA/S 5 or RASS 0.",
  ),
  dissociation: criterion(
    "dissociation",
    ["S18", "S70"],
    "practice-default",
    "Dissociation has settled: the latest CADSS-6 total is at or below the limit (default 0).",
  ),
  escort: criterion(
    "escort",
    ["S23", "S22-c"],
    "sourced",
    "A responsible adult is present to take the patient home.",
  ),
} as const;

/** The readiness check as a whole, recorded on every result. */
export const DISCHARGE_READINESS_RULE: Provenance = {
  id: "out.discharge-readiness",
  version: "1.0.0",
  sources: [...new Set(Object.values(DISCHARGE_CRITERIA).flatMap((c) => c.sources))],
  evidence: "practice-default",
};

export const DEFAULT_DISCHARGE_CONFIG: DischargeConfig = {
  minObservationMinutes: 60,
  vitalsWithinPercent: 20,
  maxCadss6: 0,
};

export interface UnmetCriterion {
  readonly id: string;
  readonly text: string;
  readonly detail: string;
}

export interface DischargeReadiness extends ProducedBy {
  readonly ready: boolean;
  readonly unmet: readonly UnmetCriterion[];
  /** Start of the current unbroken stretch in which every criterion has been met; null if not met now. */
  readonly firstMetAt: EpochMs | null;
  readonly observationEndsAt: EpochMs;
}

export interface DischargeInput {
  readonly infusionEndedAt: EpochMs;
  readonly baseline: { readonly sbp: number; readonly dbp: number; readonly hr: number };
  readonly observations: readonly DischargeObservation[];
  readonly now: EpochMs;
  readonly config?: DischargeConfig;
}

interface Latest {
  sbp?: number;
  dbp?: number;
  hr?: number;
  sedation?: { scale: "moaas" | "rass"; value: number };
  cadss6?: number;
  score?: ScoreResult;
  escort?: boolean;
}

function fold(latest: Latest, o: DischargeObservation): Latest {
  switch (o.kind) {
    case "vitals":
      return {
        ...latest,
        ...(o.sbp !== undefined ? { sbp: o.sbp } : {}),
        ...(o.dbp !== undefined ? { dbp: o.dbp } : {}),
        ...(o.hr !== undefined ? { hr: o.hr } : {}),
      };
    case "moaas":
    case "rass":
      return { ...latest, sedation: { scale: o.kind, value: o.value } };
    case "cadss6":
      return { ...latest, cadss6: o.value };
    case "discharge-score":
      return { ...latest, score: o.result };
    case "escort":
      return { ...latest, escort: o.present };
  }
}

const unmet = (c: DischargeCriterion, detail: string): UnmetCriterion => ({ id: c.id, text: c.text, detail });

/** Criteria other than observation time that the latest charted values do not meet. */
function unmetNow(
  latest: Latest,
  baseline: DischargeInput["baseline"],
  config: DischargeConfig,
): UnmetCriterion[] {
  const out: UnmetCriterion[] = [];
  const c = DISCHARGE_CRITERIA;
  if (!latest.score) out.push(unmet(c.score, "No discharge score recorded."));
  else if (!latest.score.passed)
    out.push(unmet(c.score, `${latest.score.scoreId} total ${latest.score.total} does not pass.`));

  const off: string[] = [];
  for (const sign of ["sbp", "dbp", "hr"] as const) {
    const v = latest[sign];
    if (v === undefined) off.push(`no ${sign.toUpperCase()} recorded`);
    else {
      const pct = (Math.abs(v - baseline[sign]) / baseline[sign]) * 100;
      if (pct > config.vitalsWithinPercent) {
        off.push(`${sign.toUpperCase()} ${v} is ${Math.round(pct)}% from baseline ${baseline[sign]}`);
      }
    }
  }
  if (off.length > 0) out.push(unmet(c.vitals, `${off.join("; ")}.`));

  const s = latest.sedation;
  if (!s) out.push(unmet(c.sedation, "No sedation score recorded."));
  else if ((s.scale === "moaas" && s.value !== 5) || (s.scale === "rass" && s.value !== 0)) {
    out.push(unmet(c.sedation, `Latest ${s.scale === "moaas" ? "MOAA/S" : "RASS"} is ${s.value}.`));
  }

  if (latest.cadss6 === undefined) out.push(unmet(c.dissociation, "No CADSS-6 recorded after the infusion."));
  else if (latest.cadss6 > config.maxCadss6)
    out.push(unmet(c.dissociation, `Latest CADSS-6 total is ${latest.cadss6}.`));

  if (latest.escort !== true) out.push(unmet(c.escort, "No escort recorded as present."));
  return out;
}

/**
 * Whether the patient may go home at `now`, the criteria still unmet, and since when all have been met.
 * Observations are read in time order; those after `now` are ignored.
 * @example dischargeReadiness({ infusionEndedAt, baseline, observations, now }).unmet.map((u) => u.id)
 */
export function dischargeReadiness(input: DischargeInput): DischargeReadiness {
  const config = input.config ?? DEFAULT_DISCHARGE_CONFIG;
  const observationEndsAt = input.infusionEndedAt + config.minObservationMinutes * 60_000;
  const timeline = input.observations
    .filter((o) => o.at <= input.now)
    .map((o, i) => ({ o, i }))
    .sort((a, b) => a.o.at - b.o.at || a.i - b.i)
    .map(({ o }) => o);

  let latest: Latest = {};
  let metSince: EpochMs | null = null;
  for (const [i, o] of timeline.entries()) {
    latest = fold(latest, o);
    // Several entries at one time count as one charting moment: judge after the last of them.
    if (timeline[i + 1]?.at === o.at) continue;
    const met = unmetNow(latest, input.baseline, config).length === 0;
    metSince = met ? (metSince ?? o.at) : null;
  }
  const unmetList = unmetNow(latest, input.baseline, config);
  if (input.now < observationEndsAt) {
    const minutesLeft = Math.ceil((observationEndsAt - input.now) / 60_000);
    unmetList.unshift(
      unmet(DISCHARGE_CRITERIA.observation, `${minutesLeft} more minutes of observation needed.`),
    );
  }
  const ready = unmetList.length === 0;
  return {
    ...producedBy(DISCHARGE_READINESS_RULE),
    ready,
    unmet: unmetList,
    firstMetAt: ready && metSince !== null ? Math.max(metSince, observationEndsAt) : null,
    observationEndsAt,
  };
}
