/**
 * What a patient answers at a check-in: symptom items in the style of PRO-CTCAE (the patient-reported
 * version of the CTCAE), yes/no questions about warning signs, pain scores and free text. Question wording
 * is our own plain English; the attributes and the 0–4 answer scales follow PRO-CTCAE where the sheet
 * confirms an item, and are marked practice defaults where it does not.
 */
import { sideEffect } from "../catalogue";
import type { SideEffectId } from "../catalogue/types";
import type { Provenance } from "../provenance";

export type ProAttribute = "frequency" | "severity" | "interference" | "presence";

export interface AnswerScale {
  readonly attribute: ProAttribute;
  /** Labels by score: index 0 is score 0. Five levels (0–4), or two (0/1) for presence. */
  readonly labels: readonly string[];
  readonly sources: readonly string[];
}

/** The PRO-CTCAE answer scales; the labels are the standard ones, so scores compare across tools. */
export const ANSWER_SCALES: Readonly<Record<ProAttribute, AnswerScale>> = {
  frequency: {
    attribute: "frequency",
    labels: ["Never", "Rarely", "Occasionally", "Frequently", "Almost constantly"],
    sources: ["S77", "S120"],
  },
  severity: {
    attribute: "severity",
    labels: ["None", "Mild", "Moderate", "Severe", "Very severe"],
    sources: ["S77", "S120"],
  },
  interference: {
    attribute: "interference",
    labels: ["Not at all", "A little bit", "Somewhat", "Quite a bit", "Very much"],
    sources: ["S77", "S120"],
  },
  presence: { attribute: "presence", labels: ["No", "Yes"], sources: ["S77", "S79"] },
};

/**
 * PRO-CTCAE's standard recall is the last 7 days and NCI advises against changing it. Check-ins after an
 * infusion ask about the time since the infusion instead: a protocol change, so marked a practice default.
 */
export const CHECKIN_RECALL: Provenance & { readonly text: string } = {
  id: "fu.pro.recall",
  version: "1.0.0",
  sources: ["S77"],
  evidence: "practice-default",
  text: "Think about the time since your last drip.",
};

export interface ProItem extends Provenance {
  readonly sideEffectId: SideEffectId;
  /** The PRO-CTCAE term this item follows, or null when the library has no item for it. */
  readonly proCtcaeTerm: string | null;
  /** How the symptom is named to the patient, e.g. "dizziness". */
  readonly plainName: string;
  /** Asked in this order; PRO-CTCAE asks all of a term's attributes together. */
  readonly attributes: readonly ProAttribute[];
  /** One question per attribute, in our own words. */
  readonly questions: Readonly<Partial<Record<ProAttribute, string>>>;
  readonly note?: string;
}

const ask: Readonly<Record<ProAttribute, (name: string) => string>> = {
  frequency: (name) => `How often did you have ${name}?`,
  severity: (name) => `At its worst, how bad was your ${name}?`,
  interference: (name) => `How much did ${name} get in the way of your usual day?`,
  presence: (name) => `Did you have ${name}?`,
};

interface ItemSpec {
  readonly key: string;
  readonly sideEffectId: SideEffectId;
  readonly proCtcaeTerm: string | null;
  readonly plainName: string;
  readonly attributes: readonly ProAttribute[];
  readonly evidence: Provenance["evidence"];
  readonly questions?: Partial<Record<ProAttribute, string>>;
  readonly note?: string;
}

function item(spec: ItemSpec): ProItem {
  const questions: Partial<Record<ProAttribute, string>> = {};
  for (const a of spec.attributes) questions[a] = spec.questions?.[a] ?? ask[a](spec.plainName);
  return {
    id: `fu.pro.${spec.key}`,
    version: "1.0.0",
    // S78: the public copies of the item stems; S77: the scales and how items are used together.
    sources: ["S77", "S78"],
    evidence: spec.evidence,
    sideEffectId: spec.sideEffectId,
    proCtcaeTerm: spec.proCtcaeTerm,
    plainName: spec.plainName,
    attributes: spec.attributes,
    questions,
    ...(spec.note === undefined ? {} : { note: spec.note }),
  };
}

