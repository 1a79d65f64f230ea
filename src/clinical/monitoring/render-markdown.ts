/**
 * docs/clinical/monitoring.md, generated from the rule data so the clinician's table cannot drift from
 * what the code does.
 */
import { citation, sourceList, table } from "../markdown";
import { ruleAdvice } from "./conditions";
import { CANONICAL_UNIT } from "./readings";
import { MONITORING_RULES, RED_FLAG_RULE, REJECTED_INPUT_RULE, SIDE_EFFECT_RULE } from "./rules";
import { CHECK_SCHEDULES, CHECK_WINDOW } from "./schedule";
import { DEFAULT_MONITORING_CONFIG, THRESHOLDS, type ThresholdId, threshold } from "./thresholds";
import { VITAL_SIGNS } from "./types";

const value = (id: ThresholdId): string => {
  const t = threshold(id);
  const unit = t.unit === "{score}" ? "" : t.unit === "mm[Hg]" ? "mmHg" : t.unit;
  return `${DEFAULT_MONITORING_CONFIG[id]} ${unit}`.trim();
};

function ruleRows(): string[][] {
  return MONITORING_RULES.map((rule) => {
    const advice = ruleAdvice(rule);
    const r = rule.response;
    const steps = "sideEffect" in r ? `catalogue: \`${r.sideEffect}\` grade ${r.grade}` : "own steps";
    const limits = rule.thresholds.map((id) => `${threshold(id).label} ${value(id)}`).join("; ");
    return [
      `\`${rule.id}\``,
      `\`${rule.family}\``,
      `${rule.title}: ${limits}`,
      advice.priority,
      advice.action,
      steps,
      rule.confirmation === "immediate" ? "at once" : "second reading or persistence",
      rule.escalateAfter ? `${value(rule.escalateAfter)}` : "—",
      citation(rule),
    ];
  });
}

