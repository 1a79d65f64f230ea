/**
 * Plasma concentration for any sequence of boluses and constant-rate segments, exactly, by superposing the
 * model's exponentials. Each exponential mode is carried forward in time: between events its value decays
 * by exp(−λ·Δt) and the running infusion adds R·c·(1 − exp(−λ·Δt))/λ; a bolus adds D·c at once. The cost
 * is a few multiplications per mode per requested time, whatever the number of doses.
 */
import { type Kg, type Minutes, mgPerLitreToNgPerMl, type NgPerMl } from "../units";
import { disposition } from "./disposition";
import { type Dose, doseEvents, RunningRates } from "./doses";
import { type PkModel, scaleModel } from "./models";

type ModelParameters = Pick<PkModel, "v1LitresPerKg" | "k10" | "peripheral">;

/** Indices of `times` in ascending time order (the identity when already sorted, which is the usual case). */
function ascendingOrder(times: readonly number[]): number[] {
  const order = times.map((_, i) => i);
  for (let i = 1; i < times.length; i++) {
    if (times[i]! < times[i - 1]!) return order.sort((a, b) => times[a]! - times[b]!);
  }
  return order;
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
  const { lambdas, coefficients } = disposition(scaleModel(model, weight));
  const n = lambdas.length;
  const modes = new Float64Array(n);
  const decay = new Float64Array(n);
  const events = doseEvents(doses);
  const result: NgPerMl[] = new Array(times.length);
  const running = new RunningRates();
  let now = Number.NEGATIVE_INFINITY;
  let lastStep = Number.NaN;
  let e = 0;

  const advanceTo = (t: number) => {
    if (t <= now) return;
    const rate = running.total;
    if (now === Number.NEGATIVE_INFINITY || (rate === 0 && modes.every((m) => m === 0))) {
      now = t;
      return;
    }
    const step = t - now;
    if (step !== lastStep) {
      for (let i = 0; i < n; i++) decay[i] = Math.exp(-lambdas[i]! * step);
      lastStep = step;
    }
    for (let i = 0; i < n; i++) {
      const d = decay[i]!;
      modes[i] = modes[i]! * d + (rate * coefficients[i]! * (1 - d)) / lambdas[i]!;
    }
    now = t;
  };

  for (const index of ascendingOrder(times)) {
    const t = times[index]!;
    while (e < events.length && events[e]!.at <= t) {
      const ev = events[e]!;
      advanceTo(ev.at);
      for (let i = 0; i < n; i++) modes[i] = modes[i]! + ev.amountMg * coefficients[i]!;
      running.apply(ev);
      e++;
    }
    advanceTo(t);
    let c = 0;
    for (let i = 0; i < n; i++) c += modes[i]!;
    result[index] = mgPerLitreToNgPerMl(c);
  }
  return result;
}
