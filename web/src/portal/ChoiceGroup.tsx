import { useId } from "react";

interface ChoiceGroupProps<T extends string | number | boolean> {
  /** The question, as the group's legend. */
  legend: string;
  /** Id of the fieldset, so an error summary can link to it. */
  id: string;
  options: readonly { value: T; label: string }[];
  value: T | undefined;
  onChange: (value: T) => void;
  error?: string;
  hint?: string;
  /** Lay the choices out in a row (short labels such as 0–10 or Yes/No). */
  inline?: boolean;
}

/** One question answered by picking one of a few labelled choices (radio buttons), large enough to tap. */
export function ChoiceGroup<T extends string | number | boolean>({
  legend,
  id,
  options,
  value,
  onChange,
  error,
  hint,
  inline = false,
}: ChoiceGroupProps<T>) {
  const name = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <fieldset
      id={id}
      className={`choice-group${inline ? " choice-inline" : ""}${error ? " field-invalid" : ""}`}
      aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
    >
      <legend>{legend}</legend>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
      <div className="choices">
        {options.map((option) => (
          <label key={String(option.value)} className="choice">
            <input
              type="radio"
              name={name}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
