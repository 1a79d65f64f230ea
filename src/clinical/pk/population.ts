/**
 * A virtual population for showing how uncertain a prediction is: each virtual patient has a weight and
 * model parameters drawn around the published values. Draws come from a seeded generator, so the same seed
 * always gives the same band.
 */
import { type Kg, kg, type Minutes, type NgPerMl, ngPerMl } from "../units";
import type { Dose } from "./doses";
import type { PkModel } from "./models";
import { gridTimes, predict, predictGrid, type TimeGrid } from "./predict";
import { select } from "./select";

type ModelParameters = Pick<PkModel, "v1LitresPerKg" | "k10" | "peripheral">;

/** Mulberry32: a small, fast, seeded generator of uniform numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function standardNormal(random: () => number): number {
  // Box–Muller; 1 − u keeps the logarithm's argument above zero.
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

export interface PopulationSpec {
  readonly seed: number;
  readonly size: number;
  readonly minWeight: Kg;
  readonly maxWeight: Kg;
  /**
   * Between-patient variability of each parameter as the standard deviation of its logarithm (≈ the
   * coefficient of variation when small). An assumption of the caller: the sources give none.
   */
  readonly logSd: number;
}

export interface VirtualPatient {
  readonly weight: Kg;
  readonly parameters: ModelParameters;
}

/** Draw a virtual population around a model. */
export function virtualPopulation(model: ModelParameters, spec: PopulationSpec): VirtualPatient[] {
  const random = seededRandom(spec.seed);
  const vary = (value: number) => value * Math.exp(spec.logSd * standardNormal(random));
  return Array.from({ length: spec.size }, () => ({
    weight: kg(spec.minWeight + (spec.maxWeight - spec.minWeight) * random()),
    parameters: {
      v1LitresPerKg: vary(model.v1LitresPerKg),
      k10: vary(model.k10),
      peripheral: model.peripheral.map(([kOut, kBack]) => [vary(kOut), vary(kBack)] as const),
    },
  }));
}

export interface ConcentrationBandCurves {
  readonly low: NgPerMl[];
  readonly median: NgPerMl[];
  readonly high: NgPerMl[];
}

/** Anything that predicts concentrations like `predict` (the RK4 reference can stand in for timing). */
export type Predictor = (
  model: ModelParameters,
  weight: Kg,
  doses: readonly Dose[],
  times: readonly Minutes[],
) => readonly NgPerMl[];

export interface BandOptions {
  /** Lower and upper percentiles; 5 and 95 when omitted. */
  readonly percentiles?: { readonly low: number; readonly high: number };
  readonly predictor?: Predictor;
}

/**
 * Per time, the lower and upper percentiles and the median of the population's concentrations.
 * `dosesFor` gives each virtual patient's doses, so weight-based plans scale with each patient's weight.
 * `times` is a list, or an evenly spaced grid, which the default predictor follows with `predictGrid`.
 */
export function populationBand(
  patients: readonly VirtualPatient[],
  dosesFor: (patient: VirtualPatient) => readonly Dose[],
  times: readonly Minutes[] | TimeGrid,
  options: BandOptions = {},
): ConcentrationBandCurves {
  if (patients.length === 0) throw new RangeError("A band needs at least one virtual patient");
  const { low, high } = options.percentiles ?? { low: 5, high: 95 };
  const predictOne: (p: VirtualPatient) => readonly NgPerMl[] =
    "step" in times && !options.predictor
      ? (p) => predictGrid(p.parameters, p.weight, dosesFor(p), times)
      : (p) => {
          const list = "step" in times ? gridTimes(times) : times;
          return (options.predictor ?? predict)(p.parameters, p.weight, dosesFor(p), list);
        };
  const curves = patients.map(predictOne);
  const count = curves[0]!.length;
  const column = new Float64Array(patients.length);
  const rank = (pct: number) => Math.min(column.length - 1, Math.floor((pct / 100) * column.length));
  const [lowRank, medianRank, highRank] = [rank(low), rank(50), rank(high)];
  // Each selection leaves larger values to its right, so the next rank up is searched for there only.
  const ranks = [...new Set([lowRank, medianRank, highRank])].sort((a, b) => a - b);
  const band: ConcentrationBandCurves = { low: [], median: [], high: [] };
  for (let t = 0; t < count; t++) {
    for (let p = 0; p < curves.length; p++) column[p] = curves[p]![t]!;
    let from = 0;
    for (const r of ranks) {
      select(column, r, from);
      from = r + 1;
    }
    band.low.push(ngPerMl(column[lowRank]!));
    band.median.push(ngPerMl(column[medianRank]!));
    band.high.push(ngPerMl(column[highRank]!));
  }
  return band;
}
