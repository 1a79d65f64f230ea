import { type FormEvent, type ReactNode, useState } from "react";
import { TextField } from "../components/Field";

/** A one-field form asking why, for actions that need a reason (pause, override, withdraw …). */
export function ReasonForm({
  label,
  submitLabel,
  onSubmit,
  onCancel,
  required = true,
  children,
}: {
  label: string;
  submitLabel: string;
  onSubmit: (reason: string) => void;
  onCancel?: () => void;
  required?: boolean;
  children?: ReactNode;
}) {
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (required && !reason.trim()) {
      setError("Say why.");
      return;
    }
    onSubmit(reason.trim());
    setReason("");
    setError(undefined);
  };
  return (
    <form className="inline-form" onSubmit={submit} aria-label={submitLabel}>
      {children}
      <TextField label={label} value={reason} onChange={setReason} error={error} />
      <div className="actions">
        <button type="submit" className="primary">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
