import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useState } from "react";
import { findProtocol } from "../../../src/clinical/dosing";
import { ApiError, errorsByPath } from "../api/client";
import { plans } from "../api/endpoints";
import type { Patient, PlanInput, PlanVersion } from "../api/types";
import { ProblemNotice } from "../components/ProblemNotice";
import { useLeaveGuard } from "../components/useLeaveGuard";
import { todayIso } from "../format";
import { CalculationPanel } from "./CalculationPanel";
import {
  draftFromInput,
  draftFromProtocol,
  draftMatchesSaved,
  evaluatePlan,
  parsePlanDraft,
  pkCurve,
} from "./draft";
import { LimitsPanel } from "./LimitsPanel";
import { PkChart } from "./PkChart";
import { PlanForm } from "./PlanForm";
import { isWeightStale } from "./weight";

interface PlanBuilderProps {
  patient: Patient & { weight: NonNullable<Patient["weight"]> };
  /** The newest saved version: the starting point, and the comparison curve. */
  latest: PlanVersion | undefined;
  /** Ketamine received before, mg, as the latest evaluation records it (until the server's figure arrives). */
  pastMg: number;
  canSave: boolean;
  onSaved: (saved: PlanVersion) => void;
  /** Told whether the form now differs from the newest saved version (always true before the first save). */
  onEditedChange?: (edited: boolean) => void;
}

