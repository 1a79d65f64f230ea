import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { BOOSTER_PATTERNS } from "../../../src/clinical/followup/boosters";
import { errorsByPath } from "../api/client";
import { scheduling } from "../api/endpoints";
import { type BoosterBookingJson, type BoosterRequest, outcomes } from "../api/followup";
import { FieldShell, SelectField, TextField } from "../components/Field";
import { ProblemNotice } from "../components/ProblemNotice";
import { ProvenanceLine } from "../evaluation/ProvenanceLine";
import { formatDateTime } from "../format";
import { BoosterHistory } from "./BoosterHistory";
import { boosterBody, type LimitRow, limitProblem, mergeLimitRows, missingReasons } from "./boosterLimits";
import { outcomesKey } from "./queries";

/** The server books at most this many at once. */
const MAX_BOOSTERS = 12;
/** Errors the form shows at its own fields; a plan limit shows as limit rows; anything else (a clash) as a notice. */
const FIELDS = ["/patternId", "/count", "/firstAt", "/chairId"];
const PATTERN_OPTIONS = BOOSTER_PATTERNS.map((p) => ({ value: p.id, label: p.label }));

/**
 * Books booster infusions from the patient's approved plan at a tapering pattern (physicians), and lists the
 * bookings made so far once the outcomes have loaded.
 */
export function BoosterForm({
  patientId,
  bookings,
}: {
  patientId: string;
  bookings: readonly BoosterBookingJson[] | undefined;
}) {
  const client = useQueryClient();
  const chairs = useQuery({ queryKey: ["chairs"], queryFn: scheduling.chairs });
  const [pattern, setPattern] = useState(PATTERN_OPTIONS[0]?.value ?? "");
  const [count, setCount] = useState("3");
  const [firstAt, setFirstAt] = useState("");
  const [chairId, setChairId] = useState("");
  // Soft limits the server asked reasons for, for this number of boosters, and the reasons typed so far.
  const [asked, setAsked] = useState<LimitRow[]>([]);
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [showMissing, setShowMissing] = useState(false);
  const chosenChair = chairId || chairs.data?.items[0]?.id || "";
  const book = useMutation({
    mutationFn: (body: BoosterRequest) => outcomes.bookBoosters(patientId, body),
    onSuccess: () => {
      setAsked([]);
      setReasons({});
      setShowMissing(false);
      void client.invalidateQueries({ queryKey: outcomesKey(patientId) });
      // The new sessions belong on the schedule's days too.
      void client.invalidateQueries({ queryKey: ["schedule"] });
    },
    onError: (error) => {
      const problem = limitProblem(error);
      if (problem?.kind === "soft") setAsked((earlier) => mergeLimitRows(earlier, problem.rows));
    },
  });
  const errors = errorsByPath(book.error);
  const problem = limitProblem(book.error);
  const hard = problem?.kind === "hard" ? problem.rows : null;
  const missing = new Set(showMissing ? missingReasons(asked, reasons) : []);
  const chosen = BOOSTER_PATTERNS.find((p) => p.id === pattern);

  const submit = () => {
    if (missingReasons(asked, reasons).length > 0) {
      setShowMissing(true);
      return;
    }
    book.mutate(
      boosterBody(
        {
          patternId: pattern,
          count: Number(count),
          firstAt: new Date(firstAt).toISOString(),
          chairId: chosenChair,
        },
        asked,
        reasons,
      ),
    );
  };

  return (
    <section className="card booster-form" aria-labelledby="boosters-title">
      <h2 id="boosters-title">Book boosters</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <div className="form-row">
          <SelectField
            label="Pattern"
            value={pattern}
            onChange={setPattern}
            options={PATTERN_OPTIONS}
            error={errors["/patternId"]}
          />
          <TextField
            label="Number of boosters"
            type="number"
            step="1"
            hint={`1 to ${MAX_BOOSTERS}; the first on the date below, the rest at the pattern's gaps`}
            value={count}
            onChange={(value) => {
              setCount(value);
              // Another number of boosters exceeds the limits by other amounts: the server asks again.
              setAsked([]);
              setShowMissing(false);
            }}
            required
            error={errors["/count"]}
          />
          <TextField
            label="First booster"
            type="datetime-local"
            value={firstAt}
            onChange={setFirstAt}
            required
            error={errors["/firstAt"]}
          />
          <SelectField
            label="Chair"
            value={chosenChair}
            onChange={setChairId}
            options={(chairs.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
            error={errors["/chairId"]}
          />
        </div>
        {chosen && (
          <div className="muted">
            <p>
              Weeks between infusions: {chosen.intervalsWeeks.join(", ")}
              {chosen.thenEveryWeeks === null ? "" : `, then every ${chosen.thenEveryWeeks}`}. {chosen.note}
            </p>
            <ProvenanceLine
              sources={chosen.sources}
              evidence={chosen.evidence}
              id={`${chosen.id} v${chosen.version}`}
            />
          </div>
        )}
        {chairs.isError && <ProblemNotice error={chairs.error} />}
        {hard ? (
          <div className="notice notice-error" role="alert">
            <p className="notice-title">Boosters cannot be booked: the longer course breaks a hard limit</p>
            <ul className="plain-list">
              {hard.map((row) => (
                <li key={row.limitId}>{row.message}</li>
              ))}
            </ul>
            <p>
              A hard limit cannot be overridden. Book fewer boosters, or write a new version of the plan and
              have it approved.
            </p>
          </div>
        ) : (
          asked.length > 0 && (
            <div className="notice notice-warn booster-limits" role={problem ? "alert" : undefined}>
              <p className="notice-title">The longer course exceeds soft limits of the plan</p>
              <p>
                Each can be exceeded only with your reason for doing so. Your reasons are kept with the
                booking and listed under "Booked so far".
              </p>
              {asked.map((row) => (
                <div key={row.limitId} className="booster-limit">
                  <p>{row.message}</p>
                  <FieldShell
                    label="Reason"
                    error={missing.has(row.limitId) ? "Give a reason before booking" : undefined}
                  >
                    {(aria) => (
                      <textarea
                        {...aria}
                        rows={2}
                        maxLength={1000}
                        // Checked by the form, not the browser, so each missing reason is named at its limit.
                        aria-required
                        value={reasons[row.limitId] ?? ""}
                        onChange={(e) => setReasons({ ...reasons, [row.limitId]: e.target.value })}
                      />
                    )}
                  </FieldShell>
                </div>
              ))}
            </div>
          )
        )}
        {book.isError && !problem && !FIELDS.some((f) => errors[f]) && <ProblemNotice error={book.error} />}
        <div className="actions">
          <button type="submit" className="primary" disabled={book.isPending || !chosenChair}>
            {book.isPending ? "Booking…" : "Book boosters"}
          </button>
        </div>
      </form>
      {book.data && (
        <div className="notice notice-ok" role="status">
          <p className="notice-title">
            {book.data.sessions.length} booster {book.data.sessions.length === 1 ? "session" : "sessions"}{" "}
            booked
          </p>
          <ul className="plain-list">
            {book.data.sessions.map((s) => (
              <li key={s.id}>
                {formatDateTime(s.startsAt)} · {s.chair.name}
              </li>
            ))}
          </ul>
        </div>
      )}
      {bookings && <BoosterHistory bookings={bookings} />}
    </section>
  );
}
