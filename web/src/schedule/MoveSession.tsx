import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { scheduling } from "../api/endpoints";
import type { Chair, ScheduledSession } from "../api/types";
import { SelectField, TextField } from "../components/Field";
import { ProblemNotice } from "../components/ProblemNotice";
import { localDate, localTime } from "./day";

interface MoveSessionProps {
  session: ScheduledSession;
  chairs: readonly Chair[];
  onDone: () => void;
}

/** Moves a session to another time on the same day, or another chair; a double booking is refused. */
export function MoveSession({ session, chairs, onDone }: MoveSessionProps) {
  const queryClient = useQueryClient();
  // Date and time are edited in the reader's time zone and sent back as an instant.
  const [date, setDate] = useState(localDate(session.startsAt));
  const [time, setTime] = useState(localTime(session.startsAt));
  const [chairId, setChairId] = useState(session.chair.id);
  const move = useMutation({
    mutationFn: () => scheduling.move(session.id, new Date(`${date}T${time}`).toISOString(), chairId),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ["schedule"] });
      onDone();
    },
  });
  const name = `${session.patient.givenName} ${session.patient.familyName}`;
  return (
    <form
      className="move-session"
      aria-label={`Move the session for ${name}`}
      onSubmit={(event) => {
        event.preventDefault();
        move.mutate();
      }}
    >
      <TextField label="Date" type="date" value={date} onChange={setDate} />
      <TextField label="Start time" type="time" value={time} onChange={setTime} />
      <SelectField
        label="Chair"
        value={chairId}
        onChange={setChairId}
        options={chairs.map((c) => ({ value: c.id, label: c.name }))}
      />
      {move.isError && <ProblemNotice error={move.error} />}
      <div className="actions">
        <button type="submit" className="primary" disabled={move.isPending}>
          Move
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
