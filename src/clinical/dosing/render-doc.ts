/**
 * The dosing document (docs/clinical/dosing.md), rendered from the library itself so the document cannot
 * say something the code does not do. A test compares the file with this output.
 */
import { KB_VERSION } from "../provenance";
import { formatQuantity, type Minutes, minutesToHours, type Quantity, type Unit } from "../units";
import { BOLUS_RULE, MAX_PUSH_CONCENTRATION } from "./bolus";
import { USUAL_INFUSION_CONCENTRATION, VIAL_STRENGTHS } from "./formulations";
import type { DrugLibrary } from "./library";
import { DEFAULT_PUMP_RESOLUTION } from "./rounding";
import { type DoseLimit, type InfusionOrder, LIMIT_QUANTITIES, type Protocol } from "./types";

const REGENERATE_COMMAND =
  "npx tsx -e 'import(\"./src/clinical/dosing/index.ts\").then(m => process.stdout.write(m.renderDosingDoc(m.DEFAULT_LIBRARY)))' > docs/clinical/dosing.md";

function order(o: InfusionOrder): string {
  switch (o.kind) {
    case "rate-per-kg":
      return formatQuantity(o.rate, "mg/kg/h");
    case "rate-per-kg-per-min":
      return formatQuantity(o.rate, "ug/kg/min");
    case "rate":
      return formatQuantity(o.rate, "mg/h");
    case "dose-per-kg":
      return `${formatQuantity(o.dose, "mg/kg")} in total`;
    case "dose":
      return `${formatQuantity(o.dose, "mg")} in total`;
  }
}

function duration(d: Minutes): string {
  return d >= 60 ? formatQuantity(minutesToHours(d), "h") : formatQuantity(d, "min");
}

const cite = (sources: readonly string[]) => sources.map((s) => `[${s}]`).join("");
const cell = (text: string) => text.replaceAll("|", "\\|");

function protocolRow(p: Protocol): string {
  const t = p.template;
  return [
    `\`${p.protocolId}\``,
    p.label,
    p.indication,
    t ? order(t.order) : "prescriber's choice",
    t?.duration ? duration(t.duration) : "prescriber's choice",
    t ? formatQuantity(t.concentration, "mg/mL") : "prescriber's choice",
    p.sessionsPerCourse === null ? "prescriber's choice" : String(p.sessionsPerCourse),
    p.rateCap ? formatQuantity(p.rateCap, "mg/h") : "none",
    `${p.evidence} ${cite(p.sources)}`,
  ]
    .map(cell)
    .join(" | ");
}

function limitRow(l: DoseLimit): string {
  const unit: Unit = LIMIT_QUANTITIES[l.quantity].unit;
  const bound = l.bound === "max" ? (l.exclusive ? "<" : "≤") : l.exclusive ? ">" : "≥";
  return [
    `\`${l.id}\` v${l.version}`,
    LIMIT_QUANTITIES[l.quantity].label,
    l.kind,
    `${bound} ${formatQuantity(l.limit as Quantity<Unit>, unit, { maxDecimals: 3 })}`,
    `${l.evidence} ${cite(l.sources)}`,
    l.rationale,
  ]
    .map(cell)
    .join(" | ");
}

/**
 * Markdown describing every protocol, every limit and the rounding, bolus and cumulative-dose rules.
 * @example renderDosingDoc(DEFAULT_LIBRARY).startsWith("# Dosing")
 */
export function renderDosingDoc(library: DrugLibrary): string {
  const lines: string[] = [
    "# Dosing: protocols, limits and pump rounding",
    "",
    `<!-- Generated from src/clinical/dosing/library.ts by renderDosingDoc() (knowledge base ${KB_VERSION}). Do not edit by hand; a unit test fails when this file and the library differ. Regenerate with: ${REGENERATE_COMMAND} -->`,
    "",
    "Ketaguard is a secondary display beside the pump and the bedside monitor. These tables are the drug library the planning screen checks every plan against; source tags refer to `src/clinical/sources/registry.ts`.",
    "",
    "## Protocols",
    "",
    "| Id | Protocol | Indication | Order | Duration | Concentration | Sessions per course | Rate cap | Evidence |",
    "|---|---|---|---|---|---|---|---|---|",
    ...library.protocols.map((p) => `| ${protocolRow(p)} |`),
    "",
    ...library.protocols.flatMap((p) => [`- **${p.label}** (\`${p.id}\` v${p.version}): ${p.notes}`]),
    "",
    "## Limits",
    "",
    "A **soft** limit may be exceeded only with a reason the prescriber records; a **hard** limit refuses the plan and cannot be overridden. Limits are checked against what the pump will actually deliver after rounding. `practice-default` marks a value that no source validates: a default the clinic is expected to set for itself, not evidence. No validated maximum single-session or cumulative dose exists for chronic-pain infusions.",
    "",
  ];
  for (const p of library.protocols) {
    lines.push(
      `### ${p.label} (\`${p.protocolId}\`)`,
      "",
      "| Limit | Quantity | Kind | Allowed | Evidence | Why |",
      "|---|---|---|---|---|---|",
      ...p.limits.map((l) => `| ${limitRow(l)} |`),
      "",
    );
  }
  lines.push(
    "## Pump rate and rounding",
    "",
    `- Pump rate (mL/h) = infusion rate (mg/h) ÷ concentration (mg/mL). The concentration is always stated in the plan; the usual infusion dilution is ${formatQuantity(USUAL_INFUSION_CONCENTRATION, "mg/mL")} [S14][S28] (for example 500 mg made up to 500 mL). Vial strengths: ${VIAL_STRENGTHS.map((v) => formatQuantity(v, "mg/mL")).join(", ")} [S15][S98][S16].`,
    `- The pump rate is rounded to the pump's step (default ${formatQuantity(DEFAULT_PUMP_RESOLUTION, "mL/h")}, configurable per plan), to the nearest step, half up.`,
    "- When that step would take the delivered rate, session total or course total across a limit that the exact rate respects, the step on the other side is used instead, provided it avoids a hard limit, or avoids a soft one without crossing anything else. Rounding therefore never carries a plan over a hard limit, and never makes a plan that follows its protocol need an override.",
    "- The plan shows the exact and the rounded pump rate, the difference, and the dose the rounded rate delivers; limits are checked against the delivered dose.",
    "- A rate that rounds to zero is refused with a request for a weaker concentration.",
    "- A protocol's rate cap (for example 25 mg/h) is applied before the pump rate is worked out.",
    "",
    "## Bolus",
    "",
    `- Pushed over at least ${formatQuantity(BOLUS_RULE.minimumDuration, "s")} and never faster than ${formatQuantity(BOLUS_RULE.maximumSpeed, "mg/kg/min")} ${cite(BOLUS_RULE.sources)}: the minimum push time is the longer of the two.`,
    `- No solution stronger than ${formatQuantity(MAX_PUSH_CONCENTRATION, "mg/mL")} is pushed: the 100 mg/mL strength is diluted with an equal volume first [S24].`,
    "",
    "## Cumulative dose",
    "",
    "- Each plan shows the session total, the course total (past sessions of the course plus this session's dose for every session still to come) and the lifetime total.",
    "- Course limits are checked against that projected course total, so an over-long course is caught at its first session.",
    "- Liver injury and bladder toxicity follow high cumulative exposure [S52][S53][S55].",
    "",
  );
  return lines.join("\n");
}
