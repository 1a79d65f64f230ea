/**
 * Side-by-side summary of two dosing regimens for the planning screen: peak, when it happens, time in each
 * concentration band and exposure (area under the curve), on one grid that includes every dose event.
 */
import {
  type Kg,
  type Minutes,
  minutes,
  type NgHourPerMl,
  type NgPerMl,
  ngHourPerMl,
  ngPerMl,
} from "../units";
import { CONCENTRATION_BANDS, type ConcentrationBand, timeInBands } from "./bands";
import type { Dose } from "./doses";
import { DOMINO, type PkModel } from "./models";
import { predict } from "./predict";

export interface RegimenSummary {
  readonly peak: NgPerMl;
  readonly timeOfPeak: Minutes;
  readonly timeInBands: Record<string, Minutes>;
  /** Trapezoidal area under the predicted curve from 0 to the horizon. */
  readonly auc: NgHourPerMl;
  readonly times: readonly Minutes[];
  readonly concentrations: readonly NgPerMl[];
}

export interface CompareOptions {
  readonly model?: PkModel;
  readonly weight: Kg;
  /** End of the comparison window, minutes from time 0. */
  readonly horizon: Minutes;
  /** Grid spacing; dose start and stop times are added to the grid. Default 0.1 min. */
  readonly step?: Minutes;
  readonly bands?: readonly ConcentrationBand[];
}

function grid(doses: readonly Dose[], horizon: number, step: number): Minutes[] {
  if (!(step > 0)) throw new RangeError("The grid step must be greater than zero");
  const points = new Set<number>();
  const n = Math.floor(horizon / step + 1e-9);
  for (let i = 0; i <= n; i++) points.add(i * step);
  points.add(horizon);
  for (const d of doses) {
    for (const t of d.kind === "bolus" ? [d.at] : [d.start, d.stop]) if (t <= horizon) points.add(t);
  }
  return [...points].sort((a, b) => a - b).map(minutes);
}

/** Summarise one regimen over [0, horizon]. */
export function summariseRegimen(doses: readonly Dose[], options: CompareOptions): RegimenSummary {
  const times = grid(doses, options.horizon, options.step ?? 0.1);
  const concentrations = predict(options.model ?? DOMINO, options.weight, doses, times);
  let peakIndex = 0;
  let area = 0;
  concentrations.forEach((c, i) => {
    if (c > concentrations[peakIndex]!) peakIndex = i;
    if (i > 0) area += ((times[i]! - times[i - 1]!) * (c + concentrations[i - 1]!)) / 2;
  });
  return {
    peak: ngPerMl(concentrations[peakIndex] ?? 0),
    timeOfPeak: times[peakIndex] ?? minutes(0),
    timeInBands: timeInBands(times, concentrations, options.bands ?? CONCENTRATION_BANDS),
    auc: ngHourPerMl(area / 60),
    times,
    concentrations,
  };
}

/**
 * Compare two regimens on the same model, patient and window.
 * @example compareRegimens(cleveland, schwartzman, { weight: kg(70), horizon: minutes(360) }).a.peak
 */
export function compareRegimens(
  a: readonly Dose[],
  b: readonly Dose[],
  options: CompareOptions,
): { readonly a: RegimenSummary; readonly b: RegimenSummary } {
  return { a: summariseRegimen(a, options), b: summariseRegimen(b, options) };
}
