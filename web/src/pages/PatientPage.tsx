import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useParams } from "react-router";
import { isNotFound } from "../api/client";
import { patients } from "../api/endpoints";
import { CLINICIANS } from "../auth/roles";
import { useMe } from "../auth/session";
import { ProblemNotice } from "../components/ProblemNotice";
import { usePageTitle } from "../components/usePageTitle";
import { TreatmentLinks } from "../evaluation/TreatmentLinks";
import { OutcomesSection } from "../followup/OutcomesSection";
import { ClinicalSummary } from "../patients/ClinicalSummary";
import { CorrectionForm } from "../patients/CorrectionForm";
import { HistoryPanel } from "../patients/HistoryPanel";
import { OwnPlanSection } from "../patients/OwnPlanSection";
import { PatientHeader } from "../patients/PatientHeader";
import { NotFoundPage } from "./NotFoundPage";

/** One patient's record; records the user may not see answer 404 and show as not found. */
export function PatientPage() {
  const { id = "" } = useParams();
  const me = useMe();
  const [editing, setEditing] = useState(false);
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const patient = useQuery({ queryKey: ["patients", id], queryFn: () => patients.get(id) });
  usePageTitle(
    patient.data
      ? `${patient.data.givenName} ${patient.data.familyName}`
      : me.role === "patient"
        ? "My record"
        : "Patient",
  );

  if (patient.isError && isNotFound(patient.error)) return <NotFoundPage />;
  if (patient.isError) return <ProblemNotice error={patient.error} />;
  if (patient.isPending) return <p className="loading">Loading the record…</p>;

  const p = patient.data;
  const canCorrect = CLINICIANS.includes(me.role);
  return (
    <>
      <PatientHeader patient={p} />
      <TreatmentLinks patientId={p.id} />
      {savedVersion !== null && (
        <p className="notice notice-ok" role="status">
          Correction saved as version {savedVersion}.
        </p>
      )}
      {!editing && (
        <div className="actions page-actions no-print">
          {canCorrect && (
            <button
              type="button"
              onClick={() => {
                setSavedVersion(null);
                setEditing(true);
              }}
            >
              Correct the record
            </button>
          )}
          <button type="button" onClick={() => window.print()}>
            Print
          </button>
        </div>
      )}
      {editing && (
        <CorrectionForm
          key={p.version}
          patient={p}
          onDone={(saved) => {
            setEditing(false);
            setSavedVersion(saved?.version ?? null);
          }}
        />
      )}
      {me.role === "patient" && <OwnPlanSection />}
      <ClinicalSummary patient={p} />
      {(me.role === "physician" || me.role === "nurse") && (
        <OutcomesSection patientId={p.id} role={me.role} />
      )}
      <HistoryPanel patientId={p.id} />
    </>
  );
}
