import type { ManagementStep } from "../../../src/clinical/catalogue/types";

/** Management steps in order, to read (recording what was done is `InterventionForm`). */
export function StepList({ steps }: { steps: readonly ManagementStep[] }) {
  return (
    <ol className="step-list">
      {steps.map((s) => (
        <li key={s.text}>
          {s.text}
          {s.drug && ` — ${s.drug.drug} ${s.drug.dose} ${s.drug.route}`}
        </li>
      ))}
    </ol>
  );
}
