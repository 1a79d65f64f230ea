import { type FormEvent, useState } from "react";
import type { EntryBody } from "../../../src/clinical/chair/entries";
import { TextField } from "../components/Field";
import { EMPTY_VITALS, parseVitals } from "./forms";
import { useOutbox } from "./useOutbox";
import { describeEntry, VITALS } from "./words";

/** Quick manual vital signs (units beside each box); `baseline` records the pre-infusion set. */
export function VitalsForm({ sessionId, baseline = false }: { sessionId: string; baseline?: boolean }) {
  const outbox = useOutbox();
  const [draft, setDraft] = useState(EMPTY_VITALS);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseVitals(draft, baseline);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    const body: EntryBody = { kind: "vitals", ...(baseline ? { baseline: true } : {}), ...parsed.value };
    outbox.record(sessionId, describeEntry(body), { body });
    setDraft(EMPTY_VITALS);
    setErrors({});
  };
  const title = baseline ? "Baseline vital signs" : "Record vital signs";
  return (
    <form className="vitals-form" onSubmit={submit} aria-label={title}>
      {VITALS.map(({ sign, label, unit }) => (
        <TextField
          key={sign}
          label={baseline ? `Baseline ${label}` : label}
          type="number"
          step="any"
          unit={unit}
          value={draft[sign]}
          onChange={(v) => setDraft({ ...draft, [sign]: v })}
          error={errors[sign]}
        />
      ))}
      <div className="actions">
        <button type="submit" className="primary">
          {baseline ? "Save baseline" : "Save vital signs"}
        </button>
      </div>
    </form>
  );
}
