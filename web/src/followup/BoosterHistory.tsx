import type { BoosterBookingJson } from "../api/followup";
import { useMe } from "../auth/session";
import { bookingLines } from "./boosterHistory";

/** Boosters booked for the patient, each with the reasons the physician gave for the soft limits it exceeded. */
export function BoosterHistory({ bookings }: { bookings: readonly BoosterBookingJson[] }) {
  const me = useMe();
  const lines = bookingLines(bookings, me);
  return (
    <>
      <h3>Booked so far</h3>
      {lines.length === 0 ? (
        <p>No boosters booked yet.</p>
      ) : (
        <ul className="plain-list booster-history">
          {lines.map((line) => (
            <li key={line.id}>
              <p>{line.summary}</p>
              {line.reasons.length === 0 ? (
                <p className="muted">Within the plan's limits.</p>
              ) : (
                <ul className="booster-reasons">
                  {line.reasons.map((r) => (
                    <li key={r.limitId}>
                      <span className="mono">{r.limitId}</span> exceeded: “{r.reason}”
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
