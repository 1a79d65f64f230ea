/**
 * A reference solution of the same compartment model by classical fourth-order Runge–Kutta on the drug
 * amounts, written without the eigenvalue machinery, so the closed form can be checked against it.
 * Steps never cross a dose event or a requested time.
 */
import type { Kg, Minutes } from "../units";
import { type Dose, doseEvents, RunningRates } from "./doses";
import { type PkModel, scaleModel } from "./models";

/**
 * Plasma concentration (ng/mL, plain numbers) at each of `times`, sorted ascending, integrating with steps
 * no longer than `maxStep` minutes.
 */
export function rk4Predict(
  model: Pick<PkModel, "v1LitresPerKg" | "k10" | "peripheral">,
  weight: Kg,
  doses: readonly Dose[],
  times: readonly Minutes[],
  maxStep: number,
): number[] {
  const { v1Litres, k10, peripheral } = scaleModel(model, weight);
  const p = peripheral.length;
  const kOutTotal = k10 + peripheral.reduce((s, [kOut]) => s + kOut, 0);
  const amounts = new Float64Array(p + 1);
  const k = [1, 2, 3, 4].map(() => new Float64Array(p + 1));
  const trial = new Float64Array(p + 1);

  const derivative = (x: Float64Array, rate: number, out: Float64Array) => {
    let central = rate - kOutTotal * x[0]!;
    for (let j = 0; j < p; j++) {
      const [kOut, kBack] = peripheral[j]!;
      central += kBack * x[j + 1]!;
      out[j + 1] = kOut * x[0]! - kBack * x[j + 1]!;
    }
    out[0] = central;
  };

  const step = (h: number, rate: number) => {
    const [k1, k2, k3, k4] = k as [Float64Array, Float64Array, Float64Array, Float64Array];
    derivative(amounts, rate, k1);
    for (let j = 0; j <= p; j++) trial[j] = amounts[j]! + (h / 2) * k1[j]!;
    derivative(trial, rate, k2);
    for (let j = 0; j <= p; j++) trial[j] = amounts[j]! + (h / 2) * k2[j]!;
    derivative(trial, rate, k3);
    for (let j = 0; j <= p; j++) trial[j] = amounts[j]! + h * k3[j]!;
    derivative(trial, rate, k4);
    for (let j = 0; j <= p; j++)
      amounts[j] = amounts[j]! + (h / 6) * (k1[j]! + 2 * k2[j]! + 2 * k3[j]! + k4[j]!);
  };

  const events = doseEvents(doses);
  const running = new RunningRates();
  let now = Math.min(events[0]?.at ?? 0, times[0] ?? 0);
  let e = 0;
  const integrateTo = (t: number) => {
    const span = t - now;
    if (span <= 0) return;
    const n = Math.ceil(span / maxStep);
    for (let i = 0; i < n; i++) step(span / n, running.total);
    now = t;
  };

  return times.map((t) => {
    while (e < events.length && events[e]!.at <= t) {
      const ev = events[e]!;
      integrateTo(ev.at);
      amounts[0] = amounts[0]! + ev.amountMg;
      running.apply(ev);
      e++;
    }
    integrateTo(t);
    return (amounts[0]! / v1Litres) * 1000;
  });
}
