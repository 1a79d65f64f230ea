/** Ketamine vial strengths and the dilutions prepared from them. */
import { concentrationOf, type Mg, type MgPerMl, type Ml, mgPerMl, mgToMl, ml } from "../units";

/** Racemic ketamine HCl vial strengths, mg/mL as base [S15][S98][S16]. */
export const VIAL_STRENGTHS: readonly MgPerMl[] = [mgPerMl(10), mgPerMl(50), mgPerMl(100)];

/** The usual infusion dilution, 1 mg/mL in 0.9% NaCl or D5W [S14][S28]. */
export const USUAL_INFUSION_CONCENTRATION: MgPerMl = mgPerMl(1);

export interface Dilution {
  /** What to draw from the vial. */
  readonly vialVolume: Ml;
  /** Diluent to add to reach the final volume. */
  readonly diluentVolume: Ml;
  readonly concentration: MgPerMl;
}

/**
 * How to make `drug` mg up to `finalVolume` mL from a vial of the given strength.
 * @example prepareDilution(mgPerMl(50), mg(500), ml(500)) // 10 mL of vial + 490 mL diluent = 1 mg/mL
 */
export function prepareDilution(vial: MgPerMl, drug: Mg, finalVolume: Ml): Dilution {
  const vialVolume = mgToMl(drug, vial);
  if (vialVolume > finalVolume) {
    throw new RangeError(
      `${drug} mg needs ${vialVolume} mL of a ${vial} mg/mL vial, more than the ${finalVolume} mL final volume`,
    );
  }
  return {
    vialVolume,
    diluentVolume: ml(finalVolume - vialVolume),
    concentration: concentrationOf(drug, finalVolume),
  };
}
