/**
 * The ketamine drug library: protocols from the clinical sources, each with soft limits (allowed with a
 * recorded reason) and hard limits (refused), like a smart pump's drug library.
 *
 * No validated maximum single-session or cumulative dose exists for chronic-pain infusions. Session and
 * course caps that are not a protocol's own figure are therefore practice defaults (evidence
 * "practice-default"): set here so that each protocol runs unimpeded and a gross error is stopped, cited to
 * the toxicity signals that motivate a cap, and meant to be set by each clinic.
 */
import {
  hours,
  mg,
  mgPerHour,
  mgPerKg,
  mgPerKgPerHour,
  mgPerMl,
  minutes,
  type Quantity,
  type Unit,
} from "../units";
import { BOLUS_RULE, MAX_PUSH_CONCENTRATION } from "./bolus";
import { USUAL_INFUSION_CONCENTRATION } from "./formulations";
import type { DoseLimit, Protocol } from "./types";

/** Sources that motivate a cumulative cap: liver injury and bladder toxicity with high cumulative exposure. */
const CAP_SIGNALS = ["S52", "S53", "S55"];

/** Limits every protocol carries: rate per kg, bolus size and speed, concentrations. */
export const COMMON_LIMITS: readonly DoseLimit[] = [
  {
    id: "limit.rate-per-kg.soft",
    version: "1",
    sources: ["S13"],
    evidence: "sourced",
    quantity: "infusion-rate-per-kg",
    kind: "soft",
    bound: "max",
    limit: mgPerKgPerHour(1),
    rationale: "Upper end of what state guidance calls a low-dose ketamine infusion.",
  },
  {
    id: "limit.rate-per-kg.hard",
    version: "1",
    sources: ["S130"],
    evidence: "sourced",
    quantity: "infusion-rate-per-kg",
    kind: "hard",
    bound: "max",
    limit: mgPerKgPerHour(2),
    rationale:
      "Upper end of the consensus guideline's infusion range; the higher rates reported were given in intensive care, not in an infusion clinic.",
  },
  {
    id: "limit.bolus-per-kg.soft",
    version: "1",
    sources: ["S130"],
    evidence: "sourced",
    quantity: "bolus-per-kg",
    kind: "soft",
    bound: "max",
    limit: mgPerKg(0.35),
    rationale: "Largest bolus in the consensus guideline's dose range.",
  },
  {
    id: "limit.bolus-per-kg.hard",
    version: "1",
    sources: ["S13"],
    evidence: "sourced",
    quantity: "bolus-per-kg",
    kind: "hard",
    bound: "max",
    limit: mgPerKg(0.5),
    rationale: "Largest bolus state guidance still counts as low-dose ketamine.",
  },
  {
    id: "limit.bolus-speed.hard",
    version: "1",
    sources: BOLUS_RULE.sources,
    evidence: "sourced",
    quantity: "bolus-speed",
    kind: "hard",
    bound: "max",
    limit: BOLUS_RULE.maximumSpeed,
    rationale: "Label: faster injection risks respiratory depression, apnoea and a larger pressor response.",
  },
  {
    id: "limit.bolus-duration.hard",
    version: "1",
    sources: BOLUS_RULE.sources,
    evidence: "sourced",
    quantity: "bolus-duration",
    kind: "hard",
    bound: "min",
    limit: BOLUS_RULE.minimumDuration,
    rationale: "Label: an IV dose is given over at least 60 seconds.",
  },
  {
    id: "limit.bolus-concentration.hard",
    version: "1",
    sources: ["S24"],
    evidence: "sourced",
    quantity: "bolus-concentration",
    kind: "hard",
    bound: "max",
    limit: MAX_PUSH_CONCENTRATION,
    rationale:
      "Label: the 100 mg/mL strength is not pushed undiluted; it is diluted with an equal volume first.",
  },
  {
    id: "limit.infusion-concentration.soft",
    version: "1",
    sources: ["S14", "S28"],
    evidence: "sourced",
    quantity: "infusion-concentration",
    kind: "soft",
    bound: "max",
    limit: USUAL_INFUSION_CONCENTRATION,
    rationale:
      "The usual infusion dilution is 1 mg/mL; a stronger bag multiplies the harm of a pump-rate error.",
  },
  {
    id: "limit.infusion-concentration.hard",
    version: "1",
    sources: ["S24"],
    evidence: "practice-default",
    quantity: "infusion-concentration",
    kind: "hard",
    bound: "max",
    limit: MAX_PUSH_CONCENTRATION,
    rationale:
      "The label's dilution instruction for the 100 mg/mL strength, applied to pumps: an undiluted 100 mg/mL vial is never run through a pump.",
  },
];

