import { CONDITIONS, type ConditionCode } from "../../../src/clinical/screening/input";
import type { Evaluation } from "../api/types";
import { formatDateTime } from "../format";
import { DECISION_LABELS } from "./decisions";
import { FindingsPanel } from "./FindingsPanel";
import { personName } from "./people";

const INDICATION_LABELS: Record<Evaluation["content"]["indication"]["primary"], string> = {
  crps: "Complex regional pain syndrome",
  fibromyalgia: "Fibromyalgia",
  neuropathic: "Neuropathic pain",
  "migraine-cluster": "Migraine or cluster headache",
  "post-operative": "Post-operative pain",
  other: "Other",
};

const list = (items: readonly string[]) => (items.length ? items.join("; ") : "none recorded");

/** A saved evaluation as a read-only, printable summary with the findings as stored when it was saved. */
export function EvaluationView({ evaluation }: { evaluation: Evaluation }) {
  const c = evaluation.content;
  const v = c.vitals;
  const indication = [
    c.indication.primary === "other" ? c.indication.otherText : INDICATION_LABELS[c.indication.primary],
    c.indication.depression ? "with depression" : "",
    c.indication.anxiety ? "with anxiety" : "",
  ]
    .filter(Boolean)
    .join(", ");
  return (
    <div className="evaluation-view">
      {evaluation.rulesNow.differs && (
        <div className="notice notice-warn" role="status">
          <p className="notice-title">Today's rules would say something different</p>
          <p>
            These findings were stored with knowledge base {evaluation.kbVersion}. Re-run with today's rules (
            {evaluation.rulesNow.kbVersion}) they come out differently: consider a re-evaluation.
          </p>
        </div>
      )}
      <section className="card" aria-labelledby="evaluation-summary-title">
        <h2 id="evaluation-summary-title">
          Evaluation version {evaluation.version}{" "}
          <span className={evaluation.status === "signed" ? "badge badge-ok" : "badge badge-muted"}>
            {evaluation.status}
          </span>
        </h2>
        <p className="muted">
          Saved {formatDateTime(evaluation.createdAt)} by {personName(evaluation.createdBy)}
        </p>
        {evaluation.signature && (
          <p className="signature">
            <strong>{DECISION_LABELS[evaluation.signature.decision]}</strong> — signed{" "}
            {formatDateTime(evaluation.signature.signedAt)} by {personName(evaluation.signature.signedBy)}
            {evaluation.signature.reason && `. Reason: ${evaluation.signature.reason}`}
          </p>
        )}
        <dl className="facts facts-wide">
          <div>
            <dt>Indication</dt>
            <dd>{indication}</dd>
          </div>
          <div>
            <dt>Pain (NRS now / average / worst)</dt>
            <dd>
              {c.pain.now} / {c.pain.average} / {c.pain.worst} out of 10
            </dd>
          </div>
          <div>
            <dt>Vital signs</dt>
            <dd>
              HR {v.hr} beats/min, BP {v.sbp}/{v.dbp} mmHg, SpO2 {v.spo2} %, RR {v.rr} breaths/min
            </dd>
          </div>
          <div>
            <dt>Weight and height</dt>
            <dd>
              {v.weightKg} kg, {v.heightCm} cm
            </dd>
          </div>
          <div>
            <dt>History</dt>
            <dd>{list(c.conditions.map((code) => CONDITIONS[code as ConditionCode] ?? code))}</dd>
          </div>
          <div>
            <dt>Medications</dt>
            <dd>{list(c.medications.map((m) => [m.name, m.dose, m.frequency].filter(Boolean).join(" ")))}</dd>
          </div>
          <div>
            <dt>Allergies</dt>
            <dd>
              {list(c.allergies.map((a) => (a.reaction ? `${a.substance} (${a.reaction})` : a.substance)))}
            </dd>
          </div>
          <div>
            <dt>Previous treatments</dt>
            <dd>{list(c.previousTreatments.map((t) => `${t.name}: ${t.effect} effect`))}</dd>
          </div>
          <div>
            <dt>Tests</dt>
            <dd>
              {list(c.labs.map((l) => `${l.name} ${l.value}${l.unit ? ` ${l.unit}` : ""} (${l.takenOn})`))}
            </dd>
          </div>
          <div>
            <dt>Earlier exposure</dt>
            <dd>
              {c.exposure.priorInfusions} infusions, {c.exposure.lifetimeMg} mg in total
            </dd>
          </div>
          {c.psychiatricNotes && (
            <div>
              <dt>Psychiatric history</dt>
              <dd>{c.psychiatricNotes}</dd>
            </div>
          )}
          {c.substanceUseNotes && (
            <div>
              <dt>Substance use</dt>
              <dd>{c.substanceUseNotes}</dd>
            </div>
          )}
        </dl>
      </section>
      <FindingsPanel
        findings={evaluation.findings}
        heading="Findings as stored"
        kbVersion={evaluation.kbVersion}
      />
    </div>
  );
}
