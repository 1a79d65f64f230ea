/**
 * Every unit conversion in one place. Each function names both units, so a conversion is read, not guessed.
 * Results go back through the validating constructors: a zero weight or concentration throws instead of
 * producing Infinity.
 */
import {
  type Hours,
  hours,
  type Kg,
  type Mcg,
  type McgPerKgPerMin,
  type Mg,
  type MgPerHour,
  type MgPerKg,
  type MgPerKgPerHour,
  type MgPerKgPerMin,
  type MgPerMl,
  type Minutes,
  type Ml,
  type MlPerHour,
  mcg,
  mcgPerKgPerMin,
  mg,
  mgPerHour,
  mgPerKg,
  mgPerKgPerHour,
  mgPerKgPerMin,
  mgPerMl,
  minutes,
  ml,
  mlPerHour,
  type NgPerMl,
  ngPerMl,
  type Seconds,
  seconds,
} from "./quantity";

function positive(what: string, value: number): number {
  if (!(value > 0)) throw new RangeError(`${what} must be greater than zero to divide by it (got ${value})`);
  return value;
}

/** @example mgToMcg(mg(1)) // 1000 µg */
export const mgToMcg = (dose: Mg): Mcg => mcg(dose * 1000);
/** @example mcgToMg(mcg(500)) // 0.5 mg */
export const mcgToMg = (dose: Mcg): Mg => mg(dose / 1000);

/** 1 mg/kg/h = 1000 µg/kg per 60 min. @example mgPerKgPerHourToMcgPerKgPerMin(mgPerKgPerHour(0.3)) // 5 µg/kg/min */
export const mgPerKgPerHourToMcgPerKgPerMin = (rate: MgPerKgPerHour): McgPerKgPerMin =>
  mcgPerKgPerMin((rate * 1000) / 60);
/** @example mcgPerKgPerMinToMgPerKgPerHour(mcgPerKgPerMin(5)) // 0.3 mg/kg/h */
export const mcgPerKgPerMinToMgPerKgPerHour = (rate: McgPerKgPerMin): MgPerKgPerHour =>
  mgPerKgPerHour((rate * 60) / 1000);

/** @example minutesToHours(minutes(40)) // 0.667 h */
export const minutesToHours = (t: Minutes): Hours => hours(t / 60);
/** @example hoursToMinutes(hours(4)) // 240 min */
export const hoursToMinutes = (t: Hours): Minutes => minutes(t * 60);
/** @example secondsToMinutes(seconds(90)) // 1.5 min */
export const secondsToMinutes = (t: Seconds): Minutes => minutes(t / 60);
/** @example minutesToSeconds(minutes(1)) // 60 s */
export const minutesToSeconds = (t: Minutes): Seconds => seconds(t * 60);

/** Weight-based dose × weight. @example mgPerKgToMg(mgPerKg(0.5), kg(70)) // 35 mg */
export const mgPerKgToMg = (dose: MgPerKg, weight: Kg): Mg => mg(dose * weight);
/** Dose ÷ weight. @example mgToMgPerKg(mg(35), kg(70)) // 0.5 mg/kg */
export const mgToMgPerKg = (dose: Mg, weight: Kg): MgPerKg => mgPerKg(dose / positive("Weight", weight));

/** mg/kg/h × kg → mg/h. @example mgPerKgPerHourToMgPerHour(mgPerKgPerHour(0.35), kg(80)) // 28 mg/h */
export const mgPerKgPerHourToMgPerHour = (rate: MgPerKgPerHour, weight: Kg): MgPerHour =>
  mgPerHour(rate * weight);
/** mg/h ÷ kg → mg/kg/h. @example mgPerHourToMgPerKgPerHour(mgPerHour(25), kg(80)) // 0.3125 mg/kg/h */
export const mgPerHourToMgPerKgPerHour = (rate: MgPerHour, weight: Kg): MgPerKgPerHour =>
  mgPerKgPerHour(rate / positive("Weight", weight));

/** mg/h ÷ mg/mL → mL/h. @example mgPerHourToMlPerHour(mgPerHour(25), mgPerMl(1)) // 25 mL/h */
export const mgPerHourToMlPerHour = (rate: MgPerHour, concentration: MgPerMl): MlPerHour =>
  mlPerHour(rate / positive("Concentration", concentration));
/** mL/h × mg/mL → mg/h. @example mlPerHourToMgPerHour(mlPerHour(25), mgPerMl(1)) // 25 mg/h */
export const mlPerHourToMgPerHour = (rate: MlPerHour, concentration: MgPerMl): MgPerHour =>
  mgPerHour(rate * concentration);

/** mg ÷ mg/mL → mL. @example mgToMl(mg(35), mgPerMl(10)) // 3.5 mL */
export const mgToMl = (dose: Mg, concentration: MgPerMl): Ml =>
  ml(dose / positive("Concentration", concentration));
/** mL × mg/mL → mg. @example mlToMg(ml(3.5), mgPerMl(10)) // 35 mg */
export const mlToMg = (volume: Ml, concentration: MgPerMl): Mg => mg(volume * concentration);
/** Drug amount in a volume. @example concentrationOf(mg(500), ml(500)) // 1 mg/mL */
export const concentrationOf = (dose: Mg, volume: Ml): MgPerMl => mgPerMl(dose / positive("Volume", volume));

/** mg/h × h → mg. @example doseOverTime(mgPerHour(25), hours(4)) // 100 mg */
export const doseOverTime = (rate: MgPerHour, duration: Hours): Mg => mg(rate * duration);
/** mL/h × h → mL. @example volumeOverTime(mlPerHour(25), hours(4)) // 100 mL */
export const volumeOverTime = (rate: MlPerHour, duration: Hours): Ml => ml(rate * duration);
/** mg ÷ h → mg/h. @example rateForDoseOverTime(mg(35), hours(2 / 3)) // 52.5 mg/h */
export const rateForDoseOverTime = (dose: Mg, duration: Hours): MgPerHour =>
  mgPerHour(dose / positive("Duration", duration));

/** mg/kg ÷ min → mg/kg/min (how fast a bolus is pushed). @example bolusSpeed(mgPerKg(0.35), minutes(1)) */
export const bolusSpeed = (dose: MgPerKg, duration: Minutes): MgPerKgPerMin =>
  mgPerKgPerMin(dose / positive("Duration", duration));
/** mg/kg/min × kg → mg/h, for pushing a bolus through a pump. */
export const mgPerKgPerMinToMgPerHour = (speed: MgPerKgPerMin, weight: Kg): MgPerHour =>
  mgPerHour(speed * weight * 60);

/** mg/L (amount ÷ litres in a compartment) → ng/mL: 1 mg/L = 1 µg/mL = 1000 ng/mL. */
export const mgPerLitreToNgPerMl = (mgPerLitre: number): NgPerMl => ngPerMl(mgPerLitre * 1000);
