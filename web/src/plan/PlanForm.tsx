import { PROTOCOLS } from "../../../src/clinical/dosing";
import type { PlanSuggestions, SchedulePattern } from "../api/types";
import { SelectField, TextField } from "../components/Field";
import { ListEditor } from "../patients/ListEditor";
import {
  CONCENTRATIONS,
  draftFromProtocol,
  type FieldErrors,
  ORDER_UNITS,
  type OrderKind,
  type PlanDraft,
  type PremedicationDraft,
  type RescueDraft,
} from "./draft";

const ORDER_KINDS: readonly { value: OrderKind; label: string }[] = [
  { value: "rate-per-kg", label: "Rate per kg (mg/kg/h)" },
  { value: "rate", label: "Fixed rate (mg/h)" },
  { value: "dose-per-kg", label: "Dose per kg over the infusion (mg/kg)" },
  { value: "dose", label: "Fixed dose over the infusion (mg)" },
];

const PATTERNS: readonly { value: SchedulePattern; label: string }[] = [
  { value: "daily", label: "Daily" },
  { value: "weekdays", label: "Weekdays (Monday to Friday)" },
  { value: "twice-weekly", label: "Twice a week" },
  { value: "weekly", label: "Weekly" },
];

const PROTOCOL_OPTIONS = PROTOCOLS.map((p) => ({
  value: p.protocolId,
  label: `${p.label} — ${p.indication}`,
}));

interface PlanFormProps {
  draft: PlanDraft;
  errors: FieldErrors;
  onChange: (draft: PlanDraft) => void;
  suggestions: PlanSuggestions | null;
}

