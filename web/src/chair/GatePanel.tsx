import { useState } from "react";
import { GATE_ITEMS, type GateItem } from "../../../src/clinical/chair/entries";
import type { SessionView } from "../../../src/clinical/chair/view";
import { useMe } from "../auth/session";
import { ReasonForm } from "./ReasonForm";
import { useOutbox } from "./useOutbox";
import { VitalsForm } from "./VitalsForm";
import { GATE_ITEM_LABEL } from "./words";

const isGateItem = (item: string): item is GateItem => (GATE_ITEMS as readonly string[]).includes(item);

/**
 * The pre-infusion checklist: each check confirmed (or not applicable, with a note), the baseline set,
 * and for a physician the override of an unmet gate, with a reason.
 */
export function GatePanel({ view }: { view: SessionView }) {
  const me = useMe();
  const outbox = useOutbox();
  const [notApplicable, setNotApplicable] = useState<GateItem | null>(null);
  const [overriding, setOverriding] = useState(false);
  const check = (item: GateItem, outcome: "confirmed" | "not-applicable", note?: string) => {
    const label = `${GATE_ITEM_LABEL[item]} ${outcome === "confirmed" ? "confirmed" : "not applicable"}`;
    outbox.record(view.sessionId, label, {
      body: { kind: "gate-check", item, outcome, ...(note ? { note } : {}) },
    });
    setNotApplicable(null);
  };
  const { gate } = view;
  return (
    <section className="card" aria-labelledby="gate-heading">
      <h2 id="gate-heading">Pre-infusion checks</h2>
      <p className={gate.complete ? "badge badge-ok" : "badge badge-warn"}>
        {gate.complete ? "All checks complete" : "Checks incomplete"}
      </p>
      {gate.overriddenBy && (
        <p className="notice">
          <strong>Overridden by a physician:</strong> {gate.overriddenBy.reason}
        </p>
      )}
      <ul className="gate-list">
        {gate.items.map((i) => (
          <li key={i.item} className={i.met ? "gate-met" : i.required ? "gate-unmet" : "gate-optional"}>
            <span className="gate-mark" aria-hidden="true">
              {i.met ? "✓" : "•"}
            </span>
            <span>
              <strong>{i.label}</strong>
              {!i.required && " (not required)"} — {i.met ? "met" : "not met"}.{" "}
              <span className="muted">{i.detail}</span>
            </span>
            {isGateItem(i.item) && !i.met && (
              <span className="actions">
                <button type="button" onClick={() => check(i.item as GateItem, "confirmed")}>
                  Confirm<span className="visually-hidden"> {i.label}</span>
                </button>
                <button type="button" onClick={() => setNotApplicable(i.item as GateItem)}>
                  Not applicable<span className="visually-hidden"> {i.label}</span>
                </button>
              </span>
            )}
            {notApplicable === i.item && (
              <ReasonForm
                label={`Why ${i.label.toLowerCase()} does not apply`}
                submitLabel="Mark not applicable"
                onSubmit={(note) => check(i.item as GateItem, "not-applicable", note)}
                onCancel={() => setNotApplicable(null)}
              />
            )}
          </li>
        ))}
      </ul>
      <h3>Baseline vital signs</h3>
      <VitalsForm sessionId={view.sessionId} baseline />
      {me.role === "physician" &&
        !gate.complete &&
        !gate.overriddenBy &&
        (overriding ? (
          <ReasonForm
            label="Reason for letting the infusion start"
            submitLabel="Override the checks"
            onSubmit={(reason) => {
              outbox.record(view.sessionId, "Pre-infusion checks overridden", {
                body: { kind: "gate-override", reason },
              });
              setOverriding(false);
            }}
            onCancel={() => setOverriding(false)}
          />
        ) : (
          <button type="button" className="danger" onClick={() => setOverriding(true)}>
            Override unmet checks (physician)
          </button>
        ))}
    </section>
  );
}
