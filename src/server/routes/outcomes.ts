import { Type } from "typebox";
import { BOOSTER_PATTERNS, boosterDates } from "../../clinical/followup/boosters";
import { patientBoosterBookings, recordBoosterBooking } from "../../store/boosters";
import { lockPatient } from "../../store/patients";
import { currentApprovedPlan } from "../../store/plans";
import {
  chairClash,
  insertSessions,
  lockChair,
  patientClash,
  sessionsById,
  sessionsOfCourse,
} from "../../store/schedule";
import type { App, Context } from "../context";
import { ApiError } from "../errors";
import { patientOutcomes } from "../followup/outcomes";
import { patientJourney, reportJson } from "../followup/patient-data";
import { followupConfig } from "../followup/settings";
import { evaluatePlan, refuseUnsafe } from "../planning/checks";
import type { PlanInput } from "../planning/schemas";
import { SessionSchema } from "../planning/schemas";
import { onPatient } from "../planning/scope";
import { bookingTime, patientBusy, sessionsJson } from "../planning/sessions";
import { DateTime, IdParams, problemResponses, Uuid } from "../schemas";

const CLINICIANS = ["physician", "nurse"] as const;
const closed = { additionalProperties: false } as const;
const MAX_BOOSTERS = 12;

/** The patient's outcomes and continuation of care, for the clinic; booking boosters from the current plan. */
export async function outcomeRoutes(app: App, ctx: Context): Promise<void> {
  app.get(
    "/api/patients/:id/outcomes",
    {
      config: { access: CLINICIANS },
      schema: {
        summary:
          "The patient's benefit–risk view: pain and response, each infusion's dose and side effects, cumulative dose, continuation recommendation, long-term checks due",
        params: IdParams,
        response: {
          200: Type.Object({}, { additionalProperties: true }),
          ...problemResponses(401, 403, 404),
        },
      },
    },
    async (req) =>
      onPatient(ctx, req, "outcomes.read", req.params.id, async (trx, patient, auth) => {
        const now = ctx.clock();
        const config = await followupConfig(trx, auth.user.clinicId);
        const journey = await patientJourney(
          trx,
          auth.user.clinicId,
          patient.id,
          config.checkins,
          now.getTime(),
        );
        const outcomes = await patientOutcomes(trx, auth.user.clinicId, patient.id, journey, now);
        const boosters = await patientBoosterBookings(trx, auth.user.clinicId, patient.id);
        return {
          boosters: boosters.map((b) => ({ ...b, bookedAt: b.bookedAt.getTime() })),
          pain: journey.pain,
          response: journey.response,
          checkins: journey.checkins,
          reports: journey.reports.map(reportJson),
          ...outcomes,
        };
      }),
  );

  app.post(
    "/api/patients/:id/boosters",
    {
      config: { access: ["physician"] },
      schema: {
        summary:
          "Book booster infusions from the patient's current approved plan on a tapering pattern; the plan's dose limits are checked for the extended course",
        params: IdParams,
        body: Type.Object(
          {
            patternId: Type.Enum(BOOSTER_PATTERNS.map((p) => p.id)),
            count: Type.Integer({ minimum: 1, maximum: MAX_BOOSTERS }),
            firstAt: DateTime,
            chairId: Uuid,
            /** Reasons for soft limits the extended course exceeds, by limit id (as on a plan). */
            overrideReasons: Type.Optional(
              Type.Record(Type.String({ maxLength: 100 }), Type.String({ minLength: 1, maxLength: 1000 })),
            ),
          },
          closed,
        ),
        response: {
          201: Type.Object(
            { sessions: Type.Array(SessionSchema), booking: Type.Object({}, { additionalProperties: true }) },
            closed,
          ),
          ...problemResponses(400, 401, 403, 404, 409, 422),
        },
      },
    },
    async (req, reply) => {
      const now = ctx.clock();
      const first = new Date(req.body.firstAt);
      if (first.getTime() <= now.getTime()) {
        throw new ApiError("validation.failed", "The first booster must be in the future.", [
          { path: "/firstAt", message: "must be in the future" },
        ]);
      }
      const pattern = BOOSTER_PATTERNS.find((p) => p.id === req.body.patternId)!;
      const result = await onPatient(ctx, req, "boosters.book", req.params.id, async (trx, patient, auth) => {
        const clinicId = auth.user.clinicId;
        await lockPatient(trx, clinicId, patient.id);
        const plan = await currentApprovedPlan(trx, clinicId, patient.id);
        if (!plan) throw new ApiError("conflict", "The patient has no approved plan to book boosters from.");
        const input = plan.plan as PlanInput;
        const course = (await sessionsOfCourse(trx, clinicId, plan.courseId)).filter(
          (s) => s.status !== "cancelled",
        );
        // The boosters extend the course: its limits (per course, lifetime) are checked as at approval.
        const extended: PlanInput = {
          ...input,
          schedule: { ...input.schedule, sessions: course.length + req.body.count },
          overrideReasons: { ...input.overrideReasons, ...req.body.overrideReasons },
        };
        const { weight, weightStale, check } = await evaluatePlan(
          trx,
          clinicId,
          patient,
          extended,
          plan.previousId,
          now,
          "/plan",
        );
        refuseUnsafe(weight, weightStale, check);
        const chair = await lockChair(trx, clinicId, req.body.chairId);
        if (!chair) {
          throw new ApiError("validation.failed", "No such chair in this clinic.", [
            { path: "/chairId", message: "must be one of the clinic's chairs" },
          ]);
        }
        const durationMin = input.infusion.durationMin + input.minObservationMinutes;
        const starts = [first.getTime(), ...boosterDates(first.getTime(), pattern, req.body.count - 1)];
        const ids: string[] = [];
        for (const at of starts) {
          const booking = { chairId: chair.id, startsAt: new Date(at), durationMin };
          const clash = await chairClash(trx, clinicId, booking);
          if (clash) {
            throw new ApiError(
              "conflict",
              `${chair.name} is already booked from ${bookingTime(clash.startsAt)}.`,
            );
          }
          const own = await patientClash(trx, clinicId, { ...booking, patientId: patient.id });
          if (own) throw patientBusy(own);
          ids.push(
            ...(await insertSessions(
              trx,
              clinicId,
              [{ ...booking, patientId: patient.id, planId: plan.id }],
              now,
            )),
          );
        }
        // Only the reasons for limits this course exceeds are kept: they are the physician's recorded decision.
        const exceeded = new Set(check.violations.filter((v) => v.kind === "soft").map((v) => v.limitId));
        const reasons = Object.fromEntries(
          Object.entries(req.body.overrideReasons ?? {}).filter(([id]) => exceeded.has(id)),
        );
        const booking = await recordBoosterBooking(trx, clinicId, patient.id, {
          planId: plan.id,
          patternId: pattern.id,
          sessionIds: ids,
          overrideReasons: reasons,
          bookedAt: now,
          bookedBy: auth.user.id,
        });
        return {
          sessions: await sessionsJson(trx, clinicId, await sessionsById(trx, clinicId, ids)),
          booking: { ...booking, bookedAt: booking.bookedAt.getTime() },
        };
      });
      reply.code(201);
      return result;
    },
  );
}
