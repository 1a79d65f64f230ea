import { type FormEvent, useState } from "react";
import type { ManagementStep } from "../../../src/clinical/catalogue/types";
import type { EntryBody } from "../../../src/clinical/chair/entries";
import {
  type AdministrationRoute,
  DOSE_UNITS,
  type DoseUnit,
  ROUTES,
} from "../../../src/clinical/chair/entries";
import { SelectField, TextField } from "../components/Field";
import { atLocalTime, serverNow } from "./clock";
import { type DrugDraft, drugDraft } from "./dose";
import { useOutbox } from "./useOutbox";
import { describeEntry } from "./words";

type Target =
  | { forAlert: string }
  | { forSideEffect: Extract<EntryBody, { kind: "side-effect" }>["sideEffectId"] };

const EMPTY: DrugDraft = { drug: "", dose: "", doseUnit: "mg", route: "IV" };

/**
 * Recording what was done for an alert or a side effect: a listed non-drug step in one tap, or a drug with
 * dose, unit, route and time (a listed drug fills the form).
 */
export function InterventionForm({
  sessionId,
  steps,
  target,
}: {
  sessionId: string;
  steps: readonly ManagementStep[];
  target: Target;
}) {
  const outbox = useOutbox();
  const [drug, setDrug] = useState<DrugDraft | null>(null);
  const [givenAt, setGivenAt] = useState("");
  const [error, setError] = useState<string>();
  const record = (action: Extract<EntryBody, { kind: "intervention" }>["action"], at?: string) => {
    const body: EntryBody = { kind: "intervention", ...target, action };
    outbox.record(sessionId, describeEntry(body), { body, at });
  };
  const submitDrug = (event: FormEvent) => {
    event.preventDefault();
    if (!drug) return;
    const dose = Number(drug.dose);
    if (!drug.drug.trim() || !(dose > 0)) {
      setError("Enter the drug and a dose above 0.");
      return;
    }
    record(
      { type: "drug", drug: drug.drug.trim(), dose, doseUnit: drug.doseUnit, route: drug.route },
      atLocalTime(givenAt, new Date(serverNow())),
    );
    setDrug(null);
    setGivenAt("");
    setError(undefined);
  };
  const nonDrug = steps.filter((s) => s.kind !== "drug");
  const drugs = steps.flatMap((s) => (s.drug ? [s.drug] : []));
  return (
    <div className="intervention">
      {nonDrug.length > 0 && (
        <ul className="step-list">
          {nonDrug.map((s) => (
            <li key={s.text}>
              <span>{s.text}</span>{" "}
              <button
                type="button"
                aria-label={`Done: ${s.text}`}
                onClick={() => record({ type: "non-drug", text: s.text })}
              >
                Done
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        {drugs.map((d) => (
          <button key={`${d.drug}-${d.dose}`} type="button" onClick={() => setDrug(drugDraft(d))}>
            Give {d.drug} {d.dose} {d.route}
          </button>
        ))}
        <button type="button" onClick={() => setDrug(EMPTY)}>
          Record another drug
        </button>
      </div>
      {drug && (
        <form className="drug-form" onSubmit={submitDrug} aria-label="Drug given">
          <TextField label="Drug" value={drug.drug} onChange={(v) => setDrug({ ...drug, drug: v })} />
          <TextField
            label="Dose"
            type="number"
            step="any"
            value={drug.dose}
            onChange={(v) => setDrug({ ...drug, dose: v })}
            error={error}
          />
          <SelectField<DoseUnit>
            label="Dose unit"
            value={drug.doseUnit}
            onChange={(v) => setDrug({ ...drug, doseUnit: v })}
            options={DOSE_UNITS.map((u) => ({ value: u, label: u }))}
          />
          <SelectField<AdministrationRoute>
            label="Route"
            value={drug.route}
            onChange={(v) => setDrug({ ...drug, route: v })}
            options={ROUTES.map((r) => ({ value: r, label: r }))}
          />
          <TextField
            label="Given at"
            type="time"
            value={givenAt}
            onChange={setGivenAt}
            hint="Empty means now."
          />
          <div className="actions">
            <button type="submit" className="primary">
              Record drug given
            </button>
            <button type="button" onClick={() => setDrug(null)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
