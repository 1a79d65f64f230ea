import { useQuery } from "@tanstack/react-query";
import { ownPlan } from "../api/endpoints";
import type { SchedulePattern } from "../api/types";
import { ProblemNotice } from "../components/ProblemNotice";

/** How often the infusions come, in words a patient uses. */
const SPACING: Record<SchedulePattern, string> = {
  daily: "one a day, on days in a row",
  weekdays: "one each weekday, Monday to Friday",
  "twice-weekly": "two a week",
  weekly: "one a week",
};

const sessionTime = new Intl.DateTimeFormat("en-GB", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});

/** The signed-in patient's approved treatment plan, booked sessions and how to get ready for them. */
export function OwnPlanSection() {
  const result = useQuery({ queryKey: ["me", "plan"], queryFn: ownPlan.get });
  return (
    <section className="card" aria-labelledby="own-plan-title">
      <h2 id="own-plan-title">Your treatment plan</h2>
      {result.isPending && <p className="loading">Loading your plan…</p>}
      {result.isError && <ProblemNotice error={result.error} />}
      {result.data && !result.data.plan && <p>No treatment plan yet.</p>}
      {result.data?.plan && (
        <>
          <p>
            Your care team chose the <strong>{result.data.plan.protocolLabel}</strong>: a set way of giving
            ketamine that fixes how much you get and how slowly it runs into your vein.
          </p>
          <p>
            The course is <strong>{result.data.plan.sessions} infusions</strong>,{" "}
            {SPACING[result.data.plan.pattern]}.
          </p>
          <h3 id="own-sessions-title">Your booked sessions</h3>
          {(result.data.upcoming ?? []).length === 0 ? (
            <p>No sessions are booked yet.</p>
          ) : (
            <ul className="plain-list" aria-labelledby="own-sessions-title">
              {(result.data.upcoming ?? []).map((s) => (
                <li key={s.startsAt}>
                  <time dateTime={s.startsAt}>{sessionTime.format(new Date(s.startsAt))}</time>, {s.chairName}
                </li>
              ))}
            </ul>
          )}
          <h3 id="own-prepare-title">Getting ready for each infusion</h3>
          <ul className="plain-list" aria-labelledby="own-prepare-title">
            <li>
              You will need to stop eating a few hours before. Follow the clinic's instructions on eating and
              drinking.
            </li>
            <li>Bring someone who can take you home afterwards.</li>
            <li>Do not drive until the next day, after a night's sleep.</li>
          </ul>
        </>
      )}
    </section>
  );
}
