/**
 * The symptom report form as data: what the patient has picked so far, which questions to show, what is
 * still missing, and the answers object the server triages. Follow-up questions of a symptom are hidden once
 * its first answer is "Never" or "None", as PRO-CTCAE skips them then.
 */
import {
  type CheckinResponse,
  FREE_TEXT_MAX_CHARS,
  type ProAttribute,
  type ProItem,
  RED_FLAG_QUESTIONS,
  responseProblems,
} from "../../../src/clinical/followup/pro-items";

export interface ReportForm {
  /** Scores by item id, then attribute. */
  readonly symptoms: Readonly<Record<string, Readonly<Partial<Record<ProAttribute, number>>>>>;
  /** Yes (true) or no (false) by warning-sign question id; missing until answered. */
  readonly redFlags: Readonly<Record<string, boolean>>;
  readonly painNow: number | null;
  readonly painAverage: number | null;
  /** As typed, so a half-typed number is not lost. */
  readonly reliefPercent: string;
  readonly text: string;
  /** When the problem began, as a `datetime-local` value in the patient's time zone; "" when not given. */
  readonly onset: string;
}

export const EMPTY_FORM: ReportForm = {
  symptoms: {},
  redFlags: {},
  painNow: null,
  painAverage: null,
  reliefPercent: "",
  text: "",
  onset: "",
};

/** Form field keys, also used as the ids of their error messages. */
export const fieldKey = {
  redFlag: (questionId: string) => `red-flag:${questionId}`,
  symptom: (itemId: string, attribute: ProAttribute) => `symptom:${itemId}:${attribute}`,
  reliefPercent: "relief-percent",
  text: "text",
  onset: "onset",
} as const;

/** The item's questions to show: all of them, or only the first once that is answered 0. */
export function visibleAttributes(
  item: ProItem,
  answers: Readonly<Partial<Record<ProAttribute, number>>> | undefined,
): readonly ProAttribute[] {
  const first = item.attributes[0];
  if (first === undefined) return [];
  return answers?.[first] === 0 ? [first] : item.attributes;
}

export function withSymptom(
  form: ReportForm,
  item: ProItem,
  attribute: ProAttribute,
  score: number,
): ReportForm {
  const answers = { ...form.symptoms[item.id], [attribute]: score };
  return { ...form, symptoms: { ...form.symptoms, [item.id]: answers } };
}

/** Parses the relief field: null when blank, NaN when it is not a number. */
function reliefValue(typed: string): number | null {
  const trimmed = typed.trim();
  return trimmed === "" ? null : Number(trimmed);
}

/**
 * What the patient must still fix before sending, by field key. Every warning-sign question needs a yes or
 * no; a symptom left blank was not felt, but one that was felt needs all of its questions.
 */
export function formProblems(
  form: ReportForm,
  items: readonly ProItem[],
  now: number,
): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const q of RED_FLAG_QUESTIONS)
    if (form.redFlags[q.id] === undefined) problems[fieldKey.redFlag(q.id)] = "Answer yes or no.";
  for (const item of items) {
    const answers = form.symptoms[item.id];
    if (answers === undefined) continue;
    for (const a of visibleAttributes(item, answers))
      if (answers[a] === undefined) problems[fieldKey.symptom(item.id, a)] = "Answer this question too.";
  }
  const relief = reliefValue(form.reliefPercent);
  if (relief !== null && !(Number.isInteger(relief) && relief >= 0 && relief <= 100))
    problems[fieldKey.reliefPercent] = "Give a whole number from 0 to 100, or leave it empty.";
  if (form.text.length > FREE_TEXT_MAX_CHARS)
    problems[fieldKey.text] = `Please keep this to ${FREE_TEXT_MAX_CHARS} characters.`;
  const onset = onsetAt(form);
  if (onset !== undefined && !(Date.parse(onset) <= now))
    problems[fieldKey.onset] = "This cannot be later than now.";
  return problems;
}

/** When the problem began as an ISO time, or undefined when not given (or not a date). */
export function onsetAt(form: ReportForm): string | undefined {
  if (form.onset === "") return undefined;
  const at = new Date(form.onset);
  return Number.isNaN(at.getTime()) ? undefined : at.toISOString();
}

/**
 * The answers to send. Only a complete form (no {@link formProblems}) builds one; hidden follow-up answers
 * and blank optional fields are left out.
 */
export function buildAnswers(form: ReportForm, items: readonly ProItem[]): CheckinResponse {
  const symptoms = items.flatMap((item) => {
    const answers = form.symptoms[item.id];
    if (answers === undefined) return [];
    const shown = Object.fromEntries(visibleAttributes(item, answers).map((a) => [a, answers[a]]));
    return [{ itemId: item.id, answers: shown }];
  });
  const redFlags = RED_FLAG_QUESTIONS.flatMap((q) => {
    const answer = form.redFlags[q.id];
    return answer === undefined ? [] : [{ questionId: q.id, answer }];
  });
  const relief = reliefValue(form.reliefPercent);
  const text = form.text.trim();
  const response: CheckinResponse = {
    symptoms,
    redFlags,
    ...(form.painNow === null ? {} : { painNowNrs: form.painNow }),
    ...(form.painAverage === null ? {} : { painAverageNrs: form.painAverage }),
    ...(relief === null ? {} : { reliefPercent: relief }),
    ...(text === "" ? {} : { freeText: text }),
  };
  const problems = responseProblems(response);
  if (problems.length > 0) throw new RangeError(`${problems[0]!.path}: ${problems[0]!.message}`);
  return response;
}
