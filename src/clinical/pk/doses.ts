import type { Mg, MgPerHour, Minutes } from "../units";

/** A dose given at once into the plasma. */
export interface BolusDose {
  readonly kind: "bolus";
  readonly at: Minutes;
  readonly amount: Mg;
}

/** A constant rate from `start` until `stop` (minutes from the same origin as the prediction times). */
export interface RateSegment {
  readonly kind: "rate";
  readonly start: Minutes;
  readonly stop: Minutes;
  readonly rate: MgPerHour;
}

export type Dose = BolusDose | RateSegment;

/** Something that happens at a time: a bolus, or a rate segment starting or stopping. */
export interface DoseEvent {
  readonly at: number;
  /** mg added to the plasma at once (0 for segment events). */
  readonly amountMg: number;
  /** Which segment starts or stops (its index in the dose list); −1 for a bolus. */
  readonly segment: number;
  /** The segment's rate in mg per minute while it runs. */
  readonly rateMgPerMin: number;
  readonly starts: boolean;
}

/**
 * Running segments and their total rate. The total is re-added from the running segments at each change
 * rather than incremented, so rounding can never leave a phantom or negative rate behind.
 */
export class RunningRates {
  private readonly running = new Map<number, number>();
  total = 0;

  apply(event: DoseEvent): void {
    if (event.segment < 0) return;
    if (event.starts) this.running.set(event.segment, event.rateMgPerMin);
    else this.running.delete(event.segment);
    let total = 0;
    for (const r of this.running.values()) total += r;
    this.total = total;
  }
}

/** The doses as time-ordered events; a segment that stops before it starts is refused. */
export function doseEvents(doses: readonly Dose[]): DoseEvent[] {
  const events: DoseEvent[] = [];
  doses.forEach((d, segment) => {
    if (d.kind === "bolus") {
      events.push({ at: d.at, amountMg: d.amount, segment: -1, rateMgPerMin: 0, starts: false });
      return;
    }
    if (d.stop < d.start)
      throw new RangeError(`A rate segment stops (${d.stop} min) before it starts (${d.start} min)`);
    if (d.stop === d.start || d.rate === 0) return;
    events.push({ at: d.start, amountMg: 0, segment, rateMgPerMin: d.rate / 60, starts: true });
    events.push({ at: d.stop, amountMg: 0, segment, rateMgPerMin: d.rate / 60, starts: false });
  });
  return events.sort((a, b) => a.at - b.at);
}
