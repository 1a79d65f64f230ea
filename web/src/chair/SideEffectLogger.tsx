import { useState } from "react";
import { byTier, isRedFlag, managementFor, sideEffect } from "../../../src/clinical/catalogue";
import type { Grade, SideEffectId, Tier } from "../../../src/clinical/catalogue/types";
import { EmergencyDialog } from "./EmergencyDialog";
import { StepList } from "./StepList";
import { useOutbox } from "./useOutbox";

const TIERS: { tier: Tier; label: string }[] = [
  { tier: "common", label: "Common" },
  { tier: "less-common", label: "Less common" },
  { tier: "rare", label: "Rare" },
];

/**
 * Logging a side effect from the catalogue: pick it, pick the grade (with what each grade means), see the
 * steps for that grade, log. A red-flag grade opens the emergency steps straight away.
 */
export function SideEffectLogger({ sessionId }: { sessionId: string }) {
  const outbox = useOutbox();
  const [picked, setPicked] = useState<SideEffectId | null>(null);
  const [grade, setGrade] = useState<Grade | null>(null);
  const [emergency, setEmergency] = useState<{ id: SideEffectId; grade: Grade } | null>(null);
  const entry = picked ? sideEffect(picked) : null;
  const band = picked && grade ? managementFor(picked, grade) : null;
  const log = () => {
    if (!picked || !grade || !entry) return;
    outbox.record(sessionId, `${entry.clinicalName}, grade ${grade}`, {
      body: { kind: "side-effect", sideEffectId: picked, grade },
    });
    if (isRedFlag(picked, grade)) setEmergency({ id: picked, grade });
    setPicked(null);
    setGrade(null);
  };
  return (
    <div className="side-effect-logger">
      <h3>Log a side effect</h3>
      {TIERS.map(({ tier, label }) => (
        <fieldset key={tier} className="tier">
          <legend>{label}</legend>
          <div className="chip-row">
            {byTier(tier).map((e) => (
              <button
                key={e.id}
                type="button"
                aria-pressed={picked === e.id}
                className={picked === e.id ? "chip chip-on" : "chip"}
                onClick={() => {
                  setPicked(e.id);
                  setGrade(null);
                }}
              >
                {e.clinicalName}
              </button>
            ))}
          </div>
        </fieldset>
      ))}
      {entry && (
        <fieldset className="grade-picker">
          <legend>Grade of {entry.clinicalName}</legend>
          {(Object.entries(entry.grading.grades) as [string, string][]).map(([g, text]) => (
            <label key={g} className="grade-option">
              <input
                type="radio"
                name="side-effect-grade"
                value={g}
                checked={grade === Number(g)}
                onChange={() => setGrade(Number(g) as Grade)}
              />
              <span>
                <strong>Grade {g}</strong>
                {isRedFlag(entry.id, Number(g) as Grade) && (
                  <>
                    {" "}
                    <span className="badge badge-danger">Red flag</span>
                  </>
                )}
                : {text}
              </span>
            </label>
          ))}
        </fieldset>
      )}
      {entry && band && (
        <div className="management">
          <h4>What to do for grade {grade}</h4>
          <StepList steps={band.steps} />
          <button type="button" className={isRedFlag(entry.id, grade!) ? "danger" : "primary"} onClick={log}>
            Log {entry.clinicalName}, grade {grade}
          </button>
        </div>
      )}
      {emergency && (
        <EmergencyDialog
          title={`${sideEffect(emergency.id).clinicalName}, grade ${emergency.grade}`}
          steps={managementFor(emergency.id, emergency.grade).steps}
          redFlags={sideEffect(emergency.id).redFlags}
          onClose={() => setEmergency(null)}
        />
      )}
    </div>
  );
}
