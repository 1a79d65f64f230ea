/**
 * Pain response after an infusion, classed by the IMMPACT thresholds for percent reduction in pain
 * intensity. The guideline's own definition of a positive response is not verified, so IMMPACT is used.
 */
import { type ProducedBy, type Provenance, producedBy } from "../provenance";

export type ResponseClass = "substantial" | "moderate" | "minimal" | "none" | "worse";

export interface ResponseRule extends Provenance {
  readonly rationale: string;
  /** Lowest percent reduction for each class, highest class first. */
  readonly minimumReduction: readonly {
    readonly class: Exclude<ResponseClass, "none" | "worse">;
    readonly percent: number;
  }[];
}

export const IMMPACT_RESPONSE: ResponseRule = {
  id: "out.immpact-response",
  version: "1.0.0",
  sources: ["S74", "S74-b"],
  evidence: "sourced",
  rationale:
    "IMMPACT: a 10–20% fall in pain is minimally important, 30% or more moderately important, 50% or more substantial.",
  minimumReduction: [
    { class: "substantial", percent: 50 },
    { class: "moderate", percent: 30 },
    { class: "minimal", percent: 10 },
  ],
};

export interface PainResponse extends ProducedBy {
  /** Percent fall in pain from before to after; negative when pain rose. Null when pain before was 0. */
  readonly reductionPercent: number | null;
  readonly responseClass: ResponseClass | null;
  readonly before: number;
  readonly after: number;
}

function checkNrs(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0 || value > 10) {
    throw new RangeError(
      `${name} pain must be a whole number from 0 to 10 on the numeric rating scale (got ${value})`,
    );
  }
}

/**
 * Percent reduction in pain (NRS 0–10) and its IMMPACT class. With no pain before, a percent change
 * means nothing, so both are null.
 * @example painResponse(8, 4) // { reductionPercent: 50, responseClass: "substantial", … }
 */
export function painResponse(before: number, after: number): PainResponse {
  checkNrs("Before", before);
  checkNrs("After", after);
  const base = { ...producedBy(IMMPACT_RESPONSE), before, after };
  if (before === 0) return { ...base, reductionPercent: null, responseClass: null };
  const reductionPercent = Math.round(((before - after) / before) * 1000) / 10;
  return { ...base, reductionPercent, responseClass: classify(reductionPercent) };
}

/** The IMMPACT class of a percent reduction. */
export function classify(reductionPercent: number): ResponseClass {
  if (reductionPercent < 0) return "worse";
  const hit = IMMPACT_RESPONSE.minimumReduction.find((m) => reductionPercent >= m.percent);
  return hit ? hit.class : "none";
}
