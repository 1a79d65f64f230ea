/**
 * Pumps deliver in steps (commonly 0.1 mL/h). A rate is rounded to the nearest step, half up; when that
 * step would cross a limit the exact rate respects, computePlan takes the step on the other side.
 */
import { type MlPerHour, mlPerHour } from "../units";

export type RoundingDirection = "nearest" | "down" | "up";

/** Default pump resolution. */
export const DEFAULT_PUMP_RESOLUTION: MlPerHour = mlPerHour(0.1);

/**
 * Round a pump rate to a multiple of `resolution`.
 * @example roundToPump(mlPerHour(26.25), mlPerHour(0.1), "nearest") // 26.3 mL/h
 */
export function roundToPump(rate: MlPerHour, resolution: MlPerHour, direction: RoundingDirection): MlPerHour {
  if (!(resolution > 0)) throw new RangeError(`Pump resolution must be above 0 mL/h (got ${resolution})`);
  const steps = rate / resolution;
  // The tolerance absorbs binary noise such as 25 / 0.1 = 249.99999999999997 steps.
  const whole =
    direction === "nearest"
      ? Math.floor(steps + 0.5 + 1e-9)
      : direction === "down"
        ? Math.floor(steps + 1e-9)
        : Math.ceil(steps - 1e-9);
  // Twelve significant digits removes products like 3 × 0.1 = 0.30000000000000004.
  return mlPerHour(Number((whole * resolution).toPrecision(12)));
}
