import { Link } from "react-router";
import type { NextInfusion } from "../api/portal";
import { whenText } from "./words";

/** When and where the next infusion is, and how to get ready for it. */
export function NextInfusionCard({ next }: { next: NextInfusion | null }) {
  return (
    <section className="card" aria-labelledby="next-title">
      <h2 id="next-title">Your next infusion</h2>
      {next === null ? (
        <p>No infusion is booked. The clinic will contact you about your next one.</p>
      ) : (
        <>
          <p className="portal-when">
            <time dateTime={new Date(next.startsAt).toISOString()}>{whenText(next.startsAt)}</time>
            <br />
            {next.chairName}
          </p>
          <h3 id="prepare-title">How to get ready</h3>
          <ul aria-labelledby="prepare-title">
            {next.preparation.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link to="/portal/education">Read about the treatment and its side effects</Link>
      </p>
    </section>
  );
}
