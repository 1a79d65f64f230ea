/**
 * The alert rules. Each is data (id, version, sources, priority, action, the catalogue entry whose steps
 * it shows) plus one small pure test over the current state. Rules sharing a `family` describe one
 * condition at rising severity and produce one alert between them.
 */
import type { Grade, InfusionAction, ManagementStep, SideEffectId } from "../catalogue/types";
import type { Evidence, Provenance } from "../provenance";
import { type MonitoringConfig, type ThresholdId, threshold } from "./thresholds";
import type { EpochMs, MonitoringState, Priority, VitalReading, VitalSign } from "./types";

export interface RuleContext {
  readonly state: MonitoringState;
  readonly now: EpochMs;
  readonly config: MonitoringConfig;
}

/** What a rule found: the values behind it and the time of the newest reading it relied on. */
export interface Finding {
  readonly trigger: Readonly<Record<string, number | string>>;
  readonly evidenceAt: EpochMs;
}

export interface RuleMeta extends Provenance {
  readonly title: string;
  readonly rationale: string;
  readonly thresholds: readonly ThresholdId[];
}

/**
 * What the alert tells the nurse to do. For a side effect in the catalogue, the action and steps are the
 * catalogue's management band for the grade (and a red-flag grade is an emergency), so advice has one
 * source; conditions the catalogue does not cover carry their own.
 */
export type RuleResponse =
  | { readonly sideEffect: SideEffectId; readonly grade: Grade }
  | { readonly action: InfusionAction; readonly steps: readonly ManagementStep[] };

export interface MonitoringRule extends RuleMeta {
  readonly family: string;
  readonly priority: Priority;
  readonly response: RuleResponse;
  /** Monitor readings can be artefacts and need confirming; clinician scores and reports cannot. */
  readonly confirmation: "second-reading" | "immediate";
  readonly escalateAfter: ThresholdId | null;
  readonly detect: (ctx: RuleContext) => Finding | null;
}

function provenanceFrom(thresholds: readonly ThresholdId[]): Pick<Provenance, "sources" | "evidence"> {
  const sources = [...new Set(thresholds.flatMap((id) => threshold(id).sources))];
  const evidence: Evidence = thresholds.some((id) => threshold(id).evidence === "practice-default")
    ? "practice-default"
    : "sourced";
  return { sources, evidence };
}

type RuleSpec = Omit<MonitoringRule, "version" | "sources" | "evidence">;

const rule = (spec: RuleSpec): MonitoringRule => ({
  ...spec,
  version: "1.0.0",
  // Provenance of the limits that define the condition; escalation delays are documented as thresholds of their own.
  ...provenanceFrom(spec.thresholds),
});

const latest = (state: MonitoringState, sign: VitalSign): VitalReading | undefined => state.latest[sign];

/** The newest time among the readings a finding used. */
const newest = (...readings: (VitalReading | undefined)[]): EpochMs =>
  Math.max(...readings.map((r) => r?.at ?? Number.NEGATIVE_INFINITY));

const CHECK_PATIENT: ManagementStep = {
  kind: "non-drug",
  text: "Look at the patient and repeat the reading by hand before acting on it.",
  sources: ["S147"],
  evidence: "practice-default",
};

const LOW_CIRCULATION_STEPS: readonly ManagementStep[] = [
  CHECK_PATIENT,
  {
    kind: "non-drug",
    text: "Lay the patient flat and ask about dizziness, chest pain or feeling faint.",
    sources: ["S64"],
    evidence: "practice-default",
  },
  {
    kind: "infusion",
    text: "Pause the infusion while the value is low or the patient has symptoms.",
    sources: ["S64"],
    evidence: "practice-default",
  },
  {
    kind: "escalation",
    text: "Call the supervising physician if it does not recover within a few minutes.",
    sources: ["S64"],
    evidence: "practice-default",
  },
];

const NO_VITALS_STEPS: readonly ManagementStep[] = [
  {
    kind: "non-drug",
    text: "Go to the patient now and check them and the bedside monitor directly.",
    sources: ["S147"],
    evidence: "practice-default",
  },
  {
    kind: "non-drug",
    text: "Take a manual set of observations and check the monitor's cable and network link.",
    sources: ["S147"],
    evidence: "practice-default",
  },
  {
    kind: "escalation",
    text: "If monitoring cannot be restored, pause the infusion until it is.",
    sources: ["S147", "S89"],
    evidence: "practice-default",
  },
];