export const PRO_ITEMS: readonly ProItem[] = [
  item({
    key: "dizziness",
    sideEffectId: "dizziness",
    proCtcaeTerm: "Dizziness",
    plainName: "dizziness",
    attributes: ["severity", "interference"],
    evidence: "sourced",
  }),
  item({
    key: "nausea",
    sideEffectId: "nausea",
    proCtcaeTerm: "Nausea",
    plainName: "a sick feeling in your tummy",
    attributes: ["frequency", "severity"],
    evidence: "sourced",
    questions: { severity: "At its worst, how bad was the sick feeling in your tummy?" },
  }),
  item({
    key: "vomiting",
    sideEffectId: "vomiting",
    proCtcaeTerm: "Vomiting",
    plainName: "vomiting (being sick)",
    attributes: ["frequency"],
    evidence: "sourced",
    questions: { frequency: "How often did you throw up?" },
    note: "Frequency only: a severity attribute for this item is not confirmed.",
  }),
  item({
    key: "anxiety",
    sideEffectId: "anxiety",
    proCtcaeTerm: "Anxiety",
    plainName: "worry or fear",
    attributes: ["frequency", "severity", "interference"],
    evidence: "sourced",
    questions: { frequency: "How often did you feel worried or scared?" },
  }),
  item({
    key: "fatigue",
    sideEffectId: "fatigue-sedation",
    proCtcaeTerm: "Fatigue",
    plainName: "tiredness or lack of energy",
    attributes: ["severity", "interference"],
    evidence: "sourced",
  }),
  item({
    key: "blurred-vision",
    sideEffectId: "visual-disturbance",
    proCtcaeTerm: "Blurry vision",
    plainName: "blurred sight",
    attributes: ["severity", "interference"],
    evidence: "sourced",
  }),
  item({
    key: "headache",
    sideEffectId: "headache",
    proCtcaeTerm: "Headache",
    plainName: "headache",
    attributes: ["severity", "interference"],
    evidence: "practice-default",
    note: "The library has a headache item, but its attributes are not confirmed; severity and interference are a practice default.",
  }),
  item({
    key: "urinary-frequency",
    sideEffectId: "ketamine-cystitis",
    proCtcaeTerm: "Urinary frequency",
    plainName: "a need to pass urine often",
    attributes: ["frequency", "interference"],
    evidence: "sourced",
    questions: { frequency: "How often did you need to pass urine more than usual?" },
  }),
  item({
    key: "urinary-urgency",
    sideEffectId: "ketamine-cystitis",
    proCtcaeTerm: "Urinary urgency",
    plainName: "a sudden urge to pass urine",
    attributes: ["frequency", "interference"],
    evidence: "sourced",
  }),
  item({
    key: "painful-urination",
    sideEffectId: "ketamine-cystitis",
    proCtcaeTerm: "Painful urination",
    plainName: "pain or burning when you pass urine",
    attributes: ["severity"],
    evidence: "sourced",
  }),
  item({
    key: "confusion",
    sideEffectId: "confusion",
    proCtcaeTerm: null,
    plainName: "confusion or trouble thinking clearly",
    attributes: ["severity", "interference"],
    evidence: "practice-default",
    note: "No PRO-CTCAE confusion item is confirmed (the library's concentration and memory items have unconfirmed attributes); this item is a practice default.",
  }),
  item({
    key: "strange-perceptions",
    sideEffectId: "dissociation",
    proCtcaeTerm: null,
    plainName: "strange feelings, as if things were not real or your body felt different",
    attributes: ["frequency", "severity"],
    evidence: "practice-default",
    questions: {
      frequency: "How often did things seem unreal, or your body or senses feel strange?",
      severity: "At its worst, how strong was that strange feeling?",
    },
    note: "PRO-CTCAE has no item for dissociation or hallucinations; this item is a practice default.",
  }),
];

export interface RedFlagQuestion extends Provenance {
  readonly sideEffectId: SideEffectId;
  /** Asked as a yes/no question, in plain words. */
  readonly question: string;
  /** What a "yes" means, for the clinic's worklist. */
  readonly clinicalMeaning: string;
}

/**
 * A warning sign at home, asked as a yes/no question. Its sources and evidence are those of the catalogue's
 * red flag it asks about, so the two cannot disagree.
 */
function redFlag(key: string, id: SideEffectId, question: string): RedFlagQuestion {
  const flag = sideEffect(id).redFlags[0];
  if (flag === undefined) throw new Error(`Catalogue entry ${id} has no red flag to ask about`);
  return {
    id: `fu.red-flag.${key}`,
    version: "1.0.0",
    sources: flag.sources,
    evidence: flag.evidence,
    sideEffectId: id,
    question,
    clinicalMeaning: flag.text,
  };
}

export const RED_FLAG_QUESTIONS: readonly RedFlagQuestion[] = [
  redFlag(
    "allergy",
    "anaphylaxis",
    "Did your face, lips or throat swell, did you find it hard to breathe, or did a rash spread over your body?",
  ),
  redFlag("seizure", "seizure", "Did you have a fit (seizure)?"),
  redFlag(
    "persistent-hallucinations",
    "psychotic-symptoms",
    "Do you still see or hear things that are not there, or have odd or scary thoughts that will not go away?",
  ),
  redFlag("chest-pain-headache", "hypertension", "Did you have chest pain, or a sudden, very bad headache?"),
  redFlag(
    "bladder",
    "ketamine-cystitis",
    "Did you see blood in your urine, or have bad pain in your bladder?",
  ),
  redFlag(
    "jaundice",
    "liver-injury",
    "Did your skin or the whites of your eyes turn yellow, or your urine go dark?",
  ),
];

