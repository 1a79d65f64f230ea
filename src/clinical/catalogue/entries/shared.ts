import type { Cited, Code, GradingScale, ManagementStep, SideEffectEntry } from "../types";

/** Catalogue entries are versioned together; bump when any entry's clinical content changes. */
export const ENTRY_VERSION = "1.0.0";

/** Citation for content the sources state. */
export function sourced(...sources: string[]): Cited {
  return { sources, evidence: "sourced" };
}

/** Citation for a clinic-configurable default: the fact sheet marks it UNCONFIRMED or gives no source for it. */
export function practiceDefault(...sources: string[]): Cited {
  return { sources, evidence: "practice-default" };
}

/** A code the fact sheet confirms, with the sources that confirm it. */
export function confirmedCode(
  system: Code["system"],
  code: string,
  display: string,
  ...sources: string[]
): Code {
  return { system, code, display, verified: true, sources };
}

/** A candidate code the fact sheet marks UNCONFIRMED: kept for mapping, flagged for checking against the release. */
export function unconfirmedCode(system: Code["system"], code: string, display: string): Code {
  return { system, code, display, verified: false };
}

/**
 * CTCAE v5.0 "Other, specify" terms carry the general grade meanings. Used where CTCAE has no term of its own
 * for the effect (dissociation, altered perception, hypersalivation).
 */
export function otherSpecifyScale(term: string): GradingScale {
  return {
    system: "CTCAE",
    systemVersion: "5.0",
    term,
    grades: {
      1: "Mild or no symptoms; observed only, no treatment needed.",
      2: "Moderate; a simple, local or non-invasive treatment is needed; limits instrumental daily activities.",
      3: "Severe or medically significant but not immediately life-threatening; hospital care indicated; disabling; limits self-care.",
      4: "Life-threatening; urgent treatment needed.",
      5: "Death related to the event.",
    },
    sources: ["S80"],
  };
}

type Draft = Omit<SideEffectEntry, "version" | "sources"> & {
  /** Sources behind text that carries no citation of its own (onset, risk factors, recognition). */
  readonly alsoCites?: readonly string[];
};

/** Builds an entry whose `sources` list every source cited anywhere inside it, so the list cannot fall behind. */
export function defineEntry({ alsoCites = [], ...draft }: Draft): SideEffectEntry {
  const cited = [
    draft.incidence.sources,
    draft.mechanism.sources,
    draft.grading.sources,
    ...draft.management.flatMap((band) => band.steps.map((step) => step.sources)),
    ...draft.redFlags.map((flag) => flag.sources),
    ...draft.codes.map((code) => code.sources ?? []),
    alsoCites,
  ];
  return { ...draft, version: ENTRY_VERSION, sources: [...new Set(cited.flat())] };
}

// Steps several entries share. Keeping one copy means a dose changes in one place.

/** Reassurance and a low-stimulus room: the first step for every psychological effect. */
export const CALM_ROOM: ManagementStep = {
  kind: "non-drug",
  text: "Explain what is happening in a steady voice; keep the room quiet and dim and keep talk, touch and visual stimulation to a minimum.",
  ...sourced("S24", "S64"),
};

/** Fixed adult rescue dose: consistent with trial and emergency-medicine use, but no source states it as such. */
export const MIDAZOLAM_RESCUE: ManagementStep = {
  kind: "drug",
  text: "Midazolam for distress that reassurance and a calm room do not settle (fixed adult rescue dose; a clinic default).",
  drug: { drug: "midazolam", dose: "1–2 mg", route: "IV" },
  ...practiceDefault("S7", "S139"),
};

/** Weight-based midazolam for an unpleasant recovery reaction, as an emergency-medicine reference gives it. */
export const MIDAZOLAM_WEIGHT_BASED: ManagementStep = {
  kind: "drug",
  text: "Weight-based alternative for an unpleasant recovery reaction (about 2.1 mg at 70 kg).",
  drug: { drug: "midazolam", dose: "0.03 mg/kg", route: "IV" },
  ...sourced("S139"),
};

/** Ondansetron: routine in outpatient series; the dose is from a ketamine sedation pathway, not a chronic-pain protocol. */
export const ONDANSETRON: ManagementStep = {
  kind: "drug",
  text: "Ondansetron, also given before the infusion in many clinics. The dose comes from a ketamine sedation pathway; no chronic-pain dose is confirmed, so it is a clinic default.",
  drug: { drug: "ondansetron", dose: "4 mg", route: "IV" },
  ...practiceDefault("S12", "S102", "S138"),
};

/** Emergency escalation: the label requires airway equipment and trained staff at hand. */
export const CALL_EMERGENCY_TEAM: ManagementStep = {
  kind: "escalation",
  text: "Call the emergency team; support airway, breathing and circulation and arrange transfer to emergency care.",
  ...sourced("S147", "S89"),
};

/** Stopping the running infusion, as the emergency protocol does for every red-flag event. */
export const STOP_INFUSION: ManagementStep = {
  kind: "infusion",
  text: "Stop the ketamine infusion.",
  ...sourced("S64"),
};
