/**
 * Published compartment models of racemic ketamine. Rate constants are per minute; the central volume is
 * per kg of body weight, which is how each model scales with the patient.
 */
import type { Provenance } from "../provenance";
import type { Kg } from "../units";

export type PkModelId = "domino" | "clements" | "hijazi";

export interface PkModel extends Provenance {
  readonly modelId: PkModelId;
  readonly label: string;
  readonly population: string;
  readonly citation: string;
  /** Central volume, litres per kg. */
  readonly v1LitresPerKg: number;
  /** Elimination from the central compartment, per minute. */
  readonly k10: number;
  /** Exchange with each peripheral compartment, per minute: [central → peripheral, peripheral → central]. */
  readonly peripheral: readonly (readonly [kOut: number, kBack: number])[];
  readonly rationale: string;
}

/** A model's parameters for one patient: the central volume in litres, rate constants per minute. */
export interface ScaledModel {
  readonly v1Litres: number;
  readonly k10: number;
  readonly peripheral: readonly (readonly [kOut: number, kBack: number])[];
}

export const DOMINO: PkModel = {
  id: "pk.model.domino-1982",
  version: "1",
  sources: ["S43", "S44"],
  evidence: "sourced",
  modelId: "domino",
  label: "Domino 1982",
  population: "surgical adults",
  citation: "Domino EF et al. 1982, PMID 7198883",
  v1LitresPerKg: 0.063,
  k10: 0.4381,
  peripheral: [
    [0.5921, 0.247],
    [0.59, 0.0146],
  ],
  rationale:
    "Three-compartment adult model; the parameter set is the same in two independent open-source code bases. Default for adults.",
};

export const CLEMENTS: PkModel = {
  id: "pk.model.clements-1981",
  version: "1",
  sources: ["S43"],
  evidence: "sourced",
  modelId: "clements",
  label: "Clements 1981",
  population: "healthy volunteers, 250 µg/kg bolus",
  citation: "Clements JA et al. 1981, PMID 7459184",
  v1LitresPerKg: 1.7522,
  k10: 0.0109,
  peripheral: [[0.0186, 0.0137]],
  rationale: "Two-compartment model fitted to volunteer data after a single small bolus.",
};

export const HIJAZI: PkModel = {
  id: "pk.model.hijazi-2003",
  version: "1",
  sources: ["S43", "S45"],
  evidence: "sourced",
  modelId: "hijazi",
  label: "Hijazi 2003",
  population: "12 adult intensive-care patients with brain or spinal-cord injury",
  citation: "Hijazi Y et al. 2003, PMID 12538370",
  v1LitresPerKg: 1.08,
  k10: 0.0333,
  peripheral: [[0.0088, 0.003]],
  rationale:
    "Two-compartment model from long ICU infusions; its clearance (1.08 L/kg × 0.0333/min = 36 mL/kg/min) matches the published value.",
};

export const PK_MODELS: readonly PkModel[] = [DOMINO, CLEMENTS, HIJAZI];

/** The model with this id. */
export function pkModel(id: PkModelId): PkModel {
  const model = PK_MODELS.find((m) => m.modelId === id);
  if (!model) throw new RangeError(`Unknown PK model ${id}`);
  return model;
}

/**
 * Scale a model to a patient: the central volume grows with weight, rate constants do not.
 * @example scaleModel(DOMINO, kg(70)).v1Litres // 4.41
 */
export function scaleModel(
  model: Pick<PkModel, "v1LitresPerKg" | "k10" | "peripheral">,
  weight: Kg,
): ScaledModel {
  if (!(weight > 0)) throw new RangeError(`A PK prediction needs a body weight above 0 kg (got ${weight})`);
  return { v1Litres: model.v1LitresPerKg * weight, k10: model.k10, peripheral: model.peripheral };
}
