/**
 * The closed-form disposition of a mammillary compartment model: the plasma concentration after a unit dose
 * into the central compartment is a sum of exponentials, C(t) = Σ coefficient_i · exp(−λ_i · t).
 * The λ_i are the eigenvalues of the compartment system (roots of its characteristic polynomial); the
 * coefficients follow from the peripheral return rates.
 */
import type { ScaledModel } from "./models";

export interface Disposition {
  /** Decay rates λ_i, per minute, fastest first. */
  readonly lambdas: readonly number[];
  /** mg/L in plasma per mg given, for each λ_i. */
  readonly coefficients: readonly number[];
}

function quadraticRoots(sum: number, product: number): number[] {
  const disc = Math.sqrt(Math.max(0, sum * sum - 4 * product));
  const big = (sum + disc) / 2;
  // The small root from the product avoids cancellation when the rates differ by orders of magnitude.
  return [big, product / big];
}

/** Three real roots of λ³ − a2·λ² + a1·λ − a0, by the trigonometric method, each polished by Newton steps. */
function cubicRoots(a2: number, a1: number, a0: number): number[] {
  const p = a1 - (a2 * a2) / 3;
  const q = (-2 * a2 * a2 * a2) / 27 + (a2 * a1) / 3 - a0;
  const m = 2 * Math.sqrt(-p / 3);
  const theta = Math.acos(Math.min(1, Math.max(-1, ((3 * q) / (2 * p)) * Math.sqrt(-3 / p)))) / 3;
  const f = (x: number) => ((x - a2) * x + a1) * x - a0;
  const df = (x: number) => (3 * x - 2 * a2) * x + a1;
  return [0, 1, 2].map((k) => {
    let x = m * Math.cos(theta - (2 * Math.PI * k) / 3) + a2 / 3;
    for (let i = 0; i < 3; i++) {
      const slope = df(x);
      if (slope === 0) break;
      x -= f(x) / slope;
    }
    return x;
  });
}

function eigenvalues(model: ScaledModel): number[] {
  const k10 = model.k10;
  const [first, second] = model.peripheral;
  if (!first) return [k10];
  const [k12, k21] = first;
  if (!second) return quadraticRoots(k10 + k12 + k21, k10 * k21);
  if (model.peripheral.length > 2) throw new RangeError("Models with more than two peripheral compartments");
  const [k13, k31] = second;
  return cubicRoots(
    k10 + k12 + k13 + k21 + k31,
    k10 * k31 + k21 * k31 + k21 * k13 + k10 * k21 + k31 * k12,
    k10 * k21 * k31,
  );
}

/**
 * Eigenvalues and unit-dose coefficients of a scaled model.
 * @example disposition(scaleModel(DOMINO, kg(70))).lambdas.length // 3
 */
export function disposition(model: ScaledModel): Disposition {
  const lambdas = eigenvalues(model).sort((a, b) => b - a);
  for (let i = 1; i < lambdas.length; i++) {
    // Distinct rates are what make the sum-of-exponentials form valid; every published set has them.
    if (!(lambdas[i - 1]! - lambdas[i]! > 1e-12 * lambdas[0]!)) throw new RangeError("Repeated eigenvalues");
  }
  const coefficients = lambdas.map((li, i) => {
    let numerator = 1;
    for (const [, kBack] of model.peripheral) numerator *= kBack - li;
    let denominator = 1;
    lambdas.forEach((lj, j) => {
      if (j !== i) denominator *= lj - li;
    });
    return numerator / denominator / model.v1Litres;
  });
  return { lambdas, coefficients };
}