/** Session and course caps for fixed-amount outpatient infusions without a protocol figure of their own. */
const OUTPATIENT_CAPS: readonly DoseLimit[] = [
  {
    id: "limit.outpatient.session-total.soft",
    version: "1",
    sources: ["S10"],
    evidence: "practice-default",
    quantity: "session-total",
    kind: "soft",
    bound: "max",
    limit: mg(200),
    rationale: "Largest outpatient infusion in a published CRPS programme (4-hour infusions of 100–200 mg).",
  },
  {
    id: "limit.outpatient.session-total.hard",
    version: "1",
    sources: ["S10", ...CAP_SIGNALS],
    evidence: "practice-default",
    quantity: "session-total",
    kind: "hard",
    bound: "max",
    limit: mg(400),
    rationale: "Twice the largest published outpatient infusion; no validated maximum exists.",
  },
  {
    id: "limit.outpatient.course-total.soft",
    version: "1",
    sources: ["S10"],
    evidence: "practice-default",
    quantity: "course-total",
    kind: "soft",
    bound: "max",
    limit: mg(2000),
    rationale: "Ten daily treatments of up to 200 mg, the largest outpatient course in the same programme.",
  },
  {
    id: "limit.outpatient.course-total.hard",
    version: "1",
    sources: ["S10", ...CAP_SIGNALS],
    evidence: "practice-default",
    quantity: "course-total",
    kind: "hard",
    bound: "max",
    limit: mg(4000),
    rationale: "Twice the largest published outpatient course; no validated cumulative maximum exists.",
  },
];

export const CLEVELAND: Protocol = {
  id: "protocol.cleveland-2025",
  version: "1",
  sources: ["S11"],
  evidence: "sourced",
  protocolId: "cleveland",
  label: "Cleveland Clinic standardised protocol",
  indication: "Chronic refractory pain",
  template: {
    order: { kind: "dose-per-kg", dose: mgPerKg(0.5) },
    duration: minutes(40),
    concentration: mgPerMl(1),
  },
  sessionsPerCourse: 5,
  rateCap: null,
  notes: "0.5 mg/kg over 40 minutes on 5 consecutive days (0.75 mg/kg/h while running).",
  limits: [
    ...COMMON_LIMITS,
    {
      id: "limit.cleveland.session-per-kg.soft",
      version: "1",
      sources: ["S11"],
      evidence: "sourced",
      quantity: "session-total-per-kg",
      kind: "soft",
      bound: "max",
      limit: mgPerKg(0.5),
      rationale: "The protocol's own session dose.",
    },
    {
      id: "limit.cleveland.session-per-kg.hard",
      version: "1",
      sources: ["S11", ...CAP_SIGNALS],
      evidence: "practice-default",
      quantity: "session-total-per-kg",
      kind: "hard",
      bound: "max",
      limit: mgPerKg(1),
      rationale: "Twice the protocol's session dose; no validated maximum exists.",
    },
    {
      id: "limit.cleveland.course-per-kg.soft",
      version: "1",
      sources: ["S11"],
      evidence: "sourced",
      quantity: "course-total-per-kg",
      kind: "soft",
      bound: "max",
      limit: mgPerKg(2.5),
      rationale: "The protocol's course: 0.5 mg/kg × 5 sessions.",
    },
    {
      id: "limit.cleveland.course-per-kg.hard",
      version: "1",
      sources: ["S11", ...CAP_SIGNALS],
      evidence: "practice-default",
      quantity: "course-total-per-kg",
      kind: "hard",
      bound: "max",
      limit: mgPerKg(5),
      rationale: "Twice the protocol's course; no validated cumulative maximum exists.",
    },
  ],
};

