/**
 * Discharge readiness from the chart: the charted observations since the infusion ended, discharge scores
 * as score results, and the baseline from the gate's baseline reading.
 */
import {
  type DischargeObservation,
  type DischargeReadiness,
  dischargeReadiness,
} from "../outcomes/discharge";
import { producedBy } from "../provenance";
import { bandFor, MODIFIED_ALDRETE, PADSS_INFUSION, type ScoreResult, score, totalRange } from "../scores";
import type { ScoreDefinition } from "../scores/types";
import { type ChairConfig, DEFAULT_CHAIR_CONFIG } from "./config";
import type { ChartEntry, EntryBody } from "./entries";
import type { InfusionCourse } from "./infusion";

const DISCHARGE_SCORES: Partial<Record<string, ScoreDefinition>> = {
  aldrete: MODIFIED_ALDRETE,
  padss: PADSS_INFUSION,
};

/**
 * A charted discharge score as a score result. With item scores the instrument scores them; with a total
 * only, it passes only if every item-level pass mark must hold whatever the items were (for the modified
 * Aldrete that means a full 10, since a 9 may have lost its point on breathing or oxygen).
 */
export function dischargeScoreResult(
  def: ScoreDefinition,
  total: number,
  items?: Readonly<Record<string, number>>,
): ScoreResult {
  if (items) {
    const scored = score(def, items);
    if (scored.ok) return scored.result;
  }
  const max = totalRange(def).max;
  const pass = def.pass;
  const shortfall = max - total;
  const itemsCertain = Object.entries(pass?.minItems ?? {}).every(([id, min]) => {
    const item = def.items.find((i) => i.id === id);
    return item !== undefined && item.max - shortfall >= min;
  });
  return {
    ...producedBy(def),
    scoreId: def.id,
    items: {},
    total,
    band: bandFor(def, Math.min(Math.max(total, totalRange(def).min), max)),
    ...(pass ? { passed: total >= pass.minTotal && itemsCertain, passRuleId: pass.id } : {}),
  };
}

function observation(entry: ChartEntry): DischargeObservation | null {
  const { at, body } = entry;
  switch (body.kind) {
    case "vitals":
      return {
        kind: "vitals",
        at,
        ...(body.sbp !== undefined ? { sbp: body.sbp } : {}),
        ...(body.dbp !== undefined ? { dbp: body.dbp } : {}),
        ...(body.hr !== undefined ? { hr: body.hr } : {}),
      };
    case "score": {
      if (body.scale === "moaas" || body.scale === "rass" || body.scale === "cadss6") {
        return { kind: body.scale, at, value: body.value };
      }
      const def = DISCHARGE_SCORES[body.scale];
      return def
        ? { kind: "discharge-score", at, result: dischargeScoreResult(def, body.value, body.items) }
        : null;
    }
    case "escort":
      return { kind: "escort", at, present: body.present };
    default:
      return null;
  }
}

type Vitals = Extract<EntryBody, { kind: "vitals" }>;

/** The baseline reading the gate used: the latest baseline vitals at or before the start. */
export function baselineEntry(
  effective: readonly ChartEntry[],
  startedAt: number | null,
): (ChartEntry & { body: Vitals }) | null {
  let best: (ChartEntry & { body: Vitals }) | null = null;
  for (const e of effective) {
    if (e.body.kind !== "vitals" || e.body.baseline !== true) continue;
    if (startedAt !== null && e.at > startedAt) continue;
    if (best === null || e.at > best.at || (e.at === best.at && e.seq > best.seq))
      best = e as ChartEntry & { body: Vitals };
  }
  return best;
}

/**
 * Readiness once the infusion has stopped; null before that, or when the baseline lacks blood pressure or
 * pulse (then nothing can be compared and discharge needs a note).
 */
export function readinessFor(
  course: InfusionCourse,
  effective: readonly ChartEntry[],
  now: number,
  config: ChairConfig = DEFAULT_CHAIR_CONFIG,
): DischargeReadiness | null {
  if (course.endedAt === null) return null;
  const base = baselineEntry(effective, course.startedAt)?.body;
  if (base?.sbp === undefined || base.dbp === undefined || base.hr === undefined) return null;
  const endedAt = course.endedAt;
  const observations: DischargeObservation[] = [];
  for (const e of effective) {
    // Escort is known from whenever it was charted; everything else counts from the end of the infusion.
    if (e.at < endedAt && e.body.kind !== "escort") continue;
    const o = observation(e);
    if (o) observations.push(o);
  }
  return dischargeReadiness({
    infusionEndedAt: endedAt,
    baseline: { sbp: base.sbp, dbp: base.dbp, hr: base.hr },
    observations,
    now,
    config: config.discharge,
  });
}
