import type { EvaluationDecision } from "../api/types";

export const DECISION_LABELS: Record<EvaluationDecision, string> = {
  eligible: "Eligible",
  "eligible-with-cautions": "Eligible with cautions",
  "not-eligible": "Not eligible",
};

export const DECISION_OPTIONS = (Object.keys(DECISION_LABELS) as EvaluationDecision[]).map((value) => ({
  value,
  label: DECISION_LABELS[value],
}));