export const SCHWARTZMAN: Protocol = {
  id: "protocol.schwartzman-2009",
  version: "1",
  sources: ["S6", "S7"],
  evidence: "sourced",
  protocolId: "schwartzman",
  label: "Schwartzman outpatient CRPS protocol",
  indication: "Complex regional pain syndrome",
  template: {
    order: { kind: "rate-per-kg", rate: mgPerKgPerHour(0.35) },
    duration: minutes(240),
    concentration: mgPerMl(1),
  },
  sessionsPerCourse: 10,
  rateCap: mgPerHour(25),
  notes:
    "0.35 mg/kg/h, never above 25 mg/h, for 4 hours daily on 10 days (at most 100 mg in 100 mL saline per session). The trial also gave midazolam and clonidine in both arms.",
  limits: [
    ...COMMON_LIMITS,
    {
      id: "limit.schwartzman.rate-per-kg.soft",
      version: "1",
      sources: ["S6", "S7"],
      evidence: "sourced",
      quantity: "infusion-rate-per-kg",
      kind: "soft",
      bound: "max",
      limit: mgPerKgPerHour(0.35),
      rationale: "The protocol's maximum weight-based rate.",
    },
    {
      id: "limit.schwartzman.rate.hard",
      version: "1",
      sources: ["S6", "S7"],
      evidence: "sourced",
      quantity: "infusion-rate",
      kind: "hard",
      bound: "max",
      limit: mgPerHour(25),
      rationale: "The protocol's rate is not to exceed 25 mg/h whatever the weight.",
    },
    {
      id: "limit.schwartzman.session-total.hard",
      version: "1",
      sources: ["S6", "S7"],
      evidence: "sourced",
      quantity: "session-total",
      kind: "hard",
      bound: "max",
      limit: mg(100),
      rationale: "At most 100 mg per 4-hour session.",
    },
    {
      id: "limit.schwartzman.course-total.hard",
      version: "1",
      sources: ["S6", "S7"],
      evidence: "sourced",
      quantity: "course-total",
      kind: "hard",
      bound: "max",
      limit: mg(1000),
      rationale: "At most 100 mg a day for 10 days (computed from the protocol).",
    },
  ],
};

const CONTINUOUS_HOURS = hours(96);

export const CRPS_CONTINUOUS: Protocol = {
  id: "protocol.crps-continuous-22",
  version: "1",
  sources: ["S3"],
  evidence: "sourced",
  protocolId: "crps-continuous",
  label: "Continuous 22 mg/h for 4 days (CRPS)",
  indication: "Complex regional pain syndrome",
  template: {
    order: { kind: "rate", rate: mgPerHour(22) },
    duration: minutes(CONTINUOUS_HOURS * 60),
    concentration: mgPerMl(1),
  },
  sessionsPerCourse: 1,
  rateCap: null,
  notes:
    "The guideline summary's 22 mg/h for 4 days. The trial behind that figure used S(+)-ketamine, about twice as potent as racemic ketamine; a 1:1 transfer to racemic products is not established [S8][S15].",
  limits: [
    ...COMMON_LIMITS,
    {
      id: "limit.crps-continuous.rate.soft",
      version: "1",
      sources: ["S3"],
      evidence: "sourced",
      quantity: "infusion-rate",
      kind: "soft",
      bound: "max",
      limit: mgPerHour(22),
      rationale: "The protocol's rate.",
    },
    {
      id: "limit.crps-continuous.rate.hard",
      version: "1",
      sources: ["S9", "S10"],
      evidence: "sourced",
      quantity: "infusion-rate",
      kind: "hard",
      bound: "max",
      limit: mgPerHour(40),
      rationale: "Highest rate reached when continuous CRPS infusions were titrated (10–40 mg/h).",
    },
    {
      id: "limit.crps-continuous.session-total.soft",
      version: "1",
      sources: ["S3"],
      evidence: "sourced",
      quantity: "session-total",
      kind: "soft",
      bound: "max",
      limit: mg(22 * CONTINUOUS_HOURS),
      rationale: "22 mg/h for 96 hours (computed).",
    },
    {
      id: "limit.crps-continuous.session-total.hard",
      version: "1",
      sources: ["S9", "S10", ...CAP_SIGNALS],
      evidence: "practice-default",
      quantity: "session-total",
      kind: "hard",
      bound: "max",
      limit: mg(40 * CONTINUOUS_HOURS),
      rationale: "The highest titrated rate for 96 hours (computed); no validated maximum exists.",
    },
    {
      id: "limit.crps-continuous.course-total.hard",
      version: "1",
      sources: ["S9", "S10", ...CAP_SIGNALS],
      evidence: "practice-default",
      quantity: "course-total",
      kind: "hard",
      bound: "max",
      limit: mg(40 * CONTINUOUS_HOURS),
      rationale: "One continuous infusion per course; the same cap as the session.",
    },
  ],
};

