import { SCORE_SCALES } from "../../../src/clinical/chair/entries";
import type { SessionView } from "../../../src/clinical/chair/view";
import { ScoreForm } from "./ScoreForm";
import { clock, SCALE_LABEL } from "./words";

const PROMPT = { sedation: "Sedation score (MOAA/S or RASS) due", dissociation: "CADSS-6 due" } as const;

/** Sedation, dissociation and pain scores: what is due, the latest of each, and entry. */
export function ScoresPanel({ view, now }: { view: SessionView; now: number }) {
  const due = [...view.checks.overdue, ...view.checks.due].filter(
    (c): c is typeof c & { kind: keyof typeof PROMPT } => c.kind === "sedation" || c.kind === "dissociation",
  );
  const latest = SCORE_SCALES.flatMap((s) => {
    const score = view.scores[s];
    return score ? [{ scale: s, ...score }] : [];
  });
  return (
    <section className="card" aria-labelledby="scores-heading">
      <h2 id="scores-heading">Scores</h2>
      {due.map((c) => (
        <p key={`${c.kind}-${c.dueAt}`} className={c.overdueAt <= now ? "check-overdue" : "check-due"}>
          {PROMPT[c.kind]} {c.overdueAt <= now ? "— overdue" : `by ${clock(c.overdueAt)}`}
        </p>
      ))}
      {latest.length > 0 && (
        <ul className="plain-list">
          {latest.map((s) => (
            <li key={s.scale}>
              {SCALE_LABEL[s.scale]}: <strong>{s.value}</strong>{" "}
              <span className="muted">at {clock(s.at)}</span>
            </li>
          ))}
        </ul>
      )}
      <ScoreForm sessionId={view.sessionId} scales={["moaas", "rass", "cadss6", "nrs"]} label="Score" />
    </section>
  );
}