export const REJECTED_INPUT_STEPS: readonly ManagementStep[] = [
  {
    kind: "non-drug",
    text: "Check the value on the bedside monitor and correct the unit or setting at the device or interface.",
    sources: ["S83", "S84"],
    evidence: "practice-default",
  },
];

function bpRise({ state, config }: RuleContext): Finding | null {
  const sbp = latest(state, "sbp");
  const dbp = latest(state, "dbp");
  const { sbp: bs, dbp: bd } = state.baseline;
  const sbpRise = sbp && bs !== undefined ? sbp.value - bs : undefined;
  const dbpRise = dbp && bd !== undefined ? dbp.value - bd : undefined;
  const hit =
    (sbpRise !== undefined && sbpRise >= config["bp.rise.sbp"]) ||
    (dbpRise !== undefined && dbpRise >= config["bp.rise.dbp"]);
  if (!hit) return null;
  return {
    trigger: {
      ...(sbp ? { sbp: sbp.value } : {}),
      ...(dbp ? { dbp: dbp.value } : {}),
      ...(sbpRise !== undefined ? { baselineSbp: bs!, sbpRise } : {}),
      ...(dbpRise !== undefined ? { baselineDbp: bd!, dbpRise } : {}),
    },
    evidenceAt: newest(sbp, dbp),
  };
}

function bpSevere({ state, config }: RuleContext): Finding | null {
  const sbp = latest(state, "sbp");
  const dbp = latest(state, "dbp");
  const hit = (sbp && sbp.value > config["bp.severe.sbp"]) || (dbp && dbp.value > config["bp.severe.dbp"]);
  if (!hit) return null;
  return {
    trigger: { ...(sbp ? { sbp: sbp.value } : {}), ...(dbp ? { dbp: dbp.value } : {}) },
    evidenceAt: newest(sbp, dbp),
  };
}

/** A single vital sign compared with a fixed limit. */
function beyond(sign: VitalSign, limit: ThresholdId, direction: "above" | "below") {
  return ({ state, config }: RuleContext): Finding | null => {
    const r = latest(state, sign);
    if (!r) return null;
    const hit = direction === "above" ? r.value > config[limit] : r.value < config[limit];
    return hit ? { trigger: { [sign]: r.value, source: r.source }, evidenceAt: r.at } : null;
  };
}

function hrHigh(ctx: RuleContext): Finding | null {
  const absolute = beyond("hr", "hr.high", "above")(ctx);
  if (absolute) return absolute;
  const hr = latest(ctx.state, "hr");
  const base = ctx.state.baseline.hr;
  if (!hr || base === undefined || base <= 0) return null;
  const risePercent = ((hr.value - base) / base) * 100;
  if (risePercent < ctx.config["hr.rise.percent"]) return null;
  return {
    trigger: { hr: hr.value, baselineHr: base, risePercent: Math.round(risePercent * 10) / 10 },
    evidenceAt: hr.at,
  };
}

/** The most recent sedation assessment, whichever scale it used: a newer score supersedes an older one. */
function sedationAtOrBelow(moaasLimit: ThresholdId, rassLimit: ThresholdId) {
  return ({ state, config }: RuleContext): Finding | null => {
    const { moaas, rass } = state.scores;
    const newestAt = Math.max(moaas?.at ?? Number.NEGATIVE_INFINITY, rass?.at ?? Number.NEGATIVE_INFINITY);
    const m = moaas && moaas.at === newestAt && moaas.value <= config[moaasLimit] ? moaas : undefined;
    const r = rass && rass.at === newestAt && rass.value <= config[rassLimit] ? rass : undefined;
    if (!m && !r) return null;
    return {
      trigger: { ...(m ? { moaas: m.value } : {}), ...(r ? { rass: r.value } : {}) },
      evidenceAt: newestAt,
    };
  };
}

function dissociationHigh({ state, config }: RuleContext): Finding | null {
  const c = state.scores.cadss6;
  return c && c.value >= config["dissociation.cadss6.high"]
    ? { trigger: { cadss6: c.value }, evidenceAt: c.at }
    : null;
}

function agitation({ state, config }: RuleContext): Finding | null {
  const r = state.scores.rass;
  return r && r.value >= config["agitation.rass"] ? { trigger: { rass: r.value }, evidenceAt: r.at } : null;
}

