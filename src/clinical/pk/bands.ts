/**
 * Plasma concentration bands linked to ketamine effects. Ranges overlap on purpose: analgesia and
 * dissociation share concentrations, which is why dissociation is common at analgesic doses.
 */
import type { Provenance } from "../provenance";
import { type Minutes, minutes, type NgPerMl, ngPerMl } from "../units";

export type BandId = "analgesia" | "dissociation" | "anaesthetic";

export interface ConcentrationBand extends Provenance {
  readonly bandId: BandId;
  readonly label: string;
  readonly low: NgPerMl;
  /** Null when the band has no upper end. */
  readonly high: NgPerMl | null;
  readonly rationale: string;
}

export const CONCENTRATION_BANDS: readonly ConcentrationBand[] = [
  {
    id: "pk.band.analgesia",
    version: "1",
    sources: ["S17"],
    evidence: "sourced",
    bandId: "analgesia",
    label: "Analgesia",
    low: ngPerMl(70),
    high: ngPerMl(160),
    rationale: "Plasma range reported for pain relief after 0.15 mg/kg IV.",
  },
  {
    id: "pk.band.dissociation",
    version: "1",
    sources: ["S17", "S47"],
    evidence: "sourced",
    bandId: "dissociation",
    label: "Dissociation / psychotomimetic effects",
    low: ngPerMl(100),
    high: ngPerMl(250),
    rationale:
      "Range reported for dissociation after 0.5 mg/kg over 40 min; psychedelic effects rise linearly across 50–200 ng/mL and psychotomimetic effects were seen at 120 ng/mL.",
  },
  {
    id: "pk.band.anaesthetic",
    version: "1",
    sources: ["S17", "S46", "S128"],
    evidence: "sourced",
    bandId: "anaesthetic",
    label: "Anaesthetic",
    low: ngPerMl(1200),
    high: null,
    rationale:
      "General anaesthesia after 1–2 mg/kg IV corresponds to 1,200–2,400 ng/mL; early assays put anaesthetic levels above 1 µg/mL.",
  },
];

/** Fraction of [0, 1] over which a straight line from c0 to c1 lies within [low, high]. */
function fractionInside(c0: number, c1: number, low: number, high: number): number {
  if (c0 === c1) return c0 >= low && c0 <= high ? 1 : 0;
  const sLow = (low - c0) / (c1 - c0);
  const sHigh = (high - c0) / (c1 - c0);
  const from = Math.max(0, Math.min(sLow, sHigh));
  const to = Math.min(1, Math.max(sLow, sHigh));
  return Math.max(0, to - from);
}

/**
 * Minutes spent in each band by a sampled concentration curve, joining samples by straight lines.
 * @example timeInBands([minutes(0), minutes(10)], [ngPerMl(0), ngPerMl(200)]).analgesia // 4.5 min
 */
export function timeInBands(
  times: readonly Minutes[],
  concentrations: readonly NgPerMl[],
  bands: readonly ConcentrationBand[] = CONCENTRATION_BANDS,
): Record<string, Minutes> {
  if (times.length !== concentrations.length) throw new RangeError("One concentration per time is needed");
  const result: Record<string, Minutes> = {};
  for (const band of bands) {
    const high = band.high ?? Number.POSITIVE_INFINITY;
    let total = 0;
    for (let i = 1; i < times.length; i++) {
      const span = times[i]! - times[i - 1]!;
      if (span < 0) throw new RangeError("Times must be in ascending order");
      total += span * fractionInside(concentrations[i - 1]!, concentrations[i]!, band.low, high);
    }
    result[band.bandId] = minutes(total);
  }
  return result;
}
