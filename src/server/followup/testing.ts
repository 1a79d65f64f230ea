/** Test helpers for the follow-up routes. */
import { RED_FLAG_QUESTIONS } from "../../clinical/followup/pro-items";

/** Every warning-sign question answered: "yes" for the ids given, "no" for the rest. */
export const redFlags = (yes: readonly string[]) =>
  RED_FLAG_QUESTIONS.map((q) => ({ questionId: q.id, answer: yes.includes(q.id) }));
