import { INTERACTION_CLASSES } from "../medications/classes";
import { INGREDIENTS } from "../medications/dictionary";
import { type Evidence, KB_VERSION } from "../provenance";
import { sourceById } from "../sources/registry";
import { CONDITIONS } from "./input";
import { SCREENING_RULES } from "./rules";
import type { ScreeningRule } from "./rules/types";
import { THRESHOLD_LIST } from "./thresholds";

const EVIDENCE_TEXT: Record<Evidence, string> = {
  sourced: "sourced",
  "practice-default": "practice default (clinic-configurable; not presented as evidence)",
};

function sourceLines(ids: readonly string[]): string[] {
  return ids.map((id) => {
    const s = sourceById(id);
    if (!s) return `  - ${id} (not in the source registry)`;
    return s.url ? `  - ${id}: ${s.title} — <${s.url}>` : `  - ${id}: ${s.title}`;
  });
}

function ruleSection(r: ScreeningRule): string[] {
  const severity = [
    `\`${r.severity}\``,
    ...(r.alsoAs ?? []).map((a) => `\`${a.severity}\` when ${a.when}`),
  ].join("; ");
  return [
    `### \`${r.id}\` — ${r.title}`,
    "",
    `- **Version:** ${r.version}`,
    `- **Severity:** ${severity}`,
    `- **Evidence:** ${EVIDENCE_TEXT[r.evidence]}`,
    `- **When it fires:** ${r.whenFires}`,
    `- **Why:** ${r.rationale}`,
    `- **What to do:** ${r.whatToDo}`,
    `- **Related side effects:** ${[...r.relatedSideEffects, "any the side-effect catalogue links to this rule"].join(", ")}`,
    "- **Sources:**",
    ...sourceLines(r.sources),
    "",
  ];
}

/**
 * The screening rules, thresholds and interaction classes as Markdown for clinician review.
 * docs/clinical/screening.md is this output; a test keeps the two identical.
 */
export function renderScreeningMarkdown(): string {
  const lines = [
    "# Screening rules for the initial evaluation",
    "",
    `Knowledge base version ${KB_VERSION}. This page is generated from the rule tables in \`src/clinical/screening\` and \`src/clinical/medications\`; edit those, not this page.`,
    "",
    "Screening runs every rule below over a patient's history, medicines, allergies, pre-dose vital signs, tests on file and treatment plan. Each rule that fires gives one finding with what triggered it. Findings are listed contraindications first, then cautions, then information.",
    "",
    "- **contraindication**: do not start. The physician may still decide to proceed, but must record a reason. The rationale says whether the sources call it absolute or relative.",
    "- **caution**: the infusion may go ahead with the extra measures stated.",
    "- **info**: record it and prepare.",
    "",
    "The suggested decision is _not eligible_ when any contraindication fires, _eligible with cautions_ when any caution fires, and _eligible_ otherwise. It is a suggestion: the physician decides.",
    "",
    "Rules and thresholds marked _practice default_ rest on items the clinical fact sheet could not confirm. They are clinic-configurable defaults, not evidence.",
    "",
    "Medicines are matched through a bundled dictionary of generic and brand names. A name it does not know is reported as not checked for interactions; a name matched only after correcting a one-letter slip is reported for confirmation.",
    "",
    "## Rules",
    "",
    ...SCREENING_RULES.flatMap(ruleSection),
    "## Thresholds",
    "",
    ...THRESHOLD_LIST.map(
      (t) =>
        `- \`${t.id}\` (version ${t.version}): ${t.label}: **${t.value}${t.unit.startsWith("/") ? "" : " "}${t.unit}**; ${t.evidence}; sources ${t.sources.join(", ")}`,
    ),
    "",
    "## History vocabulary",
    "",
    "Screening reads only these history codes. A code no rule mentions is still recorded.",
    "",
    ...Object.entries(CONDITIONS).map(([code, meaning]) => `- \`${code}\`: ${meaning}`),
    "",
    "## Interaction classes",
    "",
    ...INTERACTION_CLASSES.flatMap((c) => {
      const members = INGREDIENTS.filter((e) => e.classes.includes(c.id)).map((e) => e.ingredient);
      return [
        `### ${c.label} (\`${c.id}\`, version ${c.version})`,
        "",
        `- **Evidence:** ${EVIDENCE_TEXT[c.evidence]}`,
        `- **What the sources say:** ${c.basis}`,
        `- **Ingredients:** ${members.join(", ")}`,
        "- **Sources:**",
        ...sourceLines(c.sources),
        "",
      ];
    }),
  ];
  return `${lines.join("\n").trimEnd()}\n`;
}
