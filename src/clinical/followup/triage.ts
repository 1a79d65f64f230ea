/**
 * Triage of a check-in response: what the patient should do now, whether the clinic should call back, and
 * home advice for mild symptoms. A "yes" to any warning sign is an emergency. Otherwise a symptom at or above
 * a call-back level asks the clinic to call; below it, home care. No source sets the call-back levels: they
 * are practice defaults a clinic may change.
 */
import { sideEffect } from "../catalogue";
import type { SideEffectId } from "../catalogue/types";
import { type ProducedBy, type Provenance, producedBy } from "../provenance";
import { homeCareFor } from "./home-care";
import {
  ANSWER_SCALES,
  type CheckinResponse,
  PRO_ITEMS,
  type ProAttribute,
  type ProItem,
  RED_FLAG_QUESTIONS,
  responseProblems,
} from "./pro-items";

export type TriageLevel = "emergency" | "call-back" | "self-care" | "none";
export type WorklistPriority = "high" | "medium";

/** Scores at or above which an answer asks the clinic to call back, per attribute. */
export type CallBackLevels = Readonly<Record<ProAttribute, number>>;

export interface TriageConfig {
  readonly callBackFrom: CallBackLevels;
  /** Stricter (or looser) levels for single items, by item id. */
  readonly itemCallBackFrom: Readonly<Record<string, Partial<CallBackLevels>>>;
  /** e.g. "999" or "112"; null says "your local emergency number". */
  readonly emergencyNumber: string | null;
  readonly clinicPhone: string | null;
  /** What the patient is told about when reports are read; null uses the default below. */
  readonly responseTimePromise: string | null;
}

export interface CallBackLevel extends Provenance {
  readonly attribute: ProAttribute;
  /** The item this level applies to, or null for every item. */
  readonly itemId: string | null;
  readonly value: number;
  readonly rationale: string;
}

/**
 * The call-back levels as data. "Moderate" severity or "somewhat" interference is where CTCAE grade 2 starts
 * (moderate, limiting daily activities); "frequently" is the first frequency that is more than now and then.
 */
export const CALL_BACK_LEVELS: readonly CallBackLevel[] = [
  {
    id: "fu.triage.severity",
    version: "1.0.0",
    sources: ["S77", "S132"],
    evidence: "practice-default",
    attribute: "severity",
    itemId: null,
    value: 2,
    rationale: "Moderate or worse matches CTCAE grade 2 and above.",
  },
  {
    id: "fu.triage.interference",
    version: "1.0.0",
    sources: ["S77", "S132"],
    evidence: "practice-default",
    attribute: "interference",
    itemId: null,
    value: 2,
    rationale: "Getting in the way of the day somewhat or more matches grade 2's limit on daily activities.",
  },
  {
    id: "fu.triage.frequency",
    version: "1.0.0",
    sources: ["S77"],
    evidence: "practice-default",
    attribute: "frequency",
    itemId: null,
    value: 3,
    rationale: "Frequently or almost all the time is more than a passing symptom.",
  },
  {
    id: "fu.triage.presence",
    version: "1.0.0",
    sources: ["S77", "S79"],
    evidence: "practice-default",
    attribute: "presence",
    itemId: null,
    value: 1,
    rationale: "A yes/no symptom the clinic asks about is worth a call when present.",
  },
  {
    id: "fu.triage.painful-urination",
    version: "1.0.0",
    sources: ["S56", "S117"],
    evidence: "practice-default",
    attribute: "severity",
    itemId: "fu.pro.painful-urination",
    value: 1,
    rationale:
      "Any pain on passing urine may be early bladder damage; stopping early helps it heal, so the clinic should hear at once.",
  },
];

export const DEFAULT_TRIAGE_CONFIG: TriageConfig = {
  callBackFrom: Object.fromEntries(
    CALL_BACK_LEVELS.filter((l) => l.itemId === null).map((l) => [l.attribute, l.value]),
  ) as CallBackLevels,
  itemCallBackFrom: CALL_BACK_LEVELS.filter((l) => l.itemId !== null).reduce<
    Record<string, Partial<CallBackLevels>>
  >((acc, l) => {
    acc[l.itemId!] = { ...acc[l.itemId!], [l.attribute]: l.value };
    return acc;
  }, {}),
  emergencyNumber: null,
  clinicPhone: null,
  responseTimePromise: null,
};

export const TRIAGE_RULE: Provenance = {
  id: "fu.triage",
  version: "1.0.0",
  sources: ["S77", "S79", "S132"],
  evidence: "practice-default",
};

export interface TriageReason {
  readonly itemId: string;
  readonly text: string;
  readonly sideEffectId: SideEffectId;
}

export interface SelfCareAdvice {
  readonly itemId: string;
  readonly sideEffectId: SideEffectId;
  /** The catalogue's plain name for the effect. */
  readonly name: string;
  readonly whyItHappens: string;
  readonly whatToDo: string;
}

export interface TriageResult {
  readonly level: TriageLevel;
  readonly reasons: readonly TriageReason[];
  readonly patientMessage: string;
  readonly selfCare: readonly SelfCareAdvice[];
  readonly worklistPriority: WorklistPriority | null;
  readonly producedBy: ProducedBy;
}

const emergencyCall = (config: TriageConfig): string =>
  config.emergencyNumber === null ? "your local emergency number" : config.emergencyNumber;

const clinicCall = (config: TriageConfig): string =>
  config.clinicPhone === null ? "the clinic" : `the clinic on ${config.clinicPhone}`;

