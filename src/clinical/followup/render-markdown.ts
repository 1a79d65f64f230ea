/**
 * docs/clinical/followup.md, generated from the follow-up data (check-ins, symptom and warning-sign questions,
 * triage levels, home advice, continuation rules, long-term checks, booster patterns) so the page cannot drift
 * from what the code does.
 */
import { sideEffect } from "../catalogue";
import { citation, sourceList, table } from "../markdown";
import type { Provenance } from "../provenance";
import { ANALYTICS_METHOD } from "./analytics";
import { BOOSTER_PATTERNS } from "./boosters";
import { DEFAULT_CHECKIN_CONFIG } from "./checkins";
import { CONTINUATION_RULES, CUMULATIVE_DOSE_REVIEW, LIVER_GRADE_2_FROM_ULN } from "./continuation";
import { HOME_CARE } from "./home-care";
import { LONG_TERM_CHECKS, LONG_TERM_SETTINGS } from "./long-term";
import { ANSWER_SCALES, CHECKIN_RECALL, PRO_ITEMS, RED_FLAG_QUESTIONS } from "./pro-items";
import { CALL_BACK_LEVELS, DEFAULT_TRIAGE_CONFIG, responseTimePromise } from "./triage";
import { PLAIN_REASONS } from "./why-for-you";

const hours = (h: number): string => (h % 24 === 0 && h >= 48 ? `${h / 24} days` : `${h} h`);

const settings = Object.values(LONG_TERM_SETTINGS);

/** Every versioned, cited item of the follow-up knowledge. */
export const FOLLOWUP_ITEMS: readonly Provenance[] = [
  ...DEFAULT_CHECKIN_CONFIG.slots,
  CHECKIN_RECALL,
  ...PRO_ITEMS,
  ...RED_FLAG_QUESTIONS,
  ...CALL_BACK_LEVELS,
  ...HOME_CARE,
  ...CONTINUATION_RULES,
  CUMULATIVE_DOSE_REVIEW,
  ...LONG_TERM_CHECKS,
  ...settings,
  ...BOOSTER_PATTERNS,
];

