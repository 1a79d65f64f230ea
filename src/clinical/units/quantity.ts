/**
 * Branded quantities: a number that carries its unit in the type, so a dose in mg cannot be passed where
 * µg/kg/min is expected. At run time a quantity is a plain number; every constructor validates it.
 */

declare const unitBrand: unique symbol;
declare const deltaBrand: unique symbol;

interface UnitInfo {
  /** UCUM code, used for data exchange. */
  readonly ucum: string;
  /** What a clinician reads on screen. */
  readonly display: string;
  /** What the quantity is, for error messages. */
  readonly name: string;
}

/** Every unit the dosing and PK code uses, keyed by its UCUM code. */
export const UNITS = {
  mg: { ucum: "mg", display: "mg", name: "dose" },
  ug: { ucum: "ug", display: "µg", name: "dose" },
  "mg/kg": { ucum: "mg/kg", display: "mg/kg", name: "weight-based dose" },
  "mg/kg/h": { ucum: "mg/kg/h", display: "mg/kg/h", name: "weight-based infusion rate" },
  "ug/kg/min": { ucum: "ug/kg/min", display: "µg/kg/min", name: "weight-based infusion rate" },
  "mg/kg/min": { ucum: "mg/kg/min", display: "mg/kg/min", name: "bolus speed" },
  "mg/h": { ucum: "mg/h", display: "mg/h", name: "infusion rate" },
  "mL/h": { ucum: "mL/h", display: "mL/h", name: "pump rate" },
  "mg/mL": { ucum: "mg/mL", display: "mg/mL", name: "concentration" },
  mL: { ucum: "mL", display: "mL", name: "volume" },
  kg: { ucum: "kg", display: "kg", name: "body weight" },
  s: { ucum: "s", display: "s", name: "duration" },
  min: { ucum: "min", display: "min", name: "duration" },
  h: { ucum: "h", display: "h", name: "duration" },
  "ng/mL": { ucum: "ng/mL", display: "ng/mL", name: "plasma concentration" },
  "ng.h/mL": { ucum: "ng.h/mL", display: "ng·h/mL", name: "area under the concentration curve" },
} as const satisfies Record<string, UnitInfo>;

export type Unit = keyof typeof UNITS;

/** A finite, non-negative amount in unit `U`. */
export type Quantity<U extends Unit> = number & { readonly [unitBrand]: U };
/** A signed difference in unit `U` (for example what rounding added or removed). */
export type Delta<U extends Unit> = number & { readonly [deltaBrand]: U };

export type Mg = Quantity<"mg">;
export type Mcg = Quantity<"ug">;
export type MgPerKg = Quantity<"mg/kg">;
export type MgPerKgPerHour = Quantity<"mg/kg/h">;
export type McgPerKgPerMin = Quantity<"ug/kg/min">;
export type MgPerKgPerMin = Quantity<"mg/kg/min">;
export type MgPerHour = Quantity<"mg/h">;
export type MlPerHour = Quantity<"mL/h">;
export type MgPerMl = Quantity<"mg/mL">;
export type Ml = Quantity<"mL">;
export type Kg = Quantity<"kg">;
export type Seconds = Quantity<"s">;
export type Minutes = Quantity<"min">;
export type Hours = Quantity<"h">;
export type NgPerMl = Quantity<"ng/mL">;
export type NgHourPerMl = Quantity<"ng.h/mL">;

/** Thrown when a value cannot be a quantity; the message names the quantity and its unit. */
export class QuantityError extends Error {
  constructor(
    readonly unit: Unit,
    readonly value: number,
    reason: string,
  ) {
    super(`Invalid ${UNITS[unit].name} (${UNITS[unit].display}): ${String(value)} ${reason}`);
    this.name = "QuantityError";
  }
}

/**
 * Make a quantity, refusing NaN, infinities and negative values.
 * @example quantity("mg/kg/h", 0.35) // 0.35 mg/kg/h
 */
export function quantity<U extends Unit>(unit: U, value: number): Quantity<U> {
  if (!Number.isFinite(value)) throw new QuantityError(unit, value, "is not a finite number");
  if (value < 0) throw new QuantityError(unit, value, "is negative");
  // -0 would print as "-0"; it is the same amount as 0.
  return (value === 0 ? 0 : value) as Quantity<U>;
}

/** Make a signed difference, refusing NaN and infinities. */
export function delta<U extends Unit>(unit: U, value: number): Delta<U> {
  if (!Number.isFinite(value)) throw new QuantityError(unit, value, "is not a finite number");
  return (value === 0 ? 0 : value) as Delta<U>;
}

/** @example mg(80) */
export const mg = (value: number): Mg => quantity("mg", value);
/** @example mcg(250) */
export const mcg = (value: number): Mcg => quantity("ug", value);
/** @example mgPerKg(0.5) */
export const mgPerKg = (value: number): MgPerKg => quantity("mg/kg", value);
/** @example mgPerKgPerHour(0.35) */
export const mgPerKgPerHour = (value: number): MgPerKgPerHour => quantity("mg/kg/h", value);
/** @example mcgPerKgPerMin(5) */
export const mcgPerKgPerMin = (value: number): McgPerKgPerMin => quantity("ug/kg/min", value);
/** @example mgPerKgPerMin(0.5) */
export const mgPerKgPerMin = (value: number): MgPerKgPerMin => quantity("mg/kg/min", value);
/** @example mgPerHour(25) */
export const mgPerHour = (value: number): MgPerHour => quantity("mg/h", value);
/** @example mlPerHour(25) */
export const mlPerHour = (value: number): MlPerHour => quantity("mL/h", value);
/** @example mgPerMl(1) */
export const mgPerMl = (value: number): MgPerMl => quantity("mg/mL", value);
/** @example ml(500) */
export const ml = (value: number): Ml => quantity("mL", value);
/** @example kg(70) */
export const kg = (value: number): Kg => quantity("kg", value);
/** @example seconds(60) */
export const seconds = (value: number): Seconds => quantity("s", value);
/** @example minutes(40) */
export const minutes = (value: number): Minutes => quantity("min", value);
/** @example hours(4) */
export const hours = (value: number): Hours => quantity("h", value);
/** @example ngPerMl(185) */
export const ngPerMl = (value: number): NgPerMl => quantity("ng/mL", value);
/** @example ngHourPerMl(600) */
export const ngHourPerMl = (value: number): NgHourPerMl => quantity("ng.h/mL", value);

/** Add quantities of one unit. */
export function sum<U extends Unit>(unit: U, values: readonly Quantity<U>[]): Quantity<U> {
  let total = 0;
  for (const v of values) total += v;
  return quantity(unit, total);
}
