import { type FormEvent, useState } from "react";
import { STOP_REASONS, type StopReason } from "../../../src/clinical/chair/entries";
import { SelectField, TextField } from "../components/Field";
import { STOP_REASON_LABEL } from "./words";

/** Stopping the infusion: why (completed, side effect, patient request, equipment) and an optional note. */
export function StopForm({
  onSubmit,
  onCancel,
}: {
  onSubmit: (reason: StopReason, note: string) => void;
  onCancel: () => void;
}) {
  const [reason, setReason] = useState<StopReason>("completed");
  const [note, setNote] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(reason, note.trim());
  };
  return (
    <form className="inline-form" onSubmit={submit} aria-label="Stop the infusion">
      <SelectField<StopReason>
        label="Reason for stopping"
        value={reason}
        onChange={setReason}
        options={STOP_REASONS.map((r) => ({ value: r, label: STOP_REASON_LABEL[r] }))}
      />
      <TextField label="Note (optional)" value={note} onChange={setNote} />
      <div className="actions">
        <button type="submit" className="danger">
          Stop infusion
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