export const ASRA_STARTING_DOSE: Protocol = {
  id: "protocol.asra-starting-dose",
  version: "1",
  sources: ["S130", "S4"],
  evidence: "sourced",
  protocolId: "asra-start",
  label: "Guideline starting infusion",
  indication: "Chronic pain, first infusion",
  template: { order: { kind: "dose", dose: mg(80) }, duration: null, concentration: mgPerMl(1) },
  sessionsPerCourse: 1,
  rateCap: null,
  notes:
    "A single outpatient infusion of at least 80 mg over more than 2 hours, then reassessment before further treatment. The prescriber chooses the duration.",
  limits: [
    ...COMMON_LIMITS,
    ...OUTPATIENT_CAPS,
    {
      id: "limit.asra-start.session-total.min",
      version: "1",
      sources: ["S130", "S4"],
      evidence: "sourced",
      quantity: "session-total",
      kind: "soft",
      bound: "min",
      limit: mg(80),
      rationale: "The guideline's minimum total dose for a starting infusion.",
    },
    {
      id: "limit.asra-start.duration.min",
      version: "1",
      sources: ["S130", "S4"],
      evidence: "sourced",
      quantity: "session-duration",
      kind: "soft",
      bound: "min",
      exclusive: true,
      limit: minutes(120),
      rationale:
        "The guideline gives the starting dose over more than 2 hours; shorter infusions are unlikely to help.",
    },
  ],
};

export const CUSTOM: Protocol = {
  id: "protocol.custom",
  version: "1",
  sources: ["S130", "S10"],
  evidence: "practice-default",
  protocolId: "custom",
  label: "Custom plan",
  indication: "Any, at the prescriber's discretion",
  template: null,
  sessionsPerCourse: null,
  rateCap: null,
  notes: "Every value is the prescriber's; the common limits and the outpatient caps apply.",
  limits: [...COMMON_LIMITS, ...OUTPATIENT_CAPS],
};

export const PROTOCOLS: readonly Protocol[] = [
  CLEVELAND,
  SCHWARTZMAN,
  CRPS_CONTINUOUS,
  ASRA_STARTING_DOSE,
  CUSTOM,
];

/** A drug library: the protocols a clinic offers, with its limits. */
export interface DrugLibrary {
  readonly protocols: readonly Protocol[];
}

export const DEFAULT_LIBRARY: DrugLibrary = { protocols: PROTOCOLS };

/** The protocol with this id in a library. */
export function findProtocol(protocolId: string, library: DrugLibrary = DEFAULT_LIBRARY): Protocol {
  const protocol = library.protocols.find((p) => p.protocolId === protocolId);
  if (!protocol) throw new RangeError(`Unknown protocol "${protocolId}"`);
  return protocol;
}

/**
 * A clinic's library: the defaults with some limit values replaced, by limit id, each in its limit's unit. The changed limit's version
 * gains a clinic suffix so every finding records that a local value produced it.
 * @example withLimitValues(DEFAULT_LIBRARY, { "limit.outpatient.session-total.soft": mg(150) })
 */
export function withLimitValues(
  library: DrugLibrary,
  values: Readonly<Record<string, Quantity<Unit>>>,
): DrugLibrary {
  const known = new Set(library.protocols.flatMap((p) => p.limits.map((l) => l.id)));
  for (const id of Object.keys(values)) if (!known.has(id)) throw new RangeError(`Unknown limit "${id}"`);
  return {
    protocols: library.protocols.map((p) => ({
      ...p,
      limits: p.limits.map((l) => {
        const value = values[l.id];
        return value === undefined
          ? l
          : ({ ...l, limit: value, version: `${l.version}+clinic` } as DoseLimit);
      }),
    })),
  };
}