function noVitals({ state, now, config }: RuleContext): Finding | null {
  if (state.infusion.status !== "infusing" || state.infusion.since === null) return null;
  const reference = Math.max(state.lastVitalsAt ?? Number.NEGATIVE_INFINITY, state.infusion.since);
  const silentMs = now - reference;
  if (silentMs < config["timing.no-vitals"] * 1000) return null;
  return {
    trigger: {
      secondsWithoutVitals: Math.floor(silentMs / 1000),
      lastVitalsAt: state.lastVitalsAt ?? "none",
    },
    evidenceAt: reference,
  };
}

export const MONITORING_RULES: readonly MonitoringRule[] = [
  rule({
    id: "mon.bp.rise",
    family: "bp-high",
    title: "Blood pressure risen over baseline",
    rationale:
      "A rise of this size over the pre-infusion value is the label's definition of a blood pressure event.",
    thresholds: ["bp.rise.sbp", "bp.rise.dbp"],
    priority: "medium",
    response: { sideEffect: "hypertension", grade: 2 },
    confirmation: "second-reading",
    escalateAfter: "timing.escalate.bp",
    detect: bpRise,
  }),
  rule({
    id: "mon.bp.severe",
    family: "bp-high",
    title: "Blood pressure very high",
    rationale:
      "Above this level the alert is high priority whatever the baseline; check for signs of a hypertensive crisis.",
    thresholds: ["bp.severe.sbp", "bp.severe.dbp"],
    priority: "high",
    response: { sideEffect: "hypertension", grade: 3 },
    confirmation: "second-reading",
    escalateAfter: null,
    detect: bpSevere,
  }),
  rule({
    id: "mon.bp.low",
    family: "bp-low",
    title: "Blood pressure low",
    rationale:
      "Ketamine usually raises blood pressure, so a low value points to another cause and needs a look.",
    thresholds: ["bp.low.sbp"],
    priority: "medium",
    response: { action: "pause", steps: LOW_CIRCULATION_STEPS },
    confirmation: "second-reading",
    escalateAfter: "timing.escalate.haemodynamic-low",
    detect: beyond("sbp", "bp.low.sbp", "below"),
  }),
  rule({
    id: "mon.hr.high",
    family: "hr-high",
    title: "Heart rate high",
    rationale: "Either above the fixed limit or well above the patient's own baseline.",
    thresholds: ["hr.high", "hr.rise.percent"],
    priority: "medium",
    response: { sideEffect: "tachycardia", grade: 2 },
    confirmation: "second-reading",
    escalateAfter: "timing.escalate.hr",
    detect: hrHigh,
  }),
  rule({
    id: "mon.hr.very-high",
    family: "hr-high",
    title: "Heart rate very high",
    rationale: "A rate this fast is outside the range treated as stable in low-dose protocols.",
    thresholds: ["hr.very-high"],
    priority: "high",
    response: { sideEffect: "tachycardia", grade: 2 },
    confirmation: "second-reading",
    escalateAfter: null,
    detect: beyond("hr", "hr.very-high", "above"),
  }),
  rule({
    id: "mon.hr.low",
    family: "hr-low",
    title: "Heart rate low",
    rationale: "A slow pulse is outside the range treated as stable in low-dose protocols.",
    thresholds: ["hr.low"],
    priority: "medium",
    response: { action: "pause", steps: LOW_CIRCULATION_STEPS },
    confirmation: "second-reading",
    escalateAfter: "timing.escalate.haemodynamic-low",
    detect: beyond("hr", "hr.low", "below"),
  }),
  rule({
    id: "mon.spo2.low",
    family: "spo2-low",
    title: "Oxygen saturation low",
    rationale: "Below the level recovery scoring accepts on room air.",
    thresholds: ["spo2.low"],
    priority: "medium",
    response: { sideEffect: "respiratory-depression", grade: 2 },
    confirmation: "second-reading",
    escalateAfter: "timing.escalate.respiratory",
    detect: beyond("spo2", "spo2.low", "below"),
  }),
  rule({
    id: "mon.spo2.critical",
    family: "spo2-low",
    title: "Oxygen saturation critically low",
    rationale: "Below the CTCAE hypoxia cut-off: a red-flag grade in the catalogue.",
    thresholds: ["spo2.critical"],
    priority: "high",
    response: { sideEffect: "respiratory-depression", grade: 3 },
    confirmation: "second-reading",
    escalateAfter: null,
    detect: beyond("spo2", "spo2.critical", "below"),
  }),
  rule({
    id: "mon.rr.low",
    family: "rr-low",
    title: "Breathing rate low",
    rationale: "Slow breathing is an early sign of respiratory depression.",
    thresholds: ["rr.low"],
    priority: "medium",
    response: { sideEffect: "respiratory-depression", grade: 2 },
    confirmation: "second-reading",
    escalateAfter: "timing.escalate.respiratory",
    detect: beyond("rr", "rr.low", "below"),
  }),
  rule({
    id: "mon.sedation.moderate",
    family: "sedation",
    title: "Sedation deeper than expected",
    rationale: "The latest sedation score (either scale) shows the patient is hard to rouse by voice.",
    thresholds: ["sedation.moaas.moderate", "sedation.rass.moderate"],
    priority: "medium",
    response: { sideEffect: "fatigue-sedation", grade: 2 },
    confirmation: "immediate",
    escalateAfter: "timing.escalate.sedation",
    detect: sedationAtOrBelow("sedation.moaas.moderate", "sedation.rass.moderate"),
  }),
  rule({
    id: "mon.sedation.deep",
    family: "sedation",
    title: "Deep sedation",
    rationale: "The patient rouses only to touch or not at all: a red-flag grade in the catalogue.",
    thresholds: ["sedation.moaas.deep", "sedation.rass.deep"],
    priority: "high",
    response: { sideEffect: "fatigue-sedation", grade: 3 },
    confirmation: "immediate",
    escalateAfter: null,
    detect: sedationAtOrBelow("sedation.moaas.deep", "sedation.rass.deep"),
  }),
  rule({
    id: "mon.dissociation.high",
    family: "dissociation",
    title: "Strong dissociation",
    rationale:
      "A high CADSS-6 total; a CADSS rise that distresses the patient calls for slowing the infusion.",
    thresholds: ["dissociation.cadss6.high"],
    priority: "medium",
    response: { sideEffect: "dissociation", grade: 2 },
    confirmation: "immediate",
    escalateAfter: "timing.escalate.dissociation",
    detect: dissociationHigh,
  }),
  rule({
    id: "mon.agitation.severe",
    family: "agitation",
    title: "Severe agitation",
    rationale:
      "Very agitated or combative, a danger to the patient and staff: stop and call for help, the catalogue's emergency band.",
    thresholds: ["agitation.rass"],
    priority: "high",
    response: { sideEffect: "agitation", grade: 4 },
    confirmation: "immediate",
    escalateAfter: null,
    detect: agitation,
  }),
  rule({
    id: "mon.data.no-vitals",
    family: "no-vitals",
    title: "No vital signs received",
    rationale:
      "While the infusion runs, silence from the monitor is itself a hazard: nobody is watching the numbers.",
    thresholds: ["timing.no-vitals"],
    priority: "medium",
    response: { action: "continue", steps: NO_VITALS_STEPS },
    confirmation: "immediate",
    escalateAfter: "timing.escalate.no-vitals",
    detect: noVitals,
  }),
];