/** The honest default: reports are read in opening hours, not around the clock. */
export function responseTimePromise(config: TriageConfig): string {
  return (
    config.responseTimePromise ??
    `The clinic reads these reports when it is open. No one reads them at night or when the clinic is shut. If you feel unsafe, call ${emergencyCall(config)} now.`
  );
}

const levelsFor = (item: ProItem, config: TriageConfig): CallBackLevels => ({
  ...config.callBackFrom,
  ...config.itemCallBackFrom[item.id],
});

const answerText = (item: ProItem, answers: Partial<Record<ProAttribute, number>>): string =>
  `${item.plainName}: ${item.attributes
    .filter((a) => answers[a] !== undefined)
    .map((a) => `${a} ${answers[a]} (${ANSWER_SCALES[a].labels[answers[a]!]})`)
    .join(", ")}`;

const sameLevels = (
  a: Partial<CallBackLevels> | undefined,
  b: Partial<CallBackLevels> | undefined,
): boolean =>
  JSON.stringify(Object.entries(a ?? {}).sort()) === JSON.stringify(Object.entries(b ?? {}).sort());

/** A clinic's own levels are recorded as such: the rule's version gains "+clinic". */
function isClinicLevels(config: TriageConfig): boolean {
  const d = DEFAULT_TRIAGE_CONFIG;
  const items = new Set([...Object.keys(d.itemCallBackFrom), ...Object.keys(config.itemCallBackFrom)]);
  return (
    !sameLevels(config.callBackFrom, d.callBackFrom) ||
    [...items].some((id) => !sameLevels(config.itemCallBackFrom[id], d.itemCallBackFrom[id]))
  );
}

/**
 * Triage one check-in response. Throws a RangeError naming the first problem when the response is invalid
 * (see `responseProblems`). Free text is passed to the clinic with the report but is not read by these rules.
 * @example triage({ symptoms: [], redFlags: [{ questionId: "fu.red-flag.seizure", answer: true }] }).level // "emergency"
 */
export function triage(
  response: CheckinResponse,
  config: TriageConfig = DEFAULT_TRIAGE_CONFIG,
): TriageResult {
  const problems = responseProblems(response);
  if (problems.length > 0) throw new RangeError(`${problems[0]!.path}: ${problems[0]!.message}`);
  const rule = isClinicLevels(config)
    ? { ...TRIAGE_RULE, version: `${TRIAGE_RULE.version}+clinic` }
    : TRIAGE_RULE;

  const yes = new Set(response.redFlags.filter((f) => f.answer).map((f) => f.questionId));
  const redFlagReasons: TriageReason[] = RED_FLAG_QUESTIONS.filter((q) => yes.has(q.id)).map((q) => ({
    itemId: q.id,
    text: `Yes to: ${q.question}`,
    sideEffectId: q.sideEffectId,
  }));

  const callBack: TriageReason[] = [];
  const mildReasons: TriageReason[] = [];
  const mild: SelfCareAdvice[] = [];
  // Item order, not answer order, so the same answers always read the same way.
  for (const item of PRO_ITEMS) {
    const answered = response.symptoms.find((s) => s.itemId === item.id);
    if (answered === undefined) continue;
    const answers = answered.answers;
    const levels = levelsFor(item, config);
    const scores = item.attributes.map((a) => [a, answers[a] ?? 0] as const);
    const reason = { itemId: item.id, text: answerText(item, answers), sideEffectId: item.sideEffectId };
    if (scores.some(([a, v]) => v >= levels[a])) callBack.push(reason);
    else if (scores.some(([, v]) => v > 0)) {
      mildReasons.push(reason);
      if (mild.some((m) => m.sideEffectId === item.sideEffectId)) continue;
      const home = homeCareFor(item.sideEffectId);
      const patient = sideEffect(item.sideEffectId).patient;
      if (home === undefined) throw new Error(`No home advice for ${item.sideEffectId}`);
      mild.push({
        itemId: item.id,
        sideEffectId: item.sideEffectId,
        name: patient.name,
        whyItHappens: patient.whyItHappens,
        whatToDo: home.text,
      });
    }
  }
  // Home advice for an effect the clinic is calling about would compete with the call.
  const selfCare = mild.filter((m) => !callBack.some((c) => c.sideEffectId === m.sideEffectId));
  const notes =
    response.freeText !== undefined && response.freeText.trim() !== ""
      ? ` We read your notes when the clinic is open. If something in them worries you, call ${clinicCall(config)}.`
      : "";
  const promise = ` ${responseTimePromise(config)}`;

  if (redFlagReasons.length > 0)
    return {
      level: "emergency",
      reasons: redFlagReasons,
      patientMessage: `Call ${emergencyCall(config)} now, or call ${clinicCall(config)} now. Do not wait for us to read this. If you cannot call, ask someone to call for you.`,
      selfCare: [],
      worklistPriority: "high",
      producedBy: producedBy(rule),
    };
  if (callBack.length > 0)
    return {
      level: "call-back",
      reasons: callBack,
      patientMessage: `Thank you. Some of your answers mean the clinic should talk with you, so we will call you back.${promise}${notes}`,
      selfCare,
      worklistPriority: "medium",
      producedBy: producedBy(rule),
    };
  if (selfCare.length > 0)
    return {
      level: "self-care",
      reasons: mildReasons,
      patientMessage: `Thank you. The effects you told us about are mild. The tips below may help. If they get worse, call ${clinicCall(config)}.${promise}${notes}`,
      selfCare,
      worklistPriority: null,
      producedBy: producedBy(rule),
    };
  return {
    level: "none",
    reasons: [],
    patientMessage: `Thank you. You did not tell us about any side effects.${promise}${notes}`,
    selfCare: [],
    worklistPriority: null,
    producedBy: producedBy(rule),
  };
}
