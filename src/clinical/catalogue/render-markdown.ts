import { citation, table } from "../markdown";
import { sourceById } from "../sources/registry";
import { byTier } from "./index";
import type { Code, Grade, ManagementStep, SideEffectEntry, Tier } from "./types";

const TIER_HEADINGS: Record<Tier, string> = {
  common: "Common side effects",
  "less-common": "Less common side effects",
  rare: "Rare side effects",
};

const GRADES: readonly Grade[] = [1, 2, 3, 4, 5];

/** Bands cover consecutive grades, so "Grades 3–5" says it exactly. */
function gradeRange(grades: readonly Grade[]): string {
  return grades.length === 1 ? `Grade ${grades[0]}` : `Grades ${grades[0]}–${grades[grades.length - 1]}`;
}

function stepLine(step: ManagementStep, index: number): string {
  const dose = step.drug ? `**${step.drug.drug} ${step.drug.dose} ${step.drug.route}** — ` : "";
  return `  ${index + 1}. _${step.kind}:_ ${dose}${step.text} ${citation(step)}`;
}

function codeRow(code: Code): string[] {
  const status = code.verified ? `confirmed [${(code.sources ?? []).join(", ")}]` : "**unconfirmed** — check";
  return [code.system, code.code, code.display, status];
}

function sourceLine(id: string): string {
  const source = sourceById(id);
  if (source === undefined) return `- ${id} — not in the source registry`;
  return `- ${id} — ${source.title}${source.url === null ? "" : ` — <${source.url}>`}`;
}

function renderEntry(entry: SideEffectEntry): string {
  const { grading, patient } = entry;
  const redFlagGrade =
    entry.redFlagFromGrade === null
      ? "No grade is an emergency by itself; the signs below are."
      : `Grade ${entry.redFlagFromGrade} and above is an emergency.`;
  const lines = [
    `### ${entry.clinicalName} (\`${entry.id}\`)`,
    "",
    `Plain name: ${entry.plainName}. Tier: ${entry.tier}. Entry version ${entry.version}; evidence: ${entry.evidence}. Further infusions after this effect: **${entry.contraindicatesFurtherInfusions}**.`,
    "",
    `**Incidence.** ${entry.incidence.text} ${citation(entry.incidence)}`,
    "",
    `**Onset** (${entry.onset.join(", ")}). ${entry.onsetText}`,
    "",
    `**Mechanism.** ${entry.mechanism.clinical} ${citation(entry.mechanism)}`,
    "",
    `In plain words: ${entry.mechanism.plain}`,
    "",
    "**Risk factors.**",
    "",
    ...entry.riskFactors.map((r) => {
      const rules = r.screeningRuleIds.map((id) => `\`${id}\``).join(", ");
      return `- ${r.text}${rules === "" ? "" : ` — rules: ${rules}`}`;
    }),
    "",
    "**Recognition.**",
    "",
    ...entry.recognition.signs.map((s) => `- ${s}`),
    ...(entry.recognition.criterion === undefined ? [] : [`- Criterion: ${entry.recognition.criterion}`]),
    "",
    `**Grading** — ${grading.system} v${grading.systemVersion}, term "${grading.term}" [${grading.sources.join(", ")}].`,
    "",
    ...table(
      ["Grade", "Description", "Infusion action"],
      GRADES.flatMap((g) => {
        const text = grading.grades[g];
        if (text === undefined) return [];
        const band = entry.management.find((b) => b.grades.includes(g));
        return [[String(g), text, band?.action ?? "—"]];
      }),
    ),
    "",
    "**Management by grade.**",
    "",
    ...entry.management.flatMap((band) => [
      `- ${gradeRange(band.grades)}: **${band.action}**`,
      ...band.steps.map(stepLine),
    ]),
    "",
    `**Red flags.** ${redFlagGrade}`,
    "",
    ...(entry.redFlags.length === 0
      ? ["- None beyond the grade table."]
      : entry.redFlags.map((f) => `- ${f.text} → **${f.action}** ${citation(f)}`)),
    "",
    `**Patient text** — "${patient.name}"`,
    "",
    `- What it feels like: ${patient.whatItFeelsLike}`,
    `- Why it happens: ${patient.whyItHappens}`,
    `- What we do: ${patient.whatWeDo}`,
    `- Tell us at once: ${patient.tellUsAtOnce}`,
    "",
    "**Codes.**",
    "",
    ...(entry.codes.length === 0
      ? ["No confirmed code; see the fact sheet."]
      : table(["System", "Code", "Display", "Status"], entry.codes.map(codeRow))),
    "",
    "**Sources.**",
    "",
    ...entry.sources.map(sourceLine),
    "",
  ];
  return lines.join("\n");
}

/**
 * The whole catalogue as Markdown for clinical review. Pure: the committed docs/clinical/catalogue.md is
 * this function's output, and a test keeps the two equal.
 */
export function renderCatalogueMarkdown(): string {
  const tiers: readonly Tier[] = ["common", "less-common", "rare"];
  const header = [
    "# Side-effect catalogue",
    "",
    "Generated from `src/clinical/catalogue` by `renderCatalogueMarkdown()` — edit the data, not this file.",
    "",
    "How to read it:",
    "",
    "- Tags such as [S20] are ids in the source registry; each entry ends with the titles and addresses of its sources.",
    "- _(practice default)_ marks a value the sources do not confirm. It is a clinic-configurable default, not evidence.",
    '- Grading uses CTCAE v5.0 terms and grades, described in our own words. Where CTCAE has no term for the effect, the "Other, specify" term of its organ class is used with the general grade meanings.',
    "- Infusion actions: continue, slow, pause, stop, emergency. Management steps run non-drug first, then drugs, then escalation.",
    "- Ketaguard is a secondary display beside the bedside monitor; local protocols and clinical judgement take precedence.",
    "",
  ];
  const body = tiers.flatMap((tier) => [`## ${TIER_HEADINGS[tier]}`, "", ...byTier(tier).map(renderEntry)]);
  return [...header, ...body].join("\n");
}
