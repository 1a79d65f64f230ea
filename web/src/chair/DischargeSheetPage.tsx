import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { chair } from "../api/endpoints";
import { ProblemNotice } from "../components/ProblemNotice";
import { usePageTitle } from "../components/usePageTitle";
import "./chair.css";

/** The patient's take-home sheet in plain words, laid out for printing. */
export function DischargeSheetPage() {
  const { id = "" } = useParams();
  const sheet = useQuery({
    queryKey: ["chair", "discharge-sheet", id],
    queryFn: () => chair.dischargeSheet(id),
  });
  usePageTitle("Discharge sheet");
  if (sheet.isError) return <ProblemNotice error={sheet.error} />;
  if (!sheet.data) return <p className="loading">Loading the discharge sheet…</p>;
  const s = sheet.data;
  return (
    <article className="discharge-sheet">
      <p className="no-print actions">
        <button type="button" className="primary" onClick={() => window.print()}>
          Print
        </button>
        <Link to={`/sessions/${id}/chair`}>Back to the session</Link>
      </p>
      <h1>{s.title}</h1>
      <p>
        <strong>{s.patientName}</strong> · {s.clinicName} · {new Date(s.madeAt).toLocaleString("en-GB")}
      </p>
      {s.sections.map((section) => (
        <section key={section.id} aria-labelledby={`sheet-${section.id}`}>
          <h2 id={`sheet-${section.id}`}>{section.heading}</h2>
          <ul>
            {section.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>
      ))}
    </article>
  );
}
