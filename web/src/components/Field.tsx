import { type ReactNode, useId } from "react";

interface FieldShellProps {
  label: string;
  error?: string;
  hint?: string;
  unit?: string;
  children: (props: { id: string; "aria-invalid"?: true; "aria-describedby"?: string }) => ReactNode;
}

/** A labelled form control with its unit, hint and error message wired up for assistive technology. */
export function FieldShell({ label, error, hint, unit, children }: FieldShellProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={error ? "field field-invalid" : "field"}>
      <label htmlFor={id}>{label}</label>
      <div className="field-control">
        {children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy })}
        {unit && <span className="unit">{unit}</span>}
      </div>
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
    </div>
  );
}

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: "text" | "email" | "password" | "date" | "datetime-local" | "time" | "number" | "search";
  error?: string;
  hint?: string;
  unit?: string;
  required?: boolean;
  autoComplete?: string;
  step?: string;
  name?: string;
  /** Id of a `<datalist>` offering suggestions while typing. */
  list?: string;
}

/** A labelled text-like input. */
export function TextField({
  label,
  value,
  onChange,
  type = "text",
  error,
  hint,
  unit,
  ...rest
}: TextFieldProps) {
  return (
    <FieldShell label={label} error={error} hint={hint} unit={unit}>
      {(aria) => (
        <input
          {...aria}
          {...rest}
          type={type}
          value={value}
          inputMode={type === "number" ? "decimal" : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FieldShell>
  );
}

interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  onChange: (value: T) => void;
  options: readonly { value: T; label: string }[];
  error?: string;
  hint?: string;
  name?: string;
}

/** A labelled drop-down of fixed options. */
export function SelectField<T extends string>({
  label,
  value,
  onChange,
  options,
  error,
  hint,
  name,
}: SelectFieldProps<T>) {
  return (
    <FieldShell label={label} error={error} hint={hint}>
      {(aria) => (
        <select {...aria} name={name} value={value} onChange={(event) => onChange(event.target.value as T)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
