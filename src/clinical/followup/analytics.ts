/**
 * Reference math for the clinic's benefit–risk analytics; the server's queries must give the same numbers.
 *
 * Intervals are Wilson score intervals at 95 %. Unlike the textbook (Wald) interval, Wilson's stays inside
 * 0–100 %, is not empty at 0 or n events, and holds its coverage with the small counts one clinic sees.
 * Each infusion counts once, with or without the effect, so incidence per 100 infusions is a proportion.
 */
/** z for a two-sided 95 % interval. */
export const Z_95 = 1.959963984540054;

/**
 * The method, named for the documentation and for what analytics record. It is statistics rather than clinical
 * knowledge, so it cites the paper directly instead of the clinical source registry.
 */
export const ANALYTICS_METHOD = {
  id: "fu.analytics.wilson-95",
  version: "1.0.0",
  text: "Wilson score interval, 95 %, for the share of infusions (or patients) with the event.",
  reference:
    "Wilson EB. Probable inference, the law of succession, and statistical inference. J Am Stat Assoc 1927;22:209–212.",
} as const;

export interface Proportion {
  readonly events: number;
  readonly n: number;
  /** Percent (0–100). */
  readonly estimate: number;
  readonly lower: number;
  readonly upper: number;
}

function checkCounts(events: number, n: number): void {
  if (!Number.isInteger(events) || !Number.isInteger(n) || events < 0 || n < 0 || events > n)
    throw new RangeError(`Counts must be whole numbers with 0 ≤ events ≤ n (got ${events} of ${n})`);
}

/**
 * The Wilson score interval for events out of n, in percent; null when n is 0 (nothing to estimate).
 * @example wilson(0, 10) // { estimate: 0, lower: 0, upper: ≈ 27.75 }
 */
export function wilson(events: number, n: number, z: number = Z_95): Proportion | null {
  checkCounts(events, n);
  if (n === 0) return null;
  const p = events / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At 0 or n events one bound is exactly 0 or 1; floating point could leave it a hair outside.
  const lower = events === 0 ? 0 : Math.max(0, centre - half);
  const upper = events === n ? 1 : Math.min(1, centre + half);
  return { events, n, estimate: p * 100, lower: lower * 100, upper: upper * 100 };
}

/**
 * Infusions with the effect per 100 infusions, with its 95 % interval.
 * @example incidencePer100(12, 80).estimate // 15
 */
export const incidencePer100 = (infusionsWithEffect: number, infusions: number): Proportion | null =>
  wilson(infusionsWithEffect, infusions);

/**
 * Share of assessed patients (or infusions) who responded, in percent, with its 95 % interval.
 * @example responseRate(9, 20).estimate // 45
 */
export const responseRate = (responders: number, assessed: number): Proportion | null =>
  wilson(responders, assessed);

export interface AlertRecord {
  readonly acknowledged: boolean;
  /** A clinical action followed the alert (a rate change, pause, stop or intervention charted for it). */
  readonly actedOn: boolean;
}

export interface AlertBurden {
  readonly sessions: number;
  readonly alerts: number;
  /** Null when there were no sessions. */
  readonly alertsPerSession: number | null;
  /** Null when there were no alerts. */
  readonly acknowledged: Proportion | null;
  readonly actedOn: Proportion | null;
}

/**
 * How much alerting the staff lived with: alerts per session, and the shares acknowledged and acted on. A
 * high count with a low acted-on share suggests thresholds that alert without changing care.
 */
export function alertBurden(alerts: readonly AlertRecord[], sessions: number): AlertBurden {
  if (!Number.isInteger(sessions) || sessions < 0)
    throw new RangeError(`Sessions must be a whole number (got ${sessions})`);
  if (alerts.length > 0 && sessions === 0) throw new RangeError("Alerts were counted without any session");
  return {
    sessions,
    alerts: alerts.length,
    alertsPerSession: sessions === 0 ? null : alerts.length / sessions,
    acknowledged: wilson(alerts.filter((a) => a.acknowledged).length, alerts.length),
    actedOn: wilson(alerts.filter((a) => a.actedOn).length, alerts.length),
  };
}
