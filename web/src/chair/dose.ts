/** Reading the catalogue's written drug doses into the fields of an intervention entry. */
import type { DrugOption } from "../../../src/clinical/catalogue/types";
import { type AdministrationRoute, DOSE_UNITS, type DoseUnit } from "../../../src/clinical/chair/entries";

export interface DrugDraft {
  drug: string;
  dose: string;
  doseUnit: DoseUnit;
  route: AdministrationRoute;
}

const ROUTE: Record<DrugOption["route"], AdministrationRoute> = {
  IV: "IV",
  PO: "PO",
  IM: "IM",
  SL: "SL",
  inhaled: "inhaled",
  IN: "nasal",
  SC: "SC",
};

/**
 * A drug option as a draft to confirm. A fixed dose ("4 mg") fills the dose; a weight-based or ranged
 * dose ("0.03 mg/kg", "1–2 mg") leaves it for the clinician to work out, with the unit chosen.
 * @example drugDraft({ drug: "ondansetron", dose: "4 mg", route: "IV" }).dose // "4"
 */
export function drugDraft(option: DrugOption): DrugDraft {
  const fixed = /^(\d+(?:\.\d+)?)\s*(mg|µg|mcg|g|mL|L)$/.exec(option.dose.trim());
  const unit = /^[\d.\s–-]*(mg|µg|mcg|g|mL|L)\b/.exec(option.dose.trim())?.[1];
  const asUnit = (u: string | undefined): DoseUnit =>
    u === "mcg" ? "µg" : (DOSE_UNITS as readonly string[]).includes(u ?? "") ? (u as DoseUnit) : "mg";
  return {
    drug: option.drug,
    dose: fixed ? fixed[1]! : "",
    doseUnit: asUnit(fixed ? fixed[2] : unit),
    route: ROUTE[option.route],
  };
}
