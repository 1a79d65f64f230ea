import { useQuery } from "@tanstack/react-query";
import { portal } from "../api/portal";
import { ProblemNotice } from "../components/ProblemNotice";
import { usePageTitle } from "../components/usePageTitle";
import { EducationView } from "../portal/EducationView";
import "../portal/portal.css";

/** "What to expect": the patient's own education, printable. */
export function PortalEducationPage() {
  usePageTitle("What to expect");
  const education = useQuery({ queryKey: ["me", "education"], queryFn: portal.education });
  return (
    <div className="portal">
      <div className="page-head">
        <h1>What to expect</h1>
        <button type="button" className="no-print" onClick={() => window.print()}>
          Print
        </button>
      </div>
      {education.isPending && <p className="loading">Loading…</p>}
      {education.isError && <ProblemNotice error={education.error} />}
      {education.data && <EducationView sections={education.data.sections} />}
    </div>
  );
}
