/**
 * The exact time-stepping shared by every closed-form prediction. The plasma concentration is a sum of
 * exponential modes (see disposition.ts); over a step of Δt with a constant running rate R (mg/min) each
 * mode becomes
 *   mode · exp(−λ·Δt) + R · c · (1 − exp(−λ·Δt)) / λ,
 * which is the exact solution of the compartment equations, not an approximation, and a bolus of D mg adds
 * D · c at once. Dose events are applied in time order, a step never crosses one, and a step that would
 * straddle an event is split at it.
 */
import type { NgPerMl } from "../units";
import type { Disposition } from "./disposition";
import { type Dose, type DoseEvent, doseEvents, RunningRates } from "./doses";

/** Central plus at most two peripheral compartments (disposition.ts refuses more): at most three modes. */
const MAX_MODES = 3;

/** The per-mode multipliers of one step of a given length. */
export interface StepFactors {
  /** exp(−λ·Δt) for each mode. */
  readonly decay: Float64Array;
  /** c·(1 − exp(−λ·Δt))/λ for each mode: what 1 mg/min of constant rate adds over the step. */
  readonly gain: Float64Array;
}

const blankFactors = (): StepFactors => ({
  decay: new Float64Array(MAX_MODES),
  gain: new Float64Array(MAX_MODES),
});

/**
 * The factors of a step of `dt` minutes, for up to three modes (any the model lacks stay 0); `into` is
 * filled and returned when given.
 */
export function stepFactors(
  { lambdas, coefficients }: Disposition,
  dt: number,
  into: StepFactors = blankFactors(),
): StepFactors {
  for (let i = 0; i < lambdas.length; i++) {
    const lambda = lambdas[i]!;
    // expm1 keeps 1 − exp(−λ·Δt) accurate for steps much shorter than 1/λ.
    const growth = -Math.expm1(-lambda * dt);
    into.decay[i] = 1 - growth;
    into.gain[i] = (coefficients[i]! * growth) / lambda;
  }
  return into;
}

/**
 * The modes of one patient's solution at a moment in time, walked forward through a dose list. Times only
 * move forward; a bolus at exactly the current time is included before the concentration is read.
 */
export class ModeState {
  private readonly n: number;
  private readonly coefficients: Float64Array;
  private readonly modes: Float64Array;
  private readonly events: DoseEvent[];
  private readonly running = new RunningRates();
  private readonly cached: StepFactors;
  private cachedStep = Number.NaN;
  private nextIndex = 0;
  /** Current time in minutes; NaN until the first event or sample. */
  private now = Number.NaN;

  constructor(
    private readonly disposition: Disposition,
    doses: readonly Dose[],
  ) {
    this.n = disposition.lambdas.length;
    this.coefficients = Float64Array.from(disposition.coefficients);
    this.modes = new Float64Array(MAX_MODES);
    this.cached = blankFactors();
    this.events = doseEvents(doses);
  }

  /** When the next dose event not yet applied happens, or Infinity when none is left. */
  get nextEventAt(): number {
    return this.events[this.nextIndex]?.at ?? Number.POSITIVE_INFINITY;
  }

  /** Plasma concentration now, mg/L. */
  concentration(): number {
    let c = 0;
    for (let i = 0; i < this.n; i++) c += this.modes[i]!;
    return c;
  }

  /**
   * Move to time `t`, applying every dose event at or before it, each at its own time. With `reuseWithin`,
   * a step that matches the previous one to that relative tolerance reuses its exponentials (used by
   * `predict`, whose caller-built grids repeat a step only to within rounding); otherwise every step is exact.
   */
  moveTo(t: number, reuseWithin = 0): void {
    while (this.nextIndex < this.events.length && this.events[this.nextIndex]!.at <= t) {
      const event = this.events[this.nextIndex]!;
      this.step(event.at, reuseWithin);
      for (let i = 0; i < this.n; i++)
        this.modes[i] = this.modes[i]! + event.amountMg * this.coefficients[i]!;
      this.running.apply(event);
      this.nextIndex++;
    }
    this.step(t, reuseWithin);
  }

  /**
   * Take `count` steps described by `factors`, all before the next dose event, writing the concentration
   * (ng/mL) after each to `out[from]`, `out[from + 1]`, …; the state then stands at `endTime`.
   */
  repeat(factors: StepFactors, count: number, out: NgPerMl[], from: number, endTime: number): void {
    const { decay, gain } = factors;
    const modes = this.modes;
    const rate = this.running.total;
    const end = from + count;
    // Three plain locals whatever the model: a missing mode has decay, gain and value 0, so it stays 0
    // and adds nothing. This loop is the whole cost of a grid.
    const d0 = decay[0]!;
    const d1 = decay[1]!;
    const d2 = decay[2]!;
    const g0 = rate * gain[0]!;
    const g1 = rate * gain[1]!;
    const g2 = rate * gain[2]!;
    let m0 = modes[0]!;
    let m1 = modes[1]!;
    let m2 = modes[2]!;
    for (let k = from; k < end; k++) {
      m0 = m0 * d0 + g0;
      m1 = m1 * d1 + g1;
      m2 = m2 * d2 + g2;
      out[k] = ((m0 + m1 + m2) * 1000) as NgPerMl;
    }
    modes[0] = m0;
    modes[1] = m1;
    modes[2] = m2;
    if (count > 0) this.now = endTime;
  }

  private step(t: number, reuseWithin: number): void {
    const dt = t - this.now;
    if (!(dt > 0)) {
      // Before the first event or sample there is nothing to carry forward.
      if (Number.isNaN(this.now)) this.now = t;
      return;
    }
    if (!(Math.abs(dt - this.cachedStep) <= reuseWithin * dt)) {
      stepFactors(this.disposition, dt, this.cached);
      this.cachedStep = dt;
    }
    const { decay, gain } = this.cached;
    const rate = this.running.total;
    for (let i = 0; i < this.n; i++) this.modes[i] = this.modes[i]! * decay[i]! + rate * gain[i]!;
    this.now = t;
  }
}
