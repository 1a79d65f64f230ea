import { type Delta, type Quantity, UNITS, type Unit } from "./quantity";

export interface FormatOptions {
  /** Most decimals shown; trailing zeros are dropped. Default 2. */
  readonly maxDecimals?: number;
}

function number(value: number, maxDecimals: number): string {
  const fixed = value.toFixed(maxDecimals);
  const trimmed = fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
  return trimmed === "-0" ? "0" : trimmed;
}

/**
 * A quantity with its display unit, e.g. "0.35 mg/kg/h" or "5 µg/kg/min".
 * @example formatQuantity(mgPerHour(25), "mg/h") // "25 mg/h"
 */
export function formatQuantity<U extends Unit>(q: Quantity<U>, unit: U, options: FormatOptions = {}): string {
  return `${number(q, options.maxDecimals ?? 2)} ${UNITS[unit].display}`;
}

/** A signed difference with an explicit sign, e.g. "+0.04 mL/h" or "−0.05 mg/h"; "0 mL/h" when none. */
export function formatDelta<U extends Unit>(d: Delta<U>, unit: U, options: FormatOptions = {}): string {
  const text = number(Math.abs(d), options.maxDecimals ?? 2);
  const sign = text === "0" ? "" : d > 0 ? "+" : "−";
  return `${sign}${text} ${UNITS[unit].display}`;
}

/** The UCUM code of a unit, for FHIR Quantity.code and HL7 units fields. */
export function ucumCode(unit: Unit): string {
  return UNITS[unit].ucum;
}

/** The unit as shown on screen (µ, ·). */
export function displayUnit(unit: Unit): string {
  return UNITS[unit].display;
}
