/**
 * Plasma concentration for any sequence of boluses and constant-rate segments, exactly, by superposing the
 * model's exponentials (the stepping itself is in modes.ts). The cost is a few multiplications per mode per
 * requested time, whatever the number of doses; on an evenly spaced grid `predictGrid` reuses one step's
 * exponentials for every point.
 */
import { type Kg, type Minutes, mgPerLitreToNgPerMl, type NgPerMl } from "../units";
import { disposition } from "./disposition";
import type { Dose } from "./doses";
import { type PkModel, scaleModel } from "./models";
import { ModeState, stepFactors } from "./modes";

type ModelParameters = Pick<PkModel, "v1LitresPerKg" | "k10" | "peripheral">;

/** Indices of `times` in ascending time order, or null when they already are (the usual case). */
function ascendingOrder(times: readonly number[]): number[] | null {
  for (let i = 1; i < times.length; i++) {
    if (times[i]! < times[i - 1]!) return times.map((_, j) => j).sort((a, b) => times[a]! - times[b]!);
  }
  return null;
}

/**
 * Predicted plasma concentration at each of `times` (minutes, same origin as the doses). A bolus given at
 * exactly a requested time is included in that time's value.
 * @example predict(DOMINO, kg(70), [{ kind: "rate", start: minutes(0), stop: minutes(40), rate: mgPerHour(52.5) }], [minutes(40)])
 */
export function predict(
  model: ModelParameters,
  weight: Kg,
  doses: readonly Dose[],
  times: readonly Minutes[],
): NgPerMl[] {
  const state = new ModeState(disposition(scaleModel(model, weight)), doses);
  const order = ascendingOrder(times);
  const result: NgPerMl[] = new Array(times.length);
  for (let k = 0; k < times.length; k++) {
    const index = order ? order[k]! : k;
    // A caller's evenly spaced times repeat their step only to within rounding, so exponentials are
    // reused while the step matches to 1 part in 10^12: that shifts the curve in time by at most 10^-12 of
    // its span, far below any tolerance that matters, and saves the exponentials at each point.
    state.moveTo(times[index]!, 1e-12);
    result[index] = mgPerLitreToNgPerMl(state.concentration());
  }
  return result;
}

/** Evenly spaced times: `start`, `start + step`, …, `count` of them (minutes). */
export interface TimeGrid {
  readonly start: number;
  readonly step: number;
  readonly count: number;
}

/** The times of a grid as a list, each `start + k·step`. */
export function gridTimes({ start, step, count }: TimeGrid): Minutes[] {
  return Array.from({ length: count }, (_, k) => (start + k * step) as Minutes);
}

/** Index of the last grid time before `t` (−1 when none), judged on `start + k·step` as computed. */
function lastBefore({ start, step, count }: TimeGrid, t: number): number {
  if (t === Number.POSITIVE_INFINITY) return count - 1;
  let k = Math.min(count - 1, Math.ceil((t - start) / step) - 1);
  // The division can land one off either way by rounding; settle on the computed times themselves.
  while (k + 1 < count && start + (k + 1) * step < t) k++;
  while (k >= 0 && start + k * step >= t) k--;
  return k;
}

/**
 * Predicted plasma concentration (ng/mL) at each time of an evenly spaced grid; the same values as
 * `predict` at `gridTimes(grid)`, found by an exact recurrence: one step's exponentials serve every point,
 * and a step that a dose event falls inside is split at the event, so a bolus at a grid point is included in
 * that point's value.
 * @example predictGrid(DOMINO, kg(80), doses, { start: 0, step: 1 / 60, count: 4 * 3600 + 1 })
 */
export function predictGrid(
  model: ModelParameters,
  weight: Kg,
  doses: readonly Dose[],
  grid: TimeGrid,
): NgPerMl[] {
  const { start, step, count } = grid;
  if (!(Number.isInteger(count) && count >= 0))
    throw new RangeError(`A grid needs a whole count, not ${count}`);
  if (!(step > 0 && Number.isFinite(step) && Number.isFinite(start)))
    throw new RangeError(`A grid needs a finite start and a positive step, not ${start} and ${step}`);
  const shape = disposition(scaleModel(model, weight));
  const state = new ModeState(shape, doses);
  const regular = stepFactors(shape, step);
  const result: NgPerMl[] = new Array(count);
  let k = 0;
  while (k < count) {
    // Reach this point exactly, through any dose events since the last one.
    state.moveTo(start + k * step, 0);
    result[k] = mgPerLitreToNgPerMl(state.concentration());
    k++;
    // Every following point before the next event is one regular step on.
    const last = lastBefore(grid, state.nextEventAt);
    state.repeat(regular, last + 1 - k, result, k, start + last * step);
    k = last + 1;
  }
  return result;
}
