import type { LongTermDue } from "../api/followup";
import { SourceLinks } from "../evaluation/SourceLinks";

/** Checks that long-term treatment calls for (bladder, liver, memory…) and are due now. */
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
              <strong>{i.title}</strong>
              {i.overdue && <span className="badge badge-warn">overdue</span>}
              {(i.reason ?? i.text) && ` — ${i.reason ?? i.text}`}
              {i.sources && i.sources.length > 0 && (
                <>
                  {" "}
                  <SourceLinks ids={i.sources} />
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