/** The full text of docs/clinical/monitoring.md. */
export function renderMonitoringMarkdown(): string {
  const lines: string[] = [
    "# Live monitoring rules",
    "",
    "<!-- Generated from src/clinical/monitoring by renderMonitoringMarkdown(); a test checks this file matches. -->",
    "",
    "> **Ketaguard is a secondary display beside the bedside monitor. It is not an alarm system of record.**",
    "> The bedside monitor's own alarms stay on and stay primary. Alerts here can arrive late or not at all",
    "> when the network or the feed fails; the staff in the room watch the patient and the monitor.",
    "",
    "## How an alert behaves",
    "",
    `- **One alert per condition.** Each alert has a key (for example \`bp-high\` or \`side-effect:nausea\`); the same condition never shows twice. Rules of one family (for example the blood pressure rise and the very high blood pressure rule) share one alert, which takes the most severe matching rule.`,
    `- **A single reading does not page anyone.** A monitor reading outside a limit first shows at low priority flagged as a possible artefact. It becomes a real alert when a second reading agrees or when it has not been contradicted for ${value("timing.confirm")}. Scores and side effects entered by a clinician count at once.`,
    "- **A condition that persists escalates** one priority step (medium to high) after the time shown in the table; the alert records when.",
    "- **An alert never steps down while active.** A less severe reading keeps the more severe advice until the alert clears.",
    `- **An alert clears only after its condition has stayed gone for ${value("timing.clear-hold")}**; if it comes back during that time the alert simply continues.`,
    `- **No data is itself an alert.** While the infusion is running, no vital signs for ${value("timing.no-vitals")} raises \`no-vitals\`. While the infusion has not started, is paused or is stopped, silence raises nothing.`,
    "- **A reading that cannot be used is shown, never guessed.** An unknown unit or an impossible value raises a low-priority `data-quality:…` alert and is ignored by the rules.",
    "- **Side effects follow the catalogue.** A reported side effect shows the catalogue's management band for its grade (action and steps); the band's action sets the priority (continue: low; slow or pause: medium; stop: high). A grade the catalogue marks as a red flag is a high-priority emergency at once.",
    "- Every alert records the rule id, rule version and knowledge-base version that produced it, the values that triggered it, its sources and whether its thresholds are sourced or practice defaults.",
    "- Times are epoch milliseconds (UTC) passed in by the caller; the rules never read a clock.",
    "",
    "Priorities follow the high / medium / low convention of monitor alarm systems. Actions are continue, slow, pause, stop and emergency.",
    "",
    "## Alert rules",
    "",
    ...table(
      [
        "Rule",
        "Alert key",
        "Condition (default limits)",
        "Priority",
        "Action",
        "Steps",
        "Raised",
        "Escalates after",
        "Sources",
      ],
      ruleRows(),
    ),
    "",
    ...table(
      [
        "Rule",
        "Alert key",
        "Condition",
        "Priority",
        "Action",
        "Steps",
        "Raised",
        "Escalates after",
        "Sources",
      ],
      [
        [
          `\`${SIDE_EFFECT_RULE.id}\``,
          "`side-effect:<id>`",
          SIDE_EFFECT_RULE.rationale,
          "from band",
          "from band",
          "catalogue band for the grade",
          "at once",
          "—",
          citation(SIDE_EFFECT_RULE),
        ],
        [
          `\`${RED_FLAG_RULE.id}\``,
          "`side-effect:<id>`",
          RED_FLAG_RULE.rationale,
          "high",
          "emergency",
          "catalogue band for the grade",
          "at once",
          "—",
          citation(RED_FLAG_RULE),
        ],
        [
          `\`${REJECTED_INPUT_RULE.id}\``,
          "`data-quality:<signal>`",
          REJECTED_INPUT_RULE.rationale,
          "low",
          "continue",
          "own steps",
          "at once",
          "—",
          citation(REJECTED_INPUT_RULE),
        ],
      ],
    ),
    "",
    "Where a rule names a catalogue side effect and grade, its action and steps are that grade's management band; a red-flag grade makes it an emergency.",
    "",
    "## Thresholds",
    "",
    "Every limit is clinic-configurable. Practice defaults are values the sources do not confirm; they are starting points for a clinic to review, not evidence.",
    "",
    ...table(
      ["Id", "What", "Default", "Evidence", "Sources", "Why"],
      THRESHOLDS.map((t) => [
        `\`${t.id}\``,
        t.label,
        value(t.id),
        t.evidence,
        `[${t.sources.join(", ")}]`,
        t.rationale,
      ]),
    ),
    "",
    "## Units accepted from devices",
    "",
    ...table(
      ["Signal", "Canonical unit", "Also accepted"],
      VITAL_SIGNS.map((s) => [
        s,
        CANONICAL_UNIT[s],
        s === "sbp" || s === "dbp"
          ? "kPa"
          : s === "spo2"
            ? "1 (fraction)"
            : `{${s === "hr" ? "beats" : "breaths"}}/min`,
      ]),
    ),
    "",
    "A bare number is read in the canonical unit.",
    "",
    "## Observation schedule",
    "",
    `\`checksDue(sessionStart, events, now)\` lists checks due, overdue and coming next. A check may be done up to ${CHECK_WINDOW.earlyMinutes} minutes early and is overdue ${CHECK_WINDOW.graceMinutes} minutes after it falls due (practice defaults).`,
    "",
    ...table(
      ["Check", "Minutes after start", "Then every", "Sources", "Why"],
      CHECK_SCHEDULES.map((s) => [
        s.label,
        s.offsetsMinutes.join(", "),
        s.thenEveryMinutes === null ? "—" : `${s.thenEveryMinutes} min`,
        citation(s),
        s.rationale,
      ]),
    ),
    "",
    "## Sources",
    "",
    ...sourceList([
      ...THRESHOLDS,
      ...MONITORING_RULES,
      SIDE_EFFECT_RULE,
      RED_FLAG_RULE,
      REJECTED_INPUT_RULE,
      ...CHECK_SCHEDULES,
    ]),
    "",
  ];
  return lines.join("\n");
}
