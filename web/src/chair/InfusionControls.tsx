import { useState } from "react";
import type { EntryBody } from "../../../src/clinical/chair/entries";
import { gatePasses } from "../../../src/clinical/chair/gate";
import type { SessionFacts, SessionView } from "../../../src/clinical/chair/view";
import { InfusionFigures } from "./InfusionFigures";
import { RateForm } from "./RateForm";
import { ReasonForm } from "./ReasonForm";
import { StopForm } from "./StopForm";
import { useOutbox } from "./useOutbox";
import { describeEntry } from "./words";

type Action = "start" | "rate" | "pause" | "resume" | "stop" | null;

/** Start, change rate, pause, resume and stop, offered as the infusion's state allows. */
export function InfusionControls({ facts, view }: { facts: SessionFacts; view: SessionView }) {
  const outbox = useOutbox();
  const [open, setOpen] = useState<Action>(null);
  const record = (body: EntryBody) => {
    outbox.record(view.sessionId, describeEntry(body), { body });
    setOpen(null);
  };
  const close = () => setOpen(null);
  const { phase } = view;
  const notStarted = view.infusion.startedAt === null && phase !== "discharged";
  const missing = view.gate.items.filter((i) => i.required && !i.met);
  const canStart = gatePasses(view.gate);

  return (
    <section className="card" aria-labelledby="infusion-heading">
      <h2 id="infusion-heading">Infusion</h2>
      <InfusionFigures infusion={view.infusion} />
      <div className="actions">
        {notStarted && (
          <button type="button" className="primary" disabled={!canStart} onClick={() => setOpen("start")}>
            Start infusion
          </button>
        )}
        {phase === "infusing" && (
          <>
            <button type="button" onClick={() => setOpen("rate")}>
              Change rate
            </button>
            <button type="button" onClick={() => setOpen("pause")}>
              Pause
            </button>
          </>
        )}
        {phase === "paused" && (
          <button type="button" className="primary" onClick={() => setOpen("resume")}>
            Resume
          </button>
        )}
        {(phase === "infusing" || phase === "paused") && (
          <button type="button" className="danger" onClick={() => setOpen("stop")}>
            Stop
          </button>
        )}
      </div>
      {notStarted && !canStart && (
        <div className="notice" id="start-missing">
          <p className="notice-title">The infusion cannot start yet. Missing:</p>
          <ul>
            {missing.map((i) => (
              <li key={i.item}>
                {i.label}: {i.detail}
              </li>
            ))}
          </ul>
        </div>
      )}
      {open === "start" && (
        <RateForm
          submitLabel="Start infusion now"
          initialRate={facts.plan.rateMgPerHour}
          needsReason={false}
          onSubmit={(rateMgPerHour) => record({ kind: "infusion-start", rateMgPerHour })}
          onCancel={close}
        />
      )}
      {open === "rate" && (
        <RateForm
          submitLabel="Change rate"
          initialRate={view.infusion.rateMgPerHour}
          needsReason
          onSubmit={(rateMgPerHour, reason) => record({ kind: "rate-change", rateMgPerHour, reason })}
          onCancel={close}
        />
      )}
      {open === "resume" && (
        <RateForm
          submitLabel="Resume infusion"
          initialRate={view.infusion.segments.at(-1)?.rateMgPerHour ?? facts.plan.rateMgPerHour}
          needsReason={false}
          onSubmit={(rateMgPerHour) => record({ kind: "resume", rateMgPerHour })}
          onCancel={close}
        />
      )}
      {open === "pause" && (
        <ReasonForm
          label="Reason for pausing"
          submitLabel="Pause infusion"
          onSubmit={(reason) => record({ kind: "pause", reason })}
          onCancel={close}
        />
      )}
      {open === "stop" && (
        <StopForm
          onSubmit={(reason, note) => record({ kind: "stop", reason, ...(note ? { note } : {}) })}
          onCancel={close}
        />
      )}
    </section>
  );
}