/** Reported side effects: priority and action come from the catalogue's management band for the grade. */
export const SIDE_EFFECT_RULE: RuleMeta = {
  id: "mon.side-effect.reported",
  version: "1.0.0",
  sources: ["S80", "S132"],
  evidence: "sourced",
  title: "Side effect reported",
  rationale:
    "Shows the catalogue's management band for the effect and its CTCAE grade; the band's action sets the priority.",
  thresholds: [],
};

/** A reported side effect at a grade the catalogue marks as a red flag: emergency at once. */
export const RED_FLAG_RULE: RuleMeta = {
  id: "mon.side-effect.red-flag",
  version: "1.0.0",
  sources: ["S80", "S132"],
  evidence: "sourced",
  title: "Red-flag side effect",
  rationale:
    "At or above the catalogue's red-flag grade the effect is an emergency: high priority and the emergency steps.",
  thresholds: [],
};

/** A reading or score that could not be used: wrong unit, not a number, or outside what a device reports. */
export const REJECTED_INPUT_RULE: RuleMeta = {
  id: "mon.data.rejected",
  version: "1.0.0",
  sources: ["S83", "S84"],
  evidence: "practice-default",
  title: "Reading not used",
  rationale:
    "A value with an unknown unit or an impossible value is not used by any rule; it is shown so someone can fix the feed.",
  thresholds: [],
};
