import { type FormEvent, useState } from "react";
import { SelectField } from "../components/Field";
import {
  DISCHARGE_SCALES,
  type DischargeScale,
  dischargeScoreEntry,
  emptyItems,
  itemChoices,
  passText,
  scoreItems,
} from "./discharge-score";
import { SCALE_DEFINITION } from "./forms";
import { useOutbox } from "./useOutbox";
import { SCALE_LABEL } from "./words";

/**
 * A discharge score scored item by item: each item's scores with what they mean, then the total and
 * whether it passes, as the core judges it, before it is saved with its items.
 */
export function DischargeScoreForm({ sessionId }: { sessionId: string }) {
  const outbox = useOutbox();
  const [scale, setScale] = useState<DischargeScale>("aldrete");
  const [draft, setDraft] = useState(() => emptyItems("aldrete"));
  const [showErrors, setShowErrors] = useState(false);
  const def = SCALE_DEFINITION[scale];
  const parsed = scoreItems(scale, draft);
  const choose = (next: DischargeScale) => {
    setScale(next);
    setDraft(emptyItems(next));
    setShowErrors(false);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!parsed.ok) {
      setShowErrors(true);
      return;
    }
    const verdict = parsed.value.passed ? "passes" : "does not pass";
    outbox.record(sessionId, `${SCALE_LABEL[scale]} ${parsed.value.total} (${verdict})`, {
      body: dischargeScoreEntry(scale, parsed.value),
    });
    choose(scale);
  };
  return (
    <form onSubmit={submit} aria-label="Discharge score">
      <SelectField<DischargeScale>
        label="Discharge score"
        value={scale}
        onChange={choose}
        options={DISCHARGE_SCALES.map((s) => ({ value: s, label: SCALE_LABEL[s] }))}
      />
      <p className="muted">
        {def.purpose} Pass mark: {def.pass?.text}
      </p>
      {itemChoices(def).map((item) => {
        const error = showErrors && !parsed.ok ? parsed.errors[item.id] : undefined;
        return (
          <fieldset key={`${scale}-${item.id}`} className={error ? "field-invalid" : undefined}>
            <legend>{item.label}</legend>
            {item.choices.map((c) => (
              <label key={c.value} className="grade-option">
                <input
                  type="radio"
                  name={`${scale}-${item.id}`}
                  value={c.value}
                  checked={draft[item.id] === String(c.value)}
                  onChange={() => setDraft({ ...draft, [item.id]: String(c.value) })}
                />
                <span>
                  <strong>{c.value}</strong>
                  {c.meaning && ` — ${c.meaning}`}
                </span>
              </label>
            ))}
            {error && <p className="field-error">{error}</p>}
          </fieldset>
        );
      })}
      <p aria-live="polite">
        {parsed.ok ? (
          <>
            Total <strong>{parsed.value.total}</strong>:{" "}
            <span className={parsed.value.passed ? "badge badge-ok" : "badge badge-warn"}>
              {passText(def, parsed.value)}
            </span>
          </>
        ) : (
          <span className="muted">Score every item to see the total and whether it passes.</span>
        )}
      </p>
      <button type="submit" className="primary">
        Save discharge score
      </button>
    </form>
  );
}
