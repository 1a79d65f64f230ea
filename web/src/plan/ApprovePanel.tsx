import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { errorsByPath } from "../api/client";
import { plans, scheduling } from "../api/endpoints";
import type { PlanVersion, ScheduledSession } from "../api/types";
import { SelectField, TextField } from "../components/Field";
import { ProblemNotice } from "../components/ProblemNotice";
import { formatDateTime, todayIso } from "../format";

/** Tomorrow at 09:00 local time, as a datetime-local value. */
function tomorrowMorning(now: Date): string {
  return `${todayIso(new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1))}T09:00`;
}

export interface Booking {
  version: number;
  sessions: ScheduledSession[];
}

interface ApprovePanelProps {
  version: PlanVersion;
  /** The builder below shows changes not saved: approving now would approve a plan other than the one shown. */
  unsavedChanges: boolean;
  /** Called with the booked sessions; the version is then approved and this panel goes away. */
  onApproved: (booking: Booking) => void;
}

/** Physician approval of a saved version: first session and chair; the course's sessions are then booked. */
export function ApprovePanel({ version, unsavedChanges, onApproved }: ApprovePanelProps) {
  const queryClient = useQueryClient();
  const chairs = useQuery({ queryKey: ["chairs"], queryFn: scheduling.chairs });
  const [startsAt, setStartsAt] = useState(() => tomorrowMorning(new Date()));
  const [chairId, setChairId] = useState("");
  const chosenChair = chairId || chairs.data?.items[0]?.id || "";
  const approve = useMutation({
    mutationFn: () =>
      plans.approve(version.patientId, version.id, new Date(startsAt).toISOString(), chosenChair),
    onSuccess: ({ plan, sessions }) => {
      onApproved({ version: plan.version, sessions });
      return queryClient.invalidateQueries({ queryKey: ["plans", version.patientId] });
    },
  });
  const errors = errorsByPath(approve.error);

  return (
    <form
      className="card approve no-print"
      aria-labelledby="approve-title"
      onSubmit={(event) => {
        event.preventDefault();
        if (approve.isPending || unsavedChanges) return;
        approve.mutate();
      }}
    >
      <h2 id="approve-title">Approve version {version.version}</h2>
      <p>Approval books every session of the course, starting here.</p>
      <div className="form-row">
        <TextField
          label="First session"
          type="datetime-local"
          value={startsAt}
          onChange={setStartsAt}
          error={errors["/firstSessionAt"]}
        />
        <SelectField
          label="Chair"
          value={chosenChair}
          onChange={setChairId}
          options={(chairs.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
          error={errors["/chairId"]}
        />
      </div>
      {approve.isError && !errors["/firstSessionAt"] && !errors["/chairId"] && (
        <ProblemNotice error={approve.error} />
      )}
      {unsavedChanges && (
        <p className="notice notice-warn" id="approve-blocked">
          The plan below has changes that are not saved. Save them as a new version, or undo them, before
          approving: approval applies to version {version.version} as saved.
        </p>
      )}
      <div className="actions">
        <button
          type="submit"
          className="primary"
          disabled={approve.isPending || !chosenChair || unsavedChanges}
          aria-describedby={unsavedChanges ? "approve-blocked" : undefined}
        >
          {approve.isPending ? "Approving…" : "Approve and book sessions"}
        </button>
      </div>
    </form>
  );
}

/** What approval booked, with a way to the schedule for the first session's day. */
export function BookingNotice({ booking }: { booking: Booking }) {
  const first = booking.sessions[0];
  return (
    <section className="notice notice-ok" aria-labelledby="booking-title">
      <p className="notice-title" id="booking-title">
        Plan version {booking.version} approved
      </p>
      <p role="status">
        {booking.sessions.length} sessions booked
        {first && ` from ${formatDateTime(first.startsAt)} in ${first.chair.name}`}.
      </p>
      {first && (
        <Link to={`/schedule?date=${first.startsAt.slice(0, 10)}`}>Open the schedule for that day</Link>
      )}
    </section>
  );
}
