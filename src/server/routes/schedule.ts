import { Type } from "typebox";
import { appendAudit } from "../../store/audit";
import { lockPatient } from "../../store/patients";
import {
  chairClash,
  listChairs,
  lockChair,
  lockSession,
  moveSession,
  patientClash,
  sessionsBetween,
  sessionsById,
} from "../../store/schedule";
import { type App, auditEventFor, type Context, caller } from "../context";
import { ApiError } from "../errors";
import { SessionSchema } from "../planning/schemas";
import { bookingTime, patientBusy, sessionsJson } from "../planning/sessions";
import { DateTime, IdParams, IsoDate, problemResponses, Uuid } from "../schemas";

const SCHEDULERS = ["physician", "nurse"] as const;
const SCHEDULE_READERS = ["physician", "nurse", "admin"] as const;
const closed = { additionalProperties: false } as const;
const ChairSchema = Type.Object({ id: Uuid, name: Type.String() }, closed);
const DAY_MS = 86_400_000;

/** Chairs, the day's schedule with each patient's risk flags, and moving a session. */
export async function scheduleRoutes(app: App, ctx: Context): Promise<void> {
  app.get(
    "/api/chairs",
    {
      config: { access: SCHEDULE_READERS },
      schema: {
        summary: "The clinic's infusion chairs",
        response: {
          200: Type.Object({ items: Type.Array(ChairSchema) }, closed),
          ...problemResponses(401, 403),
        },
      },
    },
    async (req) => ({ items: await listChairs(ctx.db, caller(req).user.clinicId) }),
  );

  app.get(
    "/api/schedule",
    {
      config: { access: SCHEDULE_READERS },
      schema: {
        summary: "One day's sessions (UTC day) on every chair, with each patient's key risk flags",
        querystring: Type.Object({ date: IsoDate }, closed),
        response: {
          200: Type.Object(
            { date: IsoDate, chairs: Type.Array(ChairSchema), sessions: Type.Array(SessionSchema) },
            closed,
          ),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (req) => {
      const clinicId = caller(req).user.clinicId;
      const from = new Date(`${req.query.date}T00:00:00.000Z`);
      if (Number.isNaN(from.getTime())) {
        throw new ApiError("validation.failed", "date is not a calendar date.", [
          { path: "/date", message: "must be a date written YYYY-MM-DD" },
        ]);
      }
      return ctx.db.transaction().execute(async (trx) => {
        const chairs = await listChairs(trx, clinicId);
        const sessions = await sessionsBetween(trx, clinicId, from, new Date(from.getTime() + DAY_MS));
        await appendAudit(
          trx,
          auditEventFor(ctx, req, {
            action: "schedule.read",
            outcome: "success",
            resourceType: "schedule",
            resourceId: req.query.date,
          }),
        );
        return { date: req.query.date, chairs, sessions: await sessionsJson(trx, clinicId, sessions) };
      });
    },
  );

  app.post(
    "/api/sessions/:id/move",
    {
      config: { access: SCHEDULERS },
      schema: {
        summary: "Move a scheduled session to another time or chair; a chair already booked then is refused",
        params: IdParams,
        body: Type.Object({ startsAt: DateTime, chairId: Uuid }, closed),
        response: { 200: SessionSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      const clinicId = caller(req).user.clinicId;
      const startsAt = new Date(req.body.startsAt);
      const event = (outcome: "success" | "failure") =>
        auditEventFor(ctx, req, {
          action: "session.move",
          outcome,
          resourceType: "session",
          resourceId: req.params.id,
        });
      try {
        return await ctx.db.transaction().execute(async (trx) => {
          // Lock in the order approval uses (patient, session, chair): moves for one patient queue, so two at
          // once cannot both find the patient free, and neither path can deadlock the other.
          const [unlocked] = await sessionsById(trx, clinicId, [req.params.id]);
          if (!unlocked) throw new ApiError("not_found", "No such session.");
          await lockPatient(trx, clinicId, unlocked.patient.id);
          const session = await lockSession(trx, clinicId, req.params.id);
          if (!session) throw new ApiError("not_found", "No such session.");
          if (startsAt.getTime() <= ctx.clock().getTime()) {
            throw new ApiError("validation.failed", "A session can only be moved to a time still to come.", [
              { path: "/startsAt", message: "must be in the future" },
            ]);
          }
          if (session.status !== "scheduled") {
            throw new ApiError("conflict", `A session that is ${session.status} cannot be moved.`);
          }
          const chair = await lockChair(trx, clinicId, req.body.chairId);
          if (!chair) {
            throw new ApiError("validation.failed", "No such chair in this clinic.", [
              { path: "/chairId", message: "must be one of the clinic's chairs" },
            ]);
          }
          const clash = await chairClash(trx, clinicId, {
            chairId: chair.id,
            startsAt,
            durationMin: session.durationMin,
            exceptId: session.id,
          });
          if (clash) {
            throw new ApiError(
              "conflict",
              `${chair.name} is already booked from ${bookingTime(clash.startsAt)}.`,
            );
          }
          const own = await patientClash(trx, clinicId, {
            patientId: session.patient.id,
            startsAt,
            durationMin: session.durationMin,
            exceptId: session.id,
          });
          if (own) throw patientBusy(own);
          await moveSession(trx, clinicId, session.id, { startsAt, chairId: chair.id });
          await appendAudit(trx, event("success"));
          const [moved] = await sessionsJson(trx, clinicId, await sessionsById(trx, clinicId, [session.id]));
          return moved!;
        });
      } catch (err) {
        if (err instanceof ApiError) await appendAudit(ctx.db, event("failure"));
        throw err;
      }
    },
  );
}
