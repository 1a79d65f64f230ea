import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { scheduling } from "../api/endpoints";
import type { ScheduledSession } from "../api/types";
import { CLINICIANS } from "../auth/roles";
import { useMe } from "../auth/session";
import { TextField } from "../components/Field";
import { ProblemNotice } from "../components/ProblemNotice";
import { usePageTitle } from "../components/usePageTitle";
import "../evaluation/planning.css";
import { todayIso } from "../format";
import { byChair, localEnd, localTime } from "../schedule/day";
import { MoveSession } from "../schedule/MoveSession";

const FLAG_BADGE = {
  contraindication: "badge badge-danger",
  caution: "badge badge-warn",
  info: "badge badge-muted",
};

/** One day of infusion sessions, a column per chair, with each patient's key risk flags. */
export function SchedulePage() {
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const date = params.get("date") ?? todayIso();
  const [moving, setMoving] = useState<string | null>(null);
  // When the move form closes, focus goes back to that session's Move button (in whichever chair it is now).
  const returnFocusTo = useRef<string | null>(null);
  useEffect(() => {
    if (moving !== null || !returnFocusTo.current) return;
    document.querySelector<HTMLButtonElement>(`[data-move="${returnFocusTo.current}"]`)?.focus();
    returnFocusTo.current = null;
  });
  const day = useQuery({ queryKey: ["schedule", date], queryFn: () => scheduling.day(date) });
  usePageTitle(`Schedule ${date}`);
  const canMove = CLINICIANS.includes(me.role);

  return (
    <>
      <div className="page-head">
        <h1>Schedule</h1>
      </div>
      <div className="schedule-controls no-print">
        <TextField
          label="Day"
          type="date"
          value={date}
          onChange={(value) => value && setParams({ date: value })}
        />
      </div>
      {day.isError && <ProblemNotice error={day.error} />}
      {day.isPending && <p className="loading">Loading the day…</p>}
      {day.data && (
        <div className="schedule-grid">
          {byChair(day.data.chairs, day.data.sessions).map(({ chair, sessions }) => (
            <section key={chair.id} className="card chair-column" aria-labelledby={`chair-${chair.id}`}>
              <h2 id={`chair-${chair.id}`}>{chair.name}</h2>
              {sessions.length === 0 && <p className="muted">No sessions.</p>}
              <ul className="plain-list">
                {sessions.map((s) => (
                  <li key={s.id} className={`session session-${s.status}`}>
                    <SessionCard session={s} chairScreen={CLINICIANS.includes(me.role)} />
                    {canMove && s.status === "scheduled" && moving !== s.id && (
                      <button type="button" data-move={s.id} onClick={() => setMoving(s.id)}>
                        Move
                      </button>
                    )}
                    {moving === s.id && (
                      <MoveSession
                        session={s}
                        chairs={day.data.chairs}
                        onDone={() => {
                          returnFocusTo.current = s.id;
                          setMoving(null);
                        }}
                      />
                    )}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </>
  );
}

function SessionCard({ session: s, chairScreen }: { session: ScheduledSession; chairScreen: boolean }) {
  return (
    <>
      <p className="session-time">
        <strong>
          {localTime(s.startsAt)}–{localEnd(s)}
        </strong>{" "}
        <span className="muted">{s.status}</span>
      </p>
      <p>
        <Link to={`/patients/${s.patient.id}`}>
          {s.patient.givenName} {s.patient.familyName}
        </Link>{" "}
        <span className="mono muted">{s.patient.mrn}</span>
      </p>
      <p className="muted">Plan version {s.planVersion}</p>
      {chairScreen && s.status !== "cancelled" && (
        <p>
          <Link to={`/sessions/${s.id}/chair`}>
            Open chair screen
            <span className="visually-hidden">
              {" "}
              for {s.patient.givenName} {s.patient.familyName}
            </span>
          </Link>
        </p>
      )}
      {s.riskFlags.length > 0 && (
        <ul className="risk-flags" aria-label="Risk flags">
          {s.riskFlags.map((f) => (
            <li key={f.ruleId} className={FLAG_BADGE[f.severity]}>
              {f.title}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
