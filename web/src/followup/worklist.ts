/**
 * The follow-up worklist in the browser: urgency order (the server's order, kept when live events arrive),
 * which items are still open, how old an item is, and a patient's answers in a few readable lines.
 */
import {
  ANSWER_SCALES,
  type ProAttribute,
  proItem,
  redFlagQuestion,
} from "../../../src/clinical/followup/pro-items";
import type { ReportAnswers, WorklistEvent, WorklistItem } from "../api/followup";

/**
 * 0: an unanswered warning sign (high priority), 1: an overdue check-in, 2: a call-back, 3: the rest.
 * The server orders the same way; the browser repeats it so live items land in their place.
 */
export function urgencyRank(item: WorklistItem): number {
  if (item.priority === "high") return 0;
  if (item.kind === "overdue-checkin") return 1;
  return item.priority === "medium" ? 2 : 3;
}

/** Most urgent first, oldest first within the same urgency. */
export function byUrgency(a: WorklistItem, b: WorklistItem): number {
  return urgencyRank(a) - urgencyRank(b) || a.openedAt - b.openedAt || (a.id < b.id ? -1 : 1);
}

/** An item stays open until a call closes it. */
export const isOpen = (item: WorklistItem): boolean =>
  (item.closedAt ?? null) === null && !item.calls.some((c) => c.closes);

/** The open list after a live event: the item replaces its old self, leaves when closed, in urgency order. */
export function withWorklistEvent(items: readonly WorklistItem[], event: WorklistEvent): WorklistItem[] {
  const rest = items.filter((i) => i.id !== event.item.id);
  return (isOpen(event.item) ? [...rest, event.item] : rest).sort(byUrgency);
}

/**
 * How long an item has waited, coarse enough to read at a glance.
 * @example itemAge(0, 95 * 60_000) // "1 h 35 min"
 */
export function itemAge(openedAt: number, now: number): string {
  const minutes = Math.max(0, Math.floor((now - openedAt) / 60_000));
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
  const days = Math.floor(hours / 24);
  return days === 1 ? "1 day" : `${days} days`;
}

const scaleWord = (attribute: ProAttribute, score: number): string =>
  ANSWER_SCALES[attribute].labels[score] ?? String(score);

/**
 * The report's answers as short lines for the clinic: warning signs answered yes, symptoms the patient had
 * (scores with their scale words), pain and relief, and the patient's own words.
 */
export function answerLines(answers: ReportAnswers): string[] {
  const lines: string[] = [];
  for (const flag of answers.redFlags) {
    if (!flag.answer) continue;
    lines.push(`Warning sign — yes: ${redFlagQuestion(flag.questionId)?.question ?? flag.questionId}`);
  }
  for (const symptom of answers.symptoms) {
    const scored = (Object.entries(symptom.answers) as [ProAttribute, number | undefined][]).filter(
      (entry): entry is [ProAttribute, number] => entry[1] !== undefined && entry[1] > 0,
    );
    if (scored.length === 0) continue;
    const name = proItem(symptom.itemId)?.plainName ?? symptom.itemId;
    const words = scored.map(([a, v]) => `${a} ${v} (${scaleWord(a, v)})`).join(", ");
    lines.push(`${name.charAt(0).toUpperCase()}${name.slice(1)}: ${words}`);
  }
  const pain = [
    answers.painNowNrs !== undefined ? `now ${answers.painNowNrs}/10` : null,
    answers.painAverageNrs !== undefined ? `average ${answers.painAverageNrs}/10` : null,
    answers.reliefPercent !== undefined ? `relief ${answers.reliefPercent} %` : null,
  ].filter((p) => p !== null);
  if (pain.length > 0) lines.push(`Pain: ${pain.join(", ")}`);
  if (answers.freeText?.trim()) lines.push(`In their words: “${answers.freeText.trim()}”`);
  if (lines.length === 0) lines.push("No symptoms or warning signs reported.");
  return lines;
}

export const patientName = (item: WorklistItem): string =>
  `${item.patient.givenName} ${item.patient.familyName}`;

/** Words for the live region when an item arrives or a call is recorded. */
export function announceWorklist(event: WorklistEvent): string {
  const who = patientName(event.item);
  if (event.change === "call")
    return isOpen(event.item) ? `Call recorded for ${who}` : `Worklist item for ${who} closed`;
  const urgency = event.item.priority === "high" ? "High-priority" : "New";
  const what = event.item.kind === "overdue-checkin" ? "overdue check-in" : "report";
  return `${urgency} ${what} on the worklist: ${who}`;
}
