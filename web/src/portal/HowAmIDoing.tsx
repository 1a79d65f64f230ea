import type { Portal } from "../api/portal";
import { PainChart } from "./PainChart";
import { responseInWords } from "./words";

/** The patient's pain over the course, and what the change means in words. */
export function HowAmIDoing({ pain, response }: Pick<Portal, "pain" | "response">) {
  return (
    <section className="card" aria-labelledby="doing-title">
      <h2 id="doing-title">How am I doing</h2>
      {response ? (
        <p>{responseInWords(response)}</p>
      ) : (
        <p>We will show how your pain is changing once you have scored it before and after an infusion.</p>
      )}
      {pain.length > 0 ? <PainChart points={pain} /> : <p className="muted">No pain scores yet.</p>}
    </section>
  );
}
