import type { LongTermDue } from "../../../src/clinical/followup/long-term";
import { ProvenanceLine } from "../evaluation/ProvenanceLine";

/** Checks that long-term treatment calls for (bladder, liver, misuse) and are due now, with why. */
export function LongTermList({ items }: { items: readonly LongTermDue[] }) {
  return (
    <section className="card" aria-labelledby="long-term-title">
      <h2 id="long-term-title">Long-term monitoring due</h2>
      {items.length === 0 ? (
        <p>Nothing is due.</p>
      ) : (
        <ul className="plain-list">
          {items.map((i) => (
            <li key={i.id}>
              <strong>{i.title}</strong> — {i.dueBecause}
              <ProvenanceLine sources={i.sources} evidence={i.evidence} id={`${i.id} v${i.version}`} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