/** Every choice of a treatment plan; values in the units named beside each field. */
export function PlanForm({ draft, errors, onChange, suggestions }: PlanFormProps) {
  const set =
    <K extends keyof PlanDraft>(key: K) =>
    (value: PlanDraft[K]) =>
      onChange({ ...draft, [key]: value });
  const protocol = PROTOCOLS.find((p) => p.protocolId === draft.protocolId);
  const missingPremeds = notYetAdded(suggestions?.premedications ?? [], draft.premedications);
  const missingRescue = notYetAdded(suggestions?.rescueMedications ?? [], draft.rescueMedications);
  return (
    <>
      <fieldset>
        <legend>Protocol</legend>
        <SelectField
          label="Protocol from the drug library"
          value={draft.protocolId}
          options={PROTOCOL_OPTIONS}
          onChange={(protocolId) => {
            const chosen = PROTOCOLS.find((p) => p.protocolId === protocolId);
            if (chosen) onChange(draftFromProtocol(chosen, draft));
          }}
        />
        {protocol && <p className="muted">{protocol.notes}</p>}
      </fieldset>

      <fieldset>
        <legend>Infusion</legend>
        <div className="form-row">
          <SelectField
            label="Ordered as"
            value={draft.orderKind}
            onChange={set("orderKind")}
            options={ORDER_KINDS}
          />
          <TextField
            label="Amount"
            type="number"
            step="any"
            unit={ORDER_UNITS[draft.orderKind]}
            value={draft.orderValue}
            onChange={set("orderValue")}
            error={errors["/infusion/order"]}
          />
          <TextField
            label="Duration"
            type="number"
            unit="min"
            value={draft.durationMin}
            onChange={set("durationMin")}
            error={errors["/infusion/durationMin"]}
          />
        </div>
        <div className="form-row">
          <SelectField
            label="Concentration in the bag"
            value={draft.concentration}
            onChange={set("concentration")}
            options={CONCENTRATIONS}
            error={errors["/infusion/concentrationMgPerMl"]}
          />
          <TextField
            label="Bag or syringe volume"
            type="number"
            unit="mL"
            value={draft.bagVolumeMl}
            onChange={set("bagVolumeMl")}
            error={errors["/infusion/bagVolumeMl"]}
          />
        </div>
        <label className="check">
          <input type="checkbox" checked={draft.bolus} onChange={(e) => set("bolus")(e.target.checked)} />{" "}
          Give a bolus at the start
        </label>
        {draft.bolus && (
          <div className="form-row">
            <TextField
              label="Bolus dose"
              type="number"
              step="any"
              unit="mg/kg"
              value={draft.bolusMgPerKg}
              onChange={set("bolusMgPerKg")}
              error={errors["/bolus/doseMgPerKg"]}
            />
            <SelectField
              label="Bolus concentration"
              value={draft.bolusConcentration}
              onChange={set("bolusConcentration")}
              options={CONCENTRATIONS}
              error={errors["/bolus/concentrationMgPerMl"]}
            />
          </div>
        )}
      </fieldset>

      <fieldset>
        <legend>Schedule and discharge</legend>
        <div className="form-row">
          <TextField
            label="Number of infusions in the course"
            type="number"
            unit="infusions"
            value={draft.sessions}
            onChange={set("sessions")}
            error={errors["/schedule/sessions"]}
          />
          <SelectField label="Spacing" value={draft.pattern} onChange={set("pattern")} options={PATTERNS} />
          <TextField
            label="Minimum observation after the infusion"
            type="number"
            unit="min"
            value={draft.minObservationMinutes}
            onChange={set("minObservationMinutes")}
            error={errors["/minObservationMinutes"]}
          />
        </div>
      </fieldset>

      <ListEditor<PremedicationDraft>
        legend="Premedications"
        itemNoun="premedication"
        items={draft.premedications}
        blank={{ drug: "", dose: "", route: "IV", reason: "" }}
        onChange={set("premedications")}
        renderRow={(m, update, i) => (
          <>
            <TextField
              label="Drug"
              value={m.drug}
              onChange={(drug) => update({ drug })}
              error={errors[`/premedications/${i}/drug`]}
            />
            <TextField label="Dose" value={m.dose} onChange={(dose) => update({ dose })} />
            <TextField label="Route" value={m.route} onChange={(route) => update({ route })} />
            <TextField label="Reason" value={m.reason} onChange={(reason) => update({ reason })} />
          </>
        )}
      />
      {missingPremeds.length > 0 && (
        <Suggestions
          title="Suggested premedications"
          items={missingPremeds.map((m) => ({
            key: m.drug,
            text: `${m.drug} ${m.dose} ${m.route} — ${m.reason}`,
          }))}
          onAdd={(key) => {
            const s = missingPremeds.find((m) => m.drug === key);
            if (s) set("premedications")([...draft.premedications, { ...s }]);
          }}
        />
      )}

      <ListEditor<RescueDraft>
        legend="Rescue medications"
        itemNoun="rescue medication"
        items={draft.rescueMedications}
        blank={{ drug: "", dose: "", route: "IV", forSideEffect: "" }}
        onChange={set("rescueMedications")}
        renderRow={(m, update, i) => (
          <>
            <TextField
              label="Drug"
              value={m.drug}
              onChange={(drug) => update({ drug })}
              error={errors[`/rescueMedications/${i}/drug`]}
            />
            <TextField label="Dose" value={m.dose} onChange={(dose) => update({ dose })} />
            <TextField label="Route" value={m.route} onChange={(route) => update({ route })} />
            <TextField
              label="For side effect"
              value={m.forSideEffect}
              onChange={(forSideEffect) => update({ forSideEffect })}
            />
          </>
        )}
      />
      {missingRescue.length > 0 && (
        <Suggestions
          title="Suggested rescue medications"
          items={missingRescue.map((m) => ({
            key: m.drug,
            text: `${m.drug} ${m.dose} ${m.route} — for ${m.forSideEffect}`,
          }))}
          onAdd={(key) => {
            const s = missingRescue.find((m) => m.drug === key);
            if (s) set("rescueMedications")([...draft.rescueMedications, { ...s }]);
          }}
        />
      )}
    </>
  );
}

/** Suggested drugs not already in the plan, each once (several findings can suggest the same drug). */
function notYetAdded<T extends { drug: string }>(
  suggested: readonly T[],
  chosen: readonly { drug: string }[],
): T[] {
  const seen = new Set(chosen.map((m) => m.drug.trim().toLowerCase()));
  return suggested.filter((s) => {
    const key = s.drug.trim().toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

interface SuggestionsProps {
  title: string;
  items: { key: string; text: string }[];
  onAdd: (key: string) => void;
}

/** Suggestions from the patient's findings and the side-effect catalogue, each added with one click. */
function Suggestions({ title, items, onAdd }: SuggestionsProps) {
  return (
    <div className="suggestions">
      <h3>{title}</h3>
      <ul className="plain-list">
        {items.map((item) => (
          <li key={item.key}>
            {item.text}{" "}
            <button type="button" onClick={() => onAdd(item.key)} aria-label={`Add ${item.key}`}>
              Add
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
