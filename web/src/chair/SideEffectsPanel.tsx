import type { SessionView } from "../../../src/clinical/chair/view";
import { InterventionForm } from "./InterventionForm";
import { SideEffectLogger } from "./SideEffectLogger";
import { useOutbox } from "./useOutbox";
import { clock } from "./words";

/** Side effects logged this session (steps, what was given, resolved) and logging a new one. */
export function SideEffectsPanel({ view }: { view: SessionView }) {
  const outbox = useOutbox();
  return (
    <section className="card" aria-labelledby="side-effects-heading">
      <h2 id="side-effects-heading">Side effects</h2>
      {view.sideEffects.length === 0 && <p className="muted">None logged.</p>}
      <ul className="plain-list side-effect-list">
        {view.sideEffects.map((s) => (
          <li
            key={`${s.sideEffectId}-${s.loggedAt}`}
            className={s.redFlag && !s.resolvedAt ? "alert-item alert-high" : "alert-item"}
          >
            <p>
              <strong>{s.name}</strong>, grade {s.grade} · logged {clock(s.loggedAt)}
              {s.resolvedAt !== null ? ` · resolved ${clock(s.resolvedAt)}` : ""}
            </p>
            {s.interventions.length > 0 && (
              <ul aria-label={`Done for ${s.name}`}>
                {s.interventions.map((x) => (
                  <li key={x.entryId}>
                    {clock(x.at)} {x.text}
                  </li>
                ))}
              </ul>
            )}
            {s.resolvedAt === null && (
              <>
                <details>
                  <summary>Steps and record what was done for {s.name}</summary>
                  <InterventionForm
                    sessionId={view.sessionId}
                    steps={s.steps}
                    target={{ forSideEffect: s.sideEffectId }}
                  />
                </details>
                <button
                  type="button"
                  aria-label={`Resolved: ${s.name}`}
                  onClick={() =>
                    outbox.record(view.sessionId, `${s.name} resolved`, {
                      body: { kind: "side-effect-resolved", sideEffectId: s.sideEffectId },
                    })
                  }
                >
                  Resolved
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      <SideEffectLogger sessionId={view.sessionId} />
    </section>
  );
}
