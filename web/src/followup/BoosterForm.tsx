import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { BOOSTER_PATTERNS } from "../../../src/clinical/followup/boosters";
import { errorsByPath } from "../api/client";
import { scheduling } from "../api/endpoints";
import { outcomes } from "../api/followup";
import { SelectField, TextField } from "../components/Field";
import { ProblemNotice } from "../components/ProblemNotice";
import { ProvenanceLine } from "../evaluation/ProvenanceLine";
import { formatDateTime } from "../format";
import { outcomesKey } from "./queries";

/** The server books at most this many at once. */
const MAX_BOOSTERS = 12;
/** Errors the form shows at its own fields; any other problem (a plan limit, a clash) shows as a notice. */
const FIELDS = ["/patternId", "/count", "/firstAt", "/chairId"];
const PATTERN_OPTIONS = BOOSTER_PATTERNS.map((p) => ({ value: p.id, label: p.label }));

/** Books booster infusions from the patient's approved plan at a tapering pattern (physicians). */
export function BoosterForm({ patientId }: { patientId: string }) {
  const client = useQueryClient();
  const chairs = useQuery({ queryKey: ["chairs"], queryFn: scheduling.chairs });
  const [pattern, setPattern] = useState(PATTERN_OPTIONS[0]?.value ?? "");
  const [count, setCount] = useState("3");
  const [firstAt, setFirstAt] = useState("");
  const [chairId, setChairId] = useState("");
  const chosenChair = chairId || chairs.data?.items[0]?.id || "";
  const book = useMutation({
    mutationFn: () =>
      outcomes.bookBoosters(patientId, {
        patternId: pattern,
        count: Number(count),
        firstAt: new Date(firstAt).toISOString(),
        chairId: chosenChair,
      }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: outcomesKey(patientId) });
      // The new sessions belong on the schedule's days too.
      void client.invalidateQueries({ queryKey: ["schedule"] });
    },
  });
  const errors = errorsByPath(book.error);
  const chosen = BOOSTER_PATTERNS.find((p) => p.id === pattern);

  return (
    <section className="card booster-form" aria-labelledby="boosters-title">
      <h2 id="boosters-title">Book boosters</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          book.mutate();
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
            onChange={setCount}
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
        {book.isError && !FIELDS.some((f) => errors[f]) && (
          <>
            <ProblemNotice error={book.error} />
            {/* Limits the extended course breaks are named by the plan's paths, not this form's fields. */}
            <ul className="plain-list">
              {Object.entries(errors)
                .filter(([path]) => path !== "/")
                .map(([path, message]) => (
                  <li key={path}>{message}</li>
                ))}
            </ul>
          </>
        )}
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
    </section>
  );
}
