/** Words for the follow-up codes, in one place so the worklist, the record and the forms agree. */
import type { TriageLevel } from "../../../src/clinical/followup/triage";
import type { ResponseClass } from "../../../src/clinical/outcomes/response";
import type { CallOutcome, WorklistPriority } from "../api/followup";

export const CALL_OUTCOME_LABEL: Readonly<Record<CallOutcome, string>> = {
  resolved: "Resolved",
  "self-care-advised": "Self-care advised",
  "review-booked": "Review booked",
  "sent-to-emergency": "Sent to emergency care",
  "no-answer": "No answer",
  other: "Other",
};

export const PRIORITY_LABEL: Readonly<Record<WorklistPriority, string>> = {
  high: "High priority",
  medium: "Medium priority",
  low: "Low priority",
};

export const LEVEL_LABEL: Readonly<Record<TriageLevel, string>> = {
  emergency: "Emergency",
  "call-back": "Call back",
  "self-care": "Home care",
  none: "Nothing to act on",
};

/** IMMPACT classes in words, with the thresholds so the reader knows what each means. */
export const RESPONSE_CLASS_LABEL: Readonly<Record<ResponseClass, string>> = {
  substantial: "substantial improvement (pain down by 50 % or more)",
  moderate: "moderate improvement (pain down by 30–49 %)",
  minimal: "minimal improvement (pain down by 10–29 %)",
  none: "no meaningful change (pain down by less than 10 %)",
  worse: "worse (pain higher than before)",
};