/** What a patient sends at a check-in. Scores are whole numbers on the item's scale. */
export interface CheckinResponse {
  readonly symptoms: readonly {
    readonly itemId: string;
    readonly answers: Readonly<Partial<Record<ProAttribute, number>>>;
  }[];
  readonly redFlags: readonly { readonly questionId: string; readonly answer: boolean }[];
  /** Pain now and on average since the infusion, NRS 0–10. */
  readonly painNowNrs?: number;
  readonly painAverageNrs?: number;
  /** How much the treatment relieved the pain, 0–100 %. */
  readonly reliefPercent?: number;
  readonly freeText?: string;
}

export interface ResponseProblem {
  /** JSON pointer into the response, e.g. "/symptoms/0/answers/severity". */
  readonly path: string;
  readonly message: string;
}

export const FREE_TEXT_MAX_CHARS = 2000;

const itemById = new Map(PRO_ITEMS.map((i) => [i.id, i]));
const redFlagById = new Map(RED_FLAG_QUESTIONS.map((q) => [q.id, q]));

export const proItem = (id: string): ProItem | undefined => itemById.get(id);
export const redFlagQuestion = (id: string): RedFlagQuestion | undefined => redFlagById.get(id);

const isScore = (value: unknown, max: number): boolean =>
  typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= max;

/**
 * Everything wrong with a check-in response; empty when it can be triaged. Every warning-sign question must be
 * answered, so a skipped one is never read as "no". Symptom items are answered when the patient has them;
 * every attribute of an answered item must be given, except that a first answer of 0 ("Never" or "None")
 * ends the item, as PRO-CTCAE skips the follow-up questions then.
 */
export function responseProblems(response: CheckinResponse): ResponseProblem[] {
  const problems: ResponseProblem[] = [];
  const seen = new Set<string>();
  response.symptoms.forEach((s, i) => {
    const item = itemById.get(s.itemId);
    if (item === undefined) {
      problems.push({ path: `/symptoms/${i}/itemId`, message: `Unknown symptom item ${s.itemId}.` });
      return;
    }
    if (seen.has(s.itemId))
      problems.push({ path: `/symptoms/${i}/itemId`, message: `${s.itemId} is answered twice.` });
    seen.add(s.itemId);
    for (const key of Object.keys(s.answers) as ProAttribute[])
      if (!item.attributes.includes(key))
        problems.push({
          path: `/symptoms/${i}/answers/${key}`,
          message: `${item.id} does not ask about ${key}.`,
        });
    const first = s.answers[item.attributes[0]!];
    for (const a of item.attributes) {
      const value = s.answers[a];
      const max = ANSWER_SCALES[a].labels.length - 1;
      if (value === undefined) {
        if (first !== 0)
          problems.push({ path: `/symptoms/${i}/answers/${a}`, message: `Answer the ${a} question too.` });
      } else if (!isScore(value, max))
        problems.push({
          path: `/symptoms/${i}/answers/${a}`,
          message: `The ${a} answer must be a whole number from 0 to ${max}.`,
        });
    }
  });
  const flagged = new Set<string>();
  response.redFlags.forEach((f, i) => {
    if (!redFlagById.has(f.questionId))
      problems.push({
        path: `/redFlags/${i}/questionId`,
        message: `Unknown warning-sign question ${f.questionId}.`,
      });
    else if (flagged.has(f.questionId))
      problems.push({ path: `/redFlags/${i}/questionId`, message: `${f.questionId} is answered twice.` });
    flagged.add(f.questionId);
  });
  for (const q of RED_FLAG_QUESTIONS)
    if (!flagged.has(q.id))
      problems.push({ path: "/redFlags", message: `Answer the warning-sign question ${q.id}.` });
  for (const field of ["painNowNrs", "painAverageNrs"] as const) {
    const v = response[field];
    if (v !== undefined && !isScore(v, 10))
      problems.push({ path: `/${field}`, message: "Pain must be a whole number from 0 to 10." });
  }
  const relief = response.reliefPercent;
  if (relief !== undefined && !(Number.isFinite(relief) && relief >= 0 && relief <= 100))
    problems.push({ path: "/reliefPercent", message: "Relief must be a percentage from 0 to 100." });
  if (response.freeText !== undefined && response.freeText.length > FREE_TEXT_MAX_CHARS)
    problems.push({
      path: "/freeText",
      message: `Free text is limited to ${FREE_TEXT_MAX_CHARS} characters.`,
    });
  return problems;
}