/** The full text of docs/clinical/followup.md. */
export function renderFollowupMarkdown(): string {
  return [
    "# Follow-up after the infusion",
    "",
    "<!-- Generated from src/clinical/followup by renderFollowupMarkdown(); a test checks this file matches. -->",
    "",
    "What patients are asked after each infusion, how their answers are triaged, what the clinic is advised about",
    "carrying on, which checks fall due with long-term exposure, how boosters are spaced, and the math behind the",
    "clinic's analytics. Everything here is decision support: the clinic decides.",
    "",
    "## Check-ins",
    "",
    "Each check-in is due from the start of its window and overdue after its end (both ends inside the window).",
    "Windows may not overlap, so an answer belongs to one check-in. A clinic can set its own times.",
    "",
    ...table(
      ["Check-in", "After the infusion ended", "Due from", "Overdue after", "Sources"],
      DEFAULT_CHECKIN_CONFIG.slots.map((s) => [
        `\`${s.id}\``,
        hours(s.afterHours),
        `${s.opensHoursBefore} h before`,
        `${s.overdueHoursAfter} h after`,
        citation(s),
      ]),
    ),
    "",
    `Recall period: "${CHECKIN_RECALL.text}"`,
    "PRO-CTCAE's standard recall is the last 7 days and NCI advises against changing it; asking about the time",
    `since the infusion is a protocol change ${citation(CHECKIN_RECALL)}.`,
    "",
    "## Symptom questions",
    "",
    "Answers are scored 0–4 on the PRO-CTCAE scales (presence: 0 or 1). All attributes of an item are asked",
    "together; a first answer of 0 skips the rest of the item. Question wording is our own.",
    "",
    ...table(
      ["Attribute", "Answers (score 0 → 4)"],
      Object.values(ANSWER_SCALES).map((s) => [s.attribute, s.labels.join(" / ")]),
    ),
    "",
    ...table(
      ["Item", "Catalogue effect", "PRO-CTCAE term", "Attributes", "Questions", "Sources"],
      PRO_ITEMS.map((i) => [
        `\`${i.id}\``,
        `\`${i.sideEffectId}\``,
        i.proCtcaeTerm ?? "none",
        i.attributes.join(", "),
        Object.values(i.questions).join(" "),
        citation(i),
      ]),
    ),
    "",
    ...PRO_ITEMS.filter((i) => i.note !== undefined).map((i) => `- \`${i.id}\`: ${i.note}`),
    "",
    "## Warning-sign questions",
    "",
    "Asked yes/no at every check-in; each must be answered, so a skipped question is never read as no. Each",
    "carries the sources of the catalogue red flag it asks about.",
    "",
    ...table(
      ["Question", "Catalogue effect", "What a yes means", "Sources"],
      RED_FLAG_QUESTIONS.map((q) => [q.question, `\`${q.sideEffectId}\``, q.clinicalMeaning, citation(q)]),
    ),
    "",
    "Pain now and on average since the infusion (NRS 0–10), relief (0–100 %) and free text are also asked.",
    "Free text goes to the clinic with the report; the triage rules do not read it, and the patient is told so.",
    "",
    "## Triage",
    "",
    "- **Emergency** (worklist priority high): a yes to any warning sign. The patient is told to call the",
    "  emergency number or the clinic now, and not to wait for the report to be read.",
    "- **Call-back** (priority medium): any symptom answer at or above its call-back level. Home advice is still",
    "  given for other, milder effects.",
    "- **Self-care** (no worklist item): symptoms below every call-back level; home advice per effect, with the",
    "  catalogue's plain name and why it happens.",
    "- **None**: nothing reported.",
    "",
    ...table(
      ["Level", "Applies to", "Call back at score", "Why", "Sources"],
      CALL_BACK_LEVELS.map((l) => [
        `\`${l.id}\``,
        `${l.attribute}${l.itemId === null ? ", every item" : `, \`${l.itemId}\``}`,
        `≥ ${l.value} (${ANSWER_SCALES[l.attribute].labels[l.value]})`,
        l.rationale,
        citation(l),
      ]),
    ),
    "",
    "A clinic's own levels are recorded on each triage as rule version `1.0.0+clinic`. The default promise about",
    "when reports are read, shown to the patient with every non-emergency result:",
    "",
    `> ${responseTimePromise(DEFAULT_TRIAGE_CONFIG)}`,
    "",
    "### Home advice",
    "",
    ...table(
      ["Effect", "What the patient reads", "Sources"],
      HOME_CARE.map((c) => [sideEffect(c.sideEffectId).patient.name, c.text, citation(c)]),
    ),
    "",
    "## Continuing treatment",
    "",
    "Every rule that applies gives a reason; the strongest recommendation wins (stop > pause > adjust >",
    "continue). The pain response is the IMMPACT class of the fall from before the course to now (the",
    "guideline's own definition of a positive response is not verified).",
    "",
    ...table(
      ["Rule", "Recommends", "When", "Sources"],
      CONTINUATION_RULES.map((r) => [`\`${r.id}\``, r.recommendation, r.title, citation(r)]),
    ),
    "",
    `- Lifetime dose review level: ${CUMULATIVE_DOSE_REVIEW.value} ${CUMULATIVE_DOSE_REVIEW.unit} ${citation(CUMULATIVE_DOSE_REVIEW)}. No`,
    "  validated maximum exists; 1,000 mg is the ceiling of a 10-day 0.35 mg/kg/h course capped at 100 mg/day.",
    `- Liver tests at CTCAE grade 2 (pause) start above: ${Object.entries(LIVER_GRADE_2_FROM_ULN)
      .map(([k, v]) => `${k} ${v}×`)
      .join(", ")} the upper limit of normal; any value above normal asks to adjust.`,
    "",
    "## Long-term checks",
    "",
    ...table(
      ["Check", "What", "Sources"],
      LONG_TERM_CHECKS.map((c) => [`\`${c.id}\``, c.title, citation(c)]),
    ),
    "",
    ...table(
      ["Setting", "What", "Default", "Sources"],
      settings.map((s) => [`\`${s.id}\``, s.label, `${s.value} ${s.unit}`, citation(s)]),
    ),
    "",
    "A liver panel counts for a course when taken in the screening's window before it (`thr.lft-valid-days`).",
    "",
    "## Boosters",
    "",
    ...table(
      ["Pattern", "Intervals (weeks)", "Then every", "Note", "Sources"],
      BOOSTER_PATTERNS.map((b) => [
        `\`${b.id}\``,
        b.intervalsWeeks.join(", "),
        b.thenEveryWeeks === null ? "—" : `${b.thenEveryWeeks} weeks`,
        b.note,
        citation(b),
      ]),
    ),
    "",
    "## Patient education",
    "",
    "Structured sections in plain words (every generated sentence at Flesch–Kincaid grade 7 or less, checked by",
    "a test): what ketamine is, what the treatment involves, what happened last time (from the previous",
    "infusion's chart), side effects by tier with the catalogue's patient text, and when to get help (the",
    "discharge sheet's home red flags). Effects that the patient's screening findings make more likely come",
    'first, each with "Why this matters for you" built from these sentences (findings about missing tests',
    "or medicine names are not used):",
    "",
    ...table(
      ["Screening rule", "What the patient reads"],
      Object.entries(PLAIN_REASONS).map(([id, text]) => [`\`${id}\``, text]),
    ),
    "",
    "## Analytics",
    "",
    `${ANALYTICS_METHOD.text} Incidence per 100 infusions counts each infusion once, with or without the`,
    "effect, so it is a proportion. Wilson's interval stays inside 0–100 %, is not empty at 0 or n events and",
    "keeps its coverage at the small counts of one clinic, where the textbook (Wald) interval fails. Alert",
    "burden is alerts per session and the shares acknowledged and acted on, each with the same interval.",
    "",
    `Reference: ${ANALYTICS_METHOD.reference}`,
    "",
    "## Sources",
    "",
    ...sourceList(FOLLOWUP_ITEMS),
    "",
  ].join("\n");
}