/** The plan form beside its live calculation, limit checks and PK preview, all computed in the browser. */
export function PlanBuilder({
  patient,
  latest,
  pastMg: recordedPastMg,
  canSave,
  onSaved,
  onEditedChange,
}: PlanBuilderProps) {
  const queryClient = useQueryClient();
  const [startDraft] = useState(() =>
    latest ? draftFromInput(latest.plan) : draftFromProtocol(findProtocol("schwartzman")),
  );
  const [draft, setDraft] = useState(startDraft);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [showMissing, setShowMissing] = useState(false);
  const [weightConfirmed, setWeightConfirmed] = useState(false);

  const parsed = useMemo(() => parsePlanDraft(draft), [draft]);
  const edited = !latest || !draftMatchesSaved(draft, latest.plan);
  useEffect(() => onEditedChange?.(edited), [edited, onEditedChange]);
  // The server knows the dosing weight (the newest of the record and the evaluation's vitals) and the
  // suggestions (the patient's stored findings and the catalogue); the plan sent only needs to be well
  // formed, so the first one is kept and the request is not repeated while typing.
  const [previewPlan] = useState<PlanInput | null>(() => (parsed.ok ? parsed.input : null));
  const preview = useQuery({
    queryKey: ["plans", patient.id, "preview"],
    queryFn: () => plans.preview(patient.id, previewPlan as PlanInput),
    enabled: previewPlan !== null,
    retry: false,
  });
  const weightKg = preview.data?.weightKg ?? patient.weight.kg;
  const weightMeasuredOn = preview.data?.weightMeasuredOn ?? patient.weight.measuredOn;
  // The server also counts sessions completed in this system.
  const pastMg = preview.data?.computation.lifetime.pastMg ?? recordedPastMg;
  const evaluated = useMemo(
    () => (parsed.ok ? evaluatePlan(parsed.input, weightKg, pastMg) : null),
    [parsed, weightKg, pastMg],
  );
  const check = evaluated?.ok ? evaluated.check : null;
  const curve = useMemo(() => (check ? pkCurve(check) : null), [check]);
  const previousCurve = useMemo(() => {
    if (!latest) return null;
    const previous = evaluatePlan(latest.plan, weightKg, pastMg);
    return previous.ok ? pkCurve(previous.check) : null;
  }, [latest, weightKg, pastMg]);

  const stale = preview.data?.weightStale ?? isWeightStale(weightMeasuredOn, todayIso());

  const save = useMutation({
    mutationFn: (input: PlanInput) => plans.save(patient.id, input, latest?.id),
    onSuccess: (saved) => {
      onSaved(saved);
      return queryClient.invalidateQueries({ queryKey: ["plans", patient.id] });
    },
  });
  // Only a physician's plan can be saved; for anyone else the builder is a worksheet.
  useLeaveGuard(canSave && !save.isSuccess && (latest ? edited : draft !== startDraft));
  const serverErrors = errorsByPath(save.error, "/plan");
  const errors = { ...serverErrors, ...clientErrors };
  const hardBlocked = check?.violations.some((v) => v.kind === "hard") ?? false;
  const weightMissing = stale && !weightConfirmed;

  const submit = () => {
    // A second press before the first answer would save the same plan twice.
    if (save.isPending) return;
    setClientErrors(parsed.ok ? {} : parsed.errors);
    setShowMissing(true);
    if (!parsed.ok || !check || hardBlocked || check.reasonsNeeded.length > 0 || weightMissing) return;
    // Only reasons for limits this plan actually exceeds are part of it.
    const exceeded = new Set(check.violations.map((v) => v.limitId));
    const overrideReasons = Object.fromEntries(
      Object.entries(parsed.input.overrideReasons).filter(([limitId]) => exceeded.has(limitId)),
    );
    save.mutate({
      ...parsed.input,
      overrideReasons,
      weightConfirmedAt: weightConfirmed ? new Date().toISOString() : undefined,
    });
  };

  return (
    <div className="plan-layout">
      <form
        className="card plan-form"
        aria-label="Treatment plan"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <PlanForm
          draft={draft}
          errors={errors}
          onChange={setDraft}
          suggestions={preview.data?.suggestions ?? null}
        />
        {stale && (
          <fieldset className={showMissing && weightMissing ? "weight-check field-invalid" : "weight-check"}>
            <legend>Weight</legend>
            <p>
              The weight of {weightKg} kg was measured on {weightMeasuredOn}, more than 30 days ago. Re-weigh
              the patient and correct the record, or confirm it is still right.
            </p>
            <label className="check">
              <input
                type="checkbox"
                checked={weightConfirmed}
                onChange={(e) => setWeightConfirmed(e.target.checked)}
              />{" "}
              I confirm {weightKg} kg is the patient's current weight
            </label>
            {showMissing && weightMissing && <p className="field-error">Confirm the weight before saving</p>}
          </fieldset>
        )}
        {save.error instanceof ApiError && <ProblemNotice error={save.error} />}
        {canSave ? (
          <div className="actions">
            <button type="submit" className="primary" disabled={save.isPending || hardBlocked}>
              {save.isPending ? "Saving…" : latest ? "Save as a new version" : "Save plan"}
            </button>
            {hardBlocked && <span className="field-error">A hard limit blocks this plan.</span>}
          </div>
        ) : (
          <p className="notice">A physician saves and approves treatment plans.</p>
        )}
      </form>
      <div className="plan-results">
        {preview.isError && (
          <p className="notice notice-warn" role="alert">
            The clinic's dose history could not be loaded, so the lifetime total below counts only the{" "}
            {recordedPastMg} mg recorded in the evaluation. The server checks every limit again when the plan
            is saved.
          </p>
        )}
        {evaluated && !evaluated.ok && (
          <p className="notice notice-error" role="alert">
            {evaluated.message}
          </p>
        )}
        {check && (
          <LimitsPanel
            violations={check.violations}
            reasons={draft.overrideReasons}
            showMissing={showMissing}
            onReason={(limitId, reason) =>
              setDraft({ ...draft, overrideReasons: { ...draft.overrideReasons, [limitId]: reason } })
            }
          />
        )}
        {check && parsed.ok && (
          <CalculationPanel
            check={check}
            weightKg={weightKg}
            bagVolumeMl={parsed.input.infusion.bagVolumeMl}
            sessions={parsed.input.schedule.sessions}
          />
        )}
        <section className="card" aria-labelledby="pk-title">
          <h2 id="pk-title">Predicted concentration</h2>
          <PkChart
            current={curve}
            previous={previousCurve}
            infusionMin={check?.computation.sessionDuration ?? 0}
          />
        </section>
      </div>
    </div>
  );
}
