import { Link } from "react-router";
import { CLINICIANS } from "../auth/roles";
import { useMe } from "../auth/session";

/** Links from a patient's record to their evaluation and treatment plan, for clinicians. */
export function TreatmentLinks({ patientId }: { patientId: string }) {
  const me = useMe();
  if (!CLINICIANS.includes(me.role)) return null;
  return (
    <nav className="treatment-links no-print" aria-label="Treatment">
      <Link to={`/patients/${patientId}/evaluation`}>Evaluation</Link>
      <Link to={`/patients/${patientId}/plan`}>Treatment plan</Link>
    </nav>
  );
}
