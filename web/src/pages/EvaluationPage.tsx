import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useParams } from "react-router";
import { isNotFound } from "../api/client";
import { evaluations, patients } from "../api/endpoints";
import type { Evaluation, EvaluationSummary, Patient } from "../api/types";
import { useMe } from "../auth/session";
import { ProblemNotice } from "../components/ProblemNotice";
import { usePageTitle } from "../components/usePageTitle";
import { draftFromContent, draftFromPatient } from "../evaluation/draft";
import { EvaluationEditor } from "../evaluation/EvaluationEditor";
import "../evaluation/planning.css";
import { EvaluationView } from "../evaluation/EvaluationView";
import { PatientBanner } from "../evaluation/PatientBanner";
import { SignPanel } from "../evaluation/SignPanel";
import { VersionHistory } from "../evaluation/VersionHistory";
import { NotFoundPage } from "./NotFoundPage";

/** The patient's pre-treatment evaluation: intake with live findings, sign-off, versions and print. */
export function EvaluationPage() {
  const { id = "" } = useParams();
  const patient = useQuery({ queryKey: ["patients", id], queryFn: () => patients.get(id) });
  const list = useQuery({ queryKey: ["evaluations", id, "list"], queryFn: () => evaluations.list(id) });
  usePageTitle(
    patient.data ? `Evaluation · ${patient.data.givenName} ${patient.data.familyName}` : "Evaluation",
  );

  const error = patient.error ?? list.error;
  if (error && isNotFound(error)) return <NotFoundPage />;
  if (error) return <ProblemNotice error={error} />;
  if (!patient.data || !list.data) return <p className="loading">Loading the evaluation…</p>;
  return <EvaluationWorkspace patient={patient.data} items={list.data.items} />;
}

function EvaluationWorkspace({ patient, items }: { patient: Patient; items: EvaluationSummary[] }) {
  const me = useMe();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const latest = items[0];
  const shownId = selectedId ?? latest?.id ?? null;
  const shown = useQuery({
    queryKey: ["evaluations", patient.id, shownId],
    queryFn: () => evaluations.get(patient.id, shownId ?? ""),
    enabled: shownId !== null,
  });
  const latestLoaded = shown.data && shown.data.id === latest?.id ? shown.data : null;
  const onSaved = (saved: Evaluation) => {
    setEditing(false);
    setSelectedId(saved.id);
  };

  return (
    <>
      <PatientBanner patient={patient} page="Evaluation" />
      {!latest || (editing && latestLoaded) ? (
        <EvaluationEditor
          key={latest?.id ?? "first"}
          patient={patient}
          initial={latestLoaded ? draftFromContent(latestLoaded.content) : draftFromPatient(patient)}
          previousId={latest?.id}
          onSaved={onSaved}
          onCancel={latest ? () => setEditing(false) : undefined}
        />
      ) : (
        <>
          <div className="actions page-actions no-print">
            {latestLoaded && shownId === latest.id && (
              <button type="button" onClick={() => setEditing(true)}>
                {latestLoaded.status === "signed" ? "Re-evaluate" : "Edit draft"}
              </button>
            )}
            {shownId !== latest.id && (
              <button type="button" onClick={() => setSelectedId(null)}>
                Show the latest version
              </button>
            )}
            <button type="button" onClick={() => window.print()}>
              Print summary
            </button>
          </div>
          {shown.isError && <ProblemNotice error={shown.error} />}
          {shown.isPending && <p className="loading">Loading the version…</p>}
          {shown.data && <EvaluationView evaluation={shown.data} />}
          {shown.data?.status === "draft" &&
            shown.data.id === latest.id &&
            (me.role === "physician" ? (
              <SignPanel key={shown.data.id} evaluation={shown.data} />
            ) : (
              <p className="notice no-print">A physician reviews and signs this draft.</p>
            ))}
        </>
      )}
      <VersionHistory
        items={items}
        selectedId={shownId}
        onSelect={(evaluationId) => {
          setEditing(false);
          setSelectedId(evaluationId);
        }}
      />
    </>
  );
}
