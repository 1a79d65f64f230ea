/**
 * docs/clinical/scores.md, generated from the score definitions and the outcome rules so the document
 * cannot drift from what the code scores.
 */

import { citation, sourceList, table } from "../markdown";
import { DEFAULT_DISCHARGE_CONFIG, DISCHARGE_CRITERIA, IMMPACT_RESPONSE } from "../outcomes";
import { SCORE_DEFINITIONS } from "./definitions";
import { totalRange } from "./score";
import type { ScoreDefinition } from "./types";

function section(d: ScoreDefinition): string[] {
  const { min, max } = totalRange(d);
  const lines = [
    `## ${d.name}`,
    "",
    `\`${d.id}\` version ${d.version} — ${citation(d)}${d.loinc ? ` — LOINC ${d.loinc}` : ""}`,
    "",
    `${d.purpose} Total ${min} to ${max}.`,
    "",
    ...table(
      ["Item", "What it rates", "Range", "Scores (lowest first)"],
      d.items.map((i) => [
        `\`${i.id}\``,
        i.label,
        `${i.min} to ${i.max}`,
        (i.anchors ?? []).map((a, k) => `${i.min + k}: ${a}`).join("; "),
      ]),
    ),
    "",
    `Bands (${d.bandsEvidence === "practice-default" ? "practice defaults" : "sourced"}):`,
    "",
    ...table(
      ["Total", "Band", "Meaning"],
      d.bands.map((b) => [b.min === b.max ? `${b.min}` : `${b.min} to ${b.max}`, b.label, b.meaning]),
    ),
  ];
  if (d.pass) lines.push("", `**Pass:** ${d.pass.text} ${citation(d.pass)}`);
  if (d.adaptation) lines.push("", `**Adaptation:** ${d.adaptation}`);
  return [...lines, ""];
}

/** The full text of docs/clinical/scores.md. */
export function renderScoresMarkdown(): string {
  const criteria = Object.values(DISCHARGE_CRITERIA);
  const lines = [
    "# Scores, response and discharge",
    "",
    "<!-- Generated from src/clinical/scores and src/clinical/outcomes by renderScoresMarkdown(); a test checks this file matches. -->",
    "",
    "Item and anchor text is written in the project's own words; it is not the instruments' published wording. Each entry is validated item by item: a missing, non-whole or out-of-range item is refused with a message naming it. Every result records the score id, version and knowledge-base version.",
    "",
    ...SCORE_DEFINITIONS.flatMap(section),
    "## Pain response (IMMPACT)",
    "",
    `\`${IMMPACT_RESPONSE.id}\` — ${citation(IMMPACT_RESPONSE)}. ${IMMPACT_RESPONSE.rationale} The guideline's own definition of a positive response could not be verified, so these classes are used.`,
    "",
    ...table(
      ["Fall in pain (NRS)", "Class"],
      [
        ...IMMPACT_RESPONSE.minimumReduction.map((m) => [`${m.percent}% or more`, m.class]),
        [`less than ${IMMPACT_RESPONSE.minimumReduction.at(-1)!.percent}%`, "none"],
        ["pain went up", "worse"],
      ],
    ),
    "",
    "Percent reduction = (before − after) ÷ before × 100, rounded to one decimal. With no pain before, no percent is given.",
    "",
    "## Discharge readiness",
    "",
    `Defaults: at least ${DEFAULT_DISCHARGE_CONFIG.minObservationMinutes} minutes of observation after the infusion ends, blood pressure and heart rate within ${DEFAULT_DISCHARGE_CONFIG.vitalsWithinPercent}% of baseline, CADSS-6 total at most ${DEFAULT_DISCHARGE_CONFIG.maxCadss6}. The result lists every unmet criterion with the values behind it, and the time from which all criteria have been met without a break.`,
    "",
    ...table(
      ["Criterion", "Meaning", "Sources"],
      criteria.map((c) => [`\`${c.id}\``, c.text, citation(c)]),
    ),
    "",
    "## Benefit and risk per patient",
    "",
    "For each infusion in time order: percent change in pain and its IMMPACT class, the number of side effects and the worst CTCAE grade, red-flag effects, and the running total dose in mg. Totals give responders (a moderate or substantial fall) out of infusions with both pain scores recorded. The summary puts benefit, side-effect burden and exposure side by side for the clinician; it does not weigh them.",
    "",
    "## Sources",
    "",
    ...sourceList([
      ...SCORE_DEFINITIONS,
      ...SCORE_DEFINITIONS.flatMap((d) => (d.pass ? [d.pass] : [])),
      IMMPACT_RESPONSE,
      ...criteria,
    ]),
    "",
  ];
  return lines.join("\n");
}
