import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { errorsByPath } from "../api/client";
import { scheduling } from "../api/endpoints";
import type { Chair, ScheduledSession } from "../api/types";
import { SelectField, TextField } from "../components/Field";
import { ProblemNotice } from "../components/ProblemNotice";
import { localDate, localTime, moveTarget } from "./day";

interface MoveSessionProps {
  session: ScheduledSession;
  chairs: readonly Chair[];
  onDone: () => void;
}

/** Moves a session to another time on the same day, or another chair; a double booking is refused. */
export function MoveSession({ session, chairs, onDone }: MoveSessionProps) {
  const queryClient = useQueryClient();
  const form = useRef<HTMLFormElement>(null);
  // Date and time are edited in the reader's time zone and sent back as an instant.
  const [date, setDate] = useState(localDate(session.startsAt));
  const [time, setTime] = useState(localTime(session.startsAt));
  const [chairId, setChairId] = useState(session.chair.id);
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const move = useMutation({
    mutationFn: (startsAt: string) => scheduling.move(session.id, startsAt, chairId),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ["schedule"] });
      onDone();
    },
  });
  // Keyboard users land in the form they just opened.
  useEffect(() => form.current?.querySelector("input")?.focus(), []);
  const serverErrors = errorsByPath(move.error);
  // The server words its field messages as predicates ("must be in the future").
  const server = (path: string, subject: string) =>
    serverErrors[path] ? `${subject} ${serverErrors[path]}.` : undefined;
  const name = `${session.patient.givenName} ${session.patient.familyName}`;
  return (
    <form
      ref={form}
      className="move-session"
      aria-label={`Move the session for ${name}`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (move.isPending) return;
        const target = moveTarget(date, time);
        setClientErrors(target.ok ? {} : target.errors);
        if (target.ok) move.mutate(target.startsAt);
      }}
    >
      <TextField label="Date" type="date" value={date} onChange={setDate} error={clientErrors["/date"]} />
      <TextField
        label="Start time"
        type="time"
        value={time}
        onChange={setTime}
        error={clientErrors["/time"] ?? server("/startsAt", "The start time")}
      />
      <SelectField
        label="Chair"
        value={chairId}
        onChange={setChairId}
        options={chairs.map((c) => ({ value: c.id, label: c.name }))}
        error={server("/chairId", "The chair")}
      />
      {move.isError && <ProblemNotice error={move.error} />}
      <div className="actions">
        <button type="submit" className="primary" disabled={move.isPending}>
          {move.isPending ? "Moving…" : "Move"}
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
