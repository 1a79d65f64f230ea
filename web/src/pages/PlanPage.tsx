import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { isNotFound } from "../api/client";
import { evaluations, patients, plans } from "../api/endpoints";
import type { Patient, PlanVersion } from "../api/types";
import { useMe } from "../auth/session";
import { ProblemNotice } from "../components/ProblemNotice";
import { usePageTitle } from "../components/usePageTitle";
import "../evaluation/planning.css";
import { PatientBanner } from "../evaluation/PatientBanner";
import { ApprovePanel, type Booking, BookingNotice } from "../plan/ApprovePanel";
import { PlanBuilder } from "../plan/PlanBuilder";
import { VersionStatus } from "../plan/VersionStatus";
import { NotFoundPage } from "./NotFoundPage";

/** The treatment plan builder for one patient, its versions and approval. */
export function PlanPage() {
  const { id = "" } = useParams();
  const me = useMe();
  const patient = useQuery({ queryKey: ["patients", id], queryFn: () => patients.get(id) });
  const versions = useQuery({ queryKey: ["plans", id, "list"], queryFn: () => plans.list(id) });
  const evaluationList = useQuery({
    queryKey: ["evaluations", id, "list"],
    queryFn: () => evaluations.list(id),
  });
  const signed = evaluationList.data?.items.find((e) => e.status === "signed");
  const newest = evaluationList.data?.items[0];
  const evaluation = useQuery({
    queryKey: ["evaluations", id, newest?.id],
    queryFn: () => evaluations.get(id, newest?.id ?? ""),
    enabled: Boolean(newest),
  });
  const [savedId, setSavedId] = useState<string | null>(null);
  const [booking, setBooking] = useState<Booking | null>(null);
  const [builderEdited, setBuilderEdited] = useState(false);
  usePageTitle(
    patient.data ? `Treatment plan · ${patient.data.givenName} ${patient.data.familyName}` : "Treatment plan",
  );

  const error = patient.error ?? versions.error ?? evaluationList.error;
  if (error && isNotFound(error)) return <NotFoundPage />;
  if (error) return <ProblemNotice error={error} />;
  if (!patient.data || !versions.data || !evaluationList.data || (newest && !evaluation.data))
    return <p className="loading">Loading the plan…</p>;

  const p = patient.data;
  const items = versions.data.items;
  const latest = items[0];
  const physician = me.role === "physician";
  const pendingApproval = latest?.status === "draft" ? latest : undefined;
  return (
    <>
      <PatientBanner patient={p} page="Treatment plan" />
      {!signed && (
        <p className="notice notice-warn" role="status">
          No signed evaluation yet: a plan can be drafted here but is saved only after a physician signs an
          evaluation that finds the patient eligible.{" "}
          <Link to={`/patients/${p.id}/evaluation`}>Open the evaluation</Link>
        </p>
      )}
      {savedId && latest?.id === savedId && (
        <p className="notice notice-ok" role="status">
          Plan saved as version {latest.version}.
        </p>
      )}
      {booking ? (
        <BookingNotice booking={booking} />
      ) : (
        pendingApproval &&
        physician && (
          <ApprovePanel
            key={`approve-${pendingApproval.id}`}
            version={pendingApproval}
            unsavedChanges={builderEdited}
            onApproved={setBooking}
          />
        )
      )}
      {p.weight ? (
        <PlanBuilder
          key={`builder-${latest?.id ?? "new"}`}
          patient={p as Patient & { weight: NonNullable<Patient["weight"]> }}
          latest={latest}
          pastMg={evaluation.data?.content.exposure.lifetimeMg ?? 0}
          canSave={physician}
          onSaved={(saved: PlanVersion) => setSavedId(saved.id)}
          onEditedChange={setBuilderEdited}
        />
      ) : (
        <p className="notice notice-error" role="alert">
          No weight is recorded: doses cannot be calculated. Correct the patient record with a measured weight
          first.
        </p>
      )}
      <VersionStatus items={items} />
    </>
  );
}
