/**
 * Premedication and rescue medication suggestions for a plan, from the patient's screening findings and the
 * side-effect catalogue's management steps. The prescriber decides; these only prefill the plan.
 */
import { CATALOGUE, sideEffect } from "../../clinical/catalogue";
import type { DrugOption, SideEffectEntry, SideEffectId } from "../../clinical/catalogue/types";
import type { Finding } from "../../clinical/screening/screen";

export interface Premedication {
  readonly drug: string;
  readonly dose: string;
  readonly route: string;
  readonly reason: string;
  readonly sources: string[];
}

export interface RescueMedication {
  readonly drug: string;
  readonly dose: string;
  readonly route: string;
  readonly forSideEffect: SideEffectId;
  readonly sources: string[];
}

/** Drug steps of an effect's management bands, mildest band first, each with the sources of its step. */
function drugSteps(entry: SideEffectEntry, bands = entry.management) {
  return bands.flatMap((b) =>
    b.steps.flatMap((s) => (s.drug ? [{ drug: s.drug, sources: [...s.sources] }] : [])),
  ) as { drug: DrugOption; sources: string[] }[];
}

/** Common effects that can start during the infusion: a rescue drug for them is always at hand. */
const EXPECTED_DURING_INFUSION = CATALOGUE.filter(
  (e) => e.tier === "common" && e.onset.includes("during-infusion"),
).map((e) => e.id);

/**
 * Suggestions for a patient with these findings:
 * - premedications: for a common side effect a finding makes more likely (e.g. nausea history → nausea), the
 *   drug the catalogue gives for its mildest grade, given before the infusion;
 * - rescue medications: the catalogue's drug options for every side effect a finding points to and for the
 *   common effects expected during any infusion, one per drug and effect.
 */
export function suggestMedications(findings: readonly Finding[]): {
  premedications: Premedication[];
  rescueMedications: RescueMedication[];
} {
  const premedications: Premedication[] = [];
  const premedicated = new Set<string>();
  for (const f of findings) {
    for (const id of f.relatedSideEffects) {
      const entry = sideEffect(id);
      if (entry.tier !== "common") continue;
      for (const { drug, sources } of drugSteps(entry, entry.management.slice(0, 1))) {
        if (premedicated.has(drug.drug)) continue;
        premedicated.add(drug.drug);
        premedications.push({
          drug: drug.drug,
          dose: drug.dose,
          route: drug.route,
          reason: `${entry.clinicalName}: ${f.title}`,
          sources,
        });
      }
    }
  }
  const effects = new Set<SideEffectId>([
    ...findings.flatMap((f) => f.relatedSideEffects),
    ...EXPECTED_DURING_INFUSION,
  ]);
  const rescueMedications: RescueMedication[] = [];
  const seen = new Set<string>();
  for (const id of effects) {
    for (const { drug, sources } of drugSteps(sideEffect(id))) {
      const key = `${drug.drug}|${id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      rescueMedications.push({
        drug: drug.drug,
        dose: drug.dose,
        route: drug.route,
        forSideEffect: id,
        sources,
      });
    }
  }
  return { premedications, rescueMedications };
}
