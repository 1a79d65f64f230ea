/** Plain words for what the portal shows: pain response, triage levels, dates. */
import type { TriageLevel } from "../../../src/clinical/followup/triage";
import type { PainResponse, ResponseClass } from "../../../src/clinical/outcomes/response";

const CLASS_WORDS: Record<ResponseClass, string> = {
  substantial: "your pain has fallen by half or more. That is a big improvement",
  moderate: "your pain has fallen by about a third or more. That is a clear improvement",
  minimal: "your pain has fallen a little",
  none: "your pain has hardly changed",
  worse: "your pain is higher than before",
};

/** How the treatment is working, in a sentence, from the pain scores before and after. */
export function responseInWords(response: PainResponse): string {
  const scores = `Your pain score was ${response.before} out of 10 before treatment and ${response.after} out of 10 most recently`;
  if (response.responseClass === null) return `${scores}. You had no pain to compare with before treatment.`;
  return `${scores}: ${CLASS_WORDS[response.responseClass]}.`;
}

/** How a sent report was triaged, as the patient's list of reports shows it. */
export const LEVEL_WORDS: Record<TriageLevel, string> = {
  emergency: "You were told to get help at once",
  "call-back": "The clinic will call you",
  "self-care": "Tips for home",
  none: "No side effects reported",
};

const dayTime = new Intl.DateTimeFormat("en-GB", {
  weekday: "long",
  day: "numeric",
  month: "long",
  hour: "2-digit",
  minute: "2-digit",
});

/** e.g. "Thursday 26 November, 09:30", in the reader's time zone. */
export const whenText = (at: number | string): string => dayTime.format(new Date(at));
