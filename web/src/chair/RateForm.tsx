import { type FormEvent, useState } from "react";
import { TextField } from "../components/Field";
import { parseRate } from "./forms";

/** A pump rate in mg/h (pre-filled), with a reason when the action needs one. */
export function RateForm({
  submitLabel,
  initialRate,
  needsReason,
  onSubmit,
  onCancel,
}: {
  submitLabel: string;
  initialRate: number;
  needsReason: boolean;
  onSubmit: (rateMgPerHour: number, reason: string) => void;
  onCancel: () => void;
}) {
  const [rate, setRate] = useState(String(initialRate));
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseRate(rate);
    const problems = parsed.ok ? {} : parsed.errors;
    if (needsReason && !reason.trim()) problems.reason = "Say why the rate changes.";
    setErrors(problems);
    if (parsed.ok && Object.keys(problems).length === 0) onSubmit(parsed.value, reason.trim());
  };
  return (
    <form className="inline-form" onSubmit={submit} aria-label={submitLabel}>
      <TextField
        label="Rate"
        type="number"
        step="any"
        unit="mg/h"
        value={rate}
        onChange={setRate}
        error={errors.rate}
      />
      {needsReason && <TextField label="Reason" value={reason} onChange={setReason} error={errors.reason} />}
      <div className="actions">
        <button type="submit" className="primary">
          {submitLabel}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
