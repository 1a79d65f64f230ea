/**
 * docs/clinical/chair.md, generated from the chair's data (gate items, pre-dose limits, timing defaults,
 * the discharge sheet's advice) so the clinician's page cannot drift from what the code does.
 */

import { citation, sourceList, table } from "../markdown";
import { DEFAULT_DISCHARGE_CONFIG, DISCHARGE_CRITERIA } from "../outcomes/discharge";
import { CHAIR_SETTINGS } from "./config";
import { GATE_DEFINITIONS } from "./gate-items";
import { RED_FLAG_ADVICE, SAFETY_ADVICE } from "./sheet-advice";

const settingRows = (prefix: string): string[][] =>
  CHAIR_SETTINGS.filter((s) => s.id.startsWith(prefix)).map((s) => [
    `\`${s.id}\``,
    s.label,
    `${s.value} ${s.unit}`,
    s.rationale,
    citation(s),
  ]);

/** The full text of docs/clinical/chair.md. */
export function renderChairMarkdown(): string {
  const allItems = [...GATE_DEFINITIONS, ...CHAIR_SETTINGS, ...SAFETY_ADVICE, ...RED_FLAG_ADVICE];
  return [
    "# The infusion chair",
    "",
    "<!-- Generated from src/clinical/chair by renderChairMarkdown(); a test checks this file matches. -->",
    "",
    "What the chair checks before an infusion starts, how the infusion's state may change, when a silent monitor",
    "or an unanswered alert is shown, and what the patient's discharge sheet says. The live alert rules are in",
    "[monitoring.md](monitoring.md) and the discharge criteria in [scores.md](scores.md).",
    "",
    "## The pre-infusion gate",
    "",
    "The infusion cannot be started until every required item is met, unless a physician overrides the gate",
    "with a reason. The override is recorded on the session and the unmet items stay visible.",
    "",
    ...table(
      ["Item", "Check", "Why", "Not applicable allowed", "Sources"],
      GATE_DEFINITIONS.map((d) => [
        `\`${d.id}\``,
        d.label,
        d.rationale,
        d.mayBeNotApplicable ? "with a note" : "no",
        citation(d),
      ]),
    ),
    "",
    "## Pre-dose limits on the baseline vital signs",
    "",
    "The baseline is the latest reading marked as baseline before the start. It must hold heart rate, systolic and",
    "diastolic pressure, SpO2 and breathing rate, and none may be outside these limits (a value equal to a limit",
    "passes). The blood pressure, pulse and breathing limits are the screening thresholds of the same meaning.",
    "",
    ...table(["Setting", "Limit", "Default", "Why", "Sources"], settingRows("chair.gate.")),
    "",
    "## Timing",
    "",
    ...table(["Setting", "What", "Default", "Why", "Sources"], settingRows("chair.timing.")),
    "",
    "- **Physician escalation.** A high-priority alert that nobody has acknowledged for longer than the time above",
    "  (counted from when it became high priority) is shown on the physician's view. An acknowledgement names the",
    "  alert and the time it was raised, so it never answers a later raising of the same condition.",
    "- **Silent monitor.** While the patient is in the chair (pre-checks to observation), a bound monitor that has",
    "  sent nothing for longer than the time above is shown as stale. Silence is judged on when the server stored",
    "  the readings, not on the monitor's own clock.",
    "",
    "## How the infusion may change",
    "",
    "- Start once, only when the gate is complete or overridden. Rate change and pause only while infusing; resume",
    "  only while paused; stop while infusing or paused. An infusion entry cannot be earlier than the last one.",
    "- Every rate must be above 0 mg/h and at or below the drug library's lowest hard rate limit for the plan's",
    "  protocol (per-kg limits use the plan's weight; without a known protocol, the limits common to every protocol).",
    "- Discharge comes after the stop, when readiness is met or with a note explaining why. After discharge only",
    "  corrections can be charted. Only a physician can override the gate, and only before the start.",
    "- Expected end: when the planned dose will have run in at the current rate; while paused it moves on with the",
    "  time, so a pause adds its length to the end.",
    "",
    "## Corrections",
    "",
    "A correction is a new entry that names the one it corrects and gives a reason. It either replaces the content",
    "(same kind of entry; the latest amendment wins) or withdraws it as entered in error. The original always stays",
    "in the history; a correction cannot itself be corrected, and a withdrawn entry cannot be corrected again.",
    "",
    "## Discharge readiness",
    "",
    `Once the infusion has stopped, readiness uses the discharge criteria (${Object.values(DISCHARGE_CRITERIA)
      .map((c) => `\`${c.id}\``)
      .join(
        ", ",
      )}) with observations charted since the stop, the escort whenever it was charted, and the gate's`,
    `baseline. Default observation time: ${DEFAULT_DISCHARGE_CONFIG.minObservationMinutes} minutes. A discharge score`,
    "charted as a total only passes only when its item-level pass marks must hold whatever the items were: for",
    "the modified Aldrete that is a full 10, since a 9 may have lost its point on breathing or oxygen. Charting the",
    "item scores lets the instrument's own pass rule decide.",
    "",
    "## The discharge sheet",
    "",
    "Written for the patient in plain words (a Flesch–Kincaid grade of 8 or less, checked by a test): what",
    "happened today, what to expect in the next day (the catalogue's patient text), when to get help at once, how",
    "to keep safe, and who to call.",
    "",
    ...table(
      ["Advice", "What the sheet says", "Sources"],
      [...SAFETY_ADVICE, ...RED_FLAG_ADVICE].map((a) => [`\`${a.id}\``, a.text, citation(a)]),
    ),
    "",
    "## Sources",
    "",
    ...sourceList(allItems),
    "",
  ].join("\n");
}
