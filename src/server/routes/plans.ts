import type { FastifyRequest } from "fastify";
import { Type } from "typebox";
import { findProtocol } from "../../clinical/dosing";
import { KB_VERSION } from "../../clinical/provenance";
import { appendAudit } from "../../store/audit";
import { isUniqueViolation } from "../../store/errors";
import { latestSignedEvaluations } from "../../store/evaluations";
import { lockPatient } from "../../store/patients";
import {
  approvePlan,
  createPlan,
  currentApprovedPlan,
  getPlan,
  listPlans,
  type PlanVersion,
} from "../../store/plans";
import {
  type Chair,
  cancelSessions,
  chairClash,
  insertSessions,
  lockChair,
  patientClash,
  reassignSessions,
  sessionsById,
  sessionsOfCourse,
  upcomingSessions,
} from "../../store/schedule";
import { type App, auditEventFor, type Context, caller } from "../context";
import { ApiError, type FieldError } from "../errors";
import { evaluatePlan, refuseUnsafe, unusable } from "../planning/checks";
import { computationJson, planFieldErrors, violationJson } from "../planning/dosing";
import { nextStarts, patternStartProblem } from "../planning/pattern";
import { pkPreview } from "../planning/pk";
import {
  ComputationSchema,
  PatternSchema,
  type PlanInput,
  PlanInputSchema,
  PlanVersionSchema,
  SessionSchema,
  ViolationSchema,
} from "../planning/schemas";
import { onPatient } from "../planning/scope";
import { bookingTime, patientBusy, sessionsJson } from "../planning/sessions";
import { suggestMedications } from "../planning/suggestions";
import { confirmedInFuture } from "../planning/weight";
import { DateTime, IdParams, IsoDate, problemResponses, Uuid } from "../schemas";

const CLINICIANS = ["physician", "nurse"] as const;
const PHYSICIANS = ["physician"] as const;
const closed = { additionalProperties: false } as const;

const Suggested = {
  premedications: Type.Array(
    Type.Object(
      {
        drug: Type.String(),
        dose: Type.String(),
        route: Type.String(),
        reason: Type.String(),
        sources: Type.Array(Type.String()),
      },
      closed,
    ),
  ),
  rescueMedications: Type.Array(
    Type.Object(
      {
        drug: Type.String(),
        dose: Type.String(),
        route: Type.String(),
        forSideEffect: Type.String(),
        sources: Type.Array(Type.String()),
      },
      closed,
    ),
  ),
};

const PreviewSchema = Type.Object(
  {
    weightKg: Type.Number(),
    weightMeasuredOn: IsoDate,
    weightStale: Type.Boolean(),
    computation: ComputationSchema,
    violations: Type.Array(ViolationSchema),
    pk: Type.Object(
      {
        model: Type.Object(
          { id: Type.String(), label: Type.String(), sources: Type.Array(Type.String()) },
          closed,
        ),
        timesMin: Type.Array(Type.Number()),
        concentrationNgPerMl: Type.Array(Type.Number()),
        bands: Type.Array(
          Type.Object(
            {
              id: Type.String(),
              label: Type.String(),
              lowNgPerMl: Type.Number(),
              highNgPerMl: Type.Union([Type.Number(), Type.Null()]),
              sources: Type.Array(Type.String()),
            },
            closed,
          ),
        ),
      },
      closed,
    ),
    suggestions: Type.Object(Suggested, closed),
  },
  closed,
);

/** What is wrong with a plan as entered, before any patient data is read. */
function inputErrors(plan: PlanInput, now: Date): FieldError[] {
  const errors = planFieldErrors(plan);
  if (confirmedInFuture(plan.weightConfirmedAt, now))
    errors.push({ path: "/plan/weightConfirmedAt", message: "must not be in the future" });
  return errors;
}

function refuseFields(errors: readonly FieldError[]): void {
  if (errors.length > 0) throw unusable(errors);
}

function toResponse(p: PlanVersion) {
  return {
    id: p.id,
    patientId: p.patientId,
    version: p.version,
    previousId: p.previousId,
    status: p.status,
    plan: p.plan as PlanInput,
    computation: p.computation as ReturnType<typeof computationJson>,
    violations: p.violations as ReturnType<typeof violationJson>[],
    kbVersion: p.kbVersion,
    weightKg: p.weightKg,
    createdAt: p.createdAt.toISOString(),
    createdBy: p.createdBy,
    approvedAt: p.approvedAt?.toISOString() ?? null,
    approvedBy: p.approvedBy,
  };
}

/** How far ahead a course may start: a plan is made for a patient as assessed now, not for years later. */
const MAX_BOOKING_AHEAD_MS = 366 * 24 * 60 * 60_000;

/** Start times for `count` new sessions after the course's last kept one, following the plan's pattern. */
function newStarts(input: PlanInput, first: Date, count: number, after: Date | null, now: Date): Date[] {
  if (count <= 0) return [];
  const problem =
    first.getTime() <= now.getTime()
      ? "must be in the future"
      : first.getTime() > now.getTime() + MAX_BOOKING_AHEAD_MS
        ? "must be within a year from now"
        : patternStartProblem(first, input.schedule.pattern);
  if (problem) {
    throw new ApiError("validation.failed", `firstSessionAt ${problem}.`, [
      { path: "/firstSessionAt", message: problem },
    ]);
  }
  return nextStarts(first, input.schedule.pattern, count, after);
}

/** Plans: preview, versions with limit checks, approval onto the schedule, and the patient's own summary. */
export async function planRoutes(app: App, ctx: Context): Promise<void> {
  app.post(
    "/api/plans/preview",
    {
      config: { access: CLINICIANS },
      schema: {
        summary: "Compute a plan for a patient without saving it: pump settings, totals, limits, PK curve",
        body: Type.Object(
          { patientId: Uuid, plan: PlanInputSchema, previousId: Type.Optional(Uuid) },
          closed,
        ),
        response: { 200: PreviewSchema, ...problemResponses(400, 401, 403, 404, 422) },
      },
    },
    async (req) => {
      const { plan, patientId, previousId } = req.body;
      const now = ctx.clock();
      refuseFields(inputErrors(plan, now));
      return onPatient(ctx, req, "plan.preview", patientId, async (trx, patient, auth) => {
        const { context, weight, weightStale, check } = await evaluatePlan(
          trx,
          auth.user.clinicId,
          patient,
          plan,
          previousId ?? null,
          now,
          "/plan",
        );
        const findings = (context.latestSigned ?? context.latest)?.findings ?? [];
        return {
          weightKg: weight.weightKg,
          weightMeasuredOn: weight.measuredOn,
          weightStale,
          computation: computationJson(check, plan),
          violations: check.violations.map(violationJson),
          pk: pkPreview(check.computation),
          suggestions: suggestMedications(findings),
        };
      });
    },
  );

  app.get(
    "/api/patients/:id/plans",
    {
      config: { access: CLINICIANS },
      schema: {
        summary: "A patient's plan versions, newest first",
        params: IdParams,
        response: {
          200: Type.Object({ items: Type.Array(PlanVersionSchema) }, closed),
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    async (req) => {
      const items = await onPatient(ctx, req, "plan.list", req.params.id, (trx, _p, auth) =>
        listPlans(trx, auth.user.clinicId, req.params.id),
      );
      return { items: items.map(toResponse) };
    },
  );

  app.post(
    "/api/patients/:id/plans",
    {
      config: { access: PHYSICIANS },
      schema: {
        summary:
          "Save a plan version (draft): refused over a hard limit, without soft-limit reasons, with a stale weight or without a signed evaluation",
        params: IdParams,
        body: Type.Object({ plan: PlanInputSchema, previousId: Type.Optional(Uuid) }, closed),
        response: { 201: PlanVersionSchema, ...problemResponses(400, 401, 403, 404, 422) },
      },
    },
    async (req, reply) => {
      const { plan, previousId } = req.body;
      const now = ctx.clock();
      refuseFields(inputErrors(plan, now));
      const saved = await onPatient(ctx, req, "plan.create", req.params.id, async (trx, patient, auth) => {
        const { context, weight, weightStale, check } = await evaluatePlan(
          trx,
          auth.user.clinicId,
          patient,
          plan,
          previousId ?? null,
          now,
          "/plan",
        );
        const signed = context.latestSigned?.signature;
        if (!signed || signed.decision === "not-eligible") {
          throw new ApiError(
            "plan.no_signed_evaluation",
            signed
              ? "The latest signed evaluation decided the patient is not eligible."
              : "The patient has no signed evaluation yet.",
          );
        }
        refuseUnsafe(weight, weightStale, check);
        const created = await createPlan(trx, {
          clinicId: auth.user.clinicId,
          patientId: patient.id,
          previousId: previousId ?? null,
          plan,
          computation: computationJson(check, plan),
          violations: check.violations.map(violationJson),
          kbVersion: KB_VERSION,
          weightKg: weight.weightKg,
          createdBy: auth.user.id,
          at: now,
        });
        return created!;
      });
      return reply.code(201).send(toResponse(saved));
    },
  );

  app.post(
    "/api/patients/:id/plans/:planId/approve",
    {
      config: { access: PHYSICIANS },
      schema: {
        summary:
          "Approve a plan version and schedule its sessions; a new version takes over future unstarted sessions",
        params: Type.Object({ id: Uuid, planId: Uuid }, closed),
        body: Type.Object({ firstSessionAt: DateTime, chairId: Uuid }, closed),
        response: {
          200: Type.Object({ plan: PlanVersionSchema, sessions: Type.Array(SessionSchema) }, closed),
          ...problemResponses(400, 401, 403, 404, 409, 422),
        },
      },
    },
    async (req) => {
      const now = ctx.clock();
      const first = new Date(req.body.firstSessionAt);
      return onPatient(ctx, req, "plan.approve", req.params.id, async (trx, patient, auth) => {
        const clinicId = auth.user.clinicId;
        // Approvals of one patient are decided one at a time: two drafts of a course approved at once would
        // otherwise each miss the other and book the course twice.
        await lockPatient(trx, clinicId, patient.id);
        const versions = await listPlans(trx, clinicId, patient.id);
        const plan = versions.find((p) => p.id === req.params.planId);
        if (!plan) throw new ApiError("not_found", "No such plan.");
        if (plan.status !== "draft")
          throw new ApiError("conflict", `This plan version is already ${plan.status}.`);
        const later = versions.find(
          (p) => p.courseId === plan.courseId && p.status === "approved" && p.version > plan.version,
        );
        if (later) {
          throw new ApiError(
            "conflict",
            `Version ${later.version} of this course is already approved; amend that one.`,
          );
        }
        const signed = (await latestSignedEvaluations(trx, clinicId, [patient.id])).get(
          patient.id,
        )?.signature;
        if (!signed || signed.decision === "not-eligible") {
          throw new ApiError(
            "plan.no_signed_evaluation",
            "The latest signed evaluation no longer allows treatment: re-evaluate before approving.",
          );
        }
        // The weight and the dose history may have changed since the version was saved: check it again.
        const input = plan.plan as PlanInput;
        const { weight, weightStale, check } = await evaluatePlan(
          trx,
          clinicId,
          patient,
          input,
          plan.previousId,
          now,
          "/plan",
        );
        if (weight.weightKg !== plan.weightKg) {
          throw new ApiError(
            "conflict",
            `This version was computed for ${plan.weightKg} kg; the patient's weight is now ${weight.weightKg} kg: save a new version.`,
          );
        }
        refuseUnsafe(weight, weightStale, check);
        const chairMinutes = input.infusion.durationMin + input.minObservationMinutes;
        try {
          await approvePlan(trx, clinicId, plan.id, auth.user.id, now);
        } catch (err) {
          if (isUniqueViolation(err))
            throw new ApiError("conflict", "This plan version is already approved.");
          throw err;
        }
        // Sessions already started, done or past stay with the version they were given under.
        const course = (await sessionsOfCourse(trx, clinicId, plan.courseId)).filter(
          (s) => s.status !== "cancelled",
        );
        const kept = course.filter((s) => s.status !== "scheduled" || s.startsAt <= now);
        const movable = course.filter((s) => s.status === "scheduled" && s.startsAt > now);
        const needed = Math.max(0, input.schedule.sessions - kept.length);
        const moved = movable.slice(0, needed);
        // Every chair whose bookings change is locked, the moved sessions' too (their chair time changes), in id
        // order and after the sessions, as a session move does: concurrent bookings then queue, never deadlock.
        let chair: Chair | null = null;
        for (const id of [...new Set([req.body.chairId, ...moved.map((s) => s.chair.id)])].sort()) {
          const locked = await lockChair(trx, clinicId, id);
          if (id === req.body.chairId) chair = locked;
        }
        if (!chair) {
          throw new ApiError("validation.failed", "No such chair in this clinic.", [
            { path: "/chairId", message: "must be one of the clinic's chairs" },
          ]);
        }
        await cancelSessions(
          trx,
          clinicId,
          movable.slice(needed).map((s) => s.id),
        );
        await reassignSessions(
          trx,
          clinicId,
          moved.map((s) => s.id),
          { planId: plan.id, durationMin: chairMinutes },
        );
        for (const s of moved) {
          const clash = await chairClash(trx, clinicId, {
            chairId: s.chair.id,
            startsAt: s.startsAt,
            durationMin: chairMinutes,
            exceptId: s.id,
          });
          if (clash) throw clashError(clash.startsAt, s.chair.name);
        }
        const last = [...kept, ...moved].at(-1)?.startsAt ?? null;
        const starts = newStarts(input, first, needed - moved.length, last, now);
        // Booked one at a time, so each new session is also checked against the ones booked before it: a chair
        // time longer than the pattern's interval would otherwise overlap the course's own sessions.
        const createdIds: string[] = [];
        for (const startsAt of starts) {
          const booking = { chairId: chair.id, startsAt, durationMin: chairMinutes };
          const clash = await chairClash(trx, clinicId, booking);
          if (clash) throw clashError(clash.startsAt, chair.name);
          const own = await patientClash(trx, clinicId, { ...booking, patientId: patient.id });
          if (own) throw patientBusy(own);
          createdIds.push(
            ...(await insertSessions(
              trx,
              clinicId,
              [{ ...booking, patientId: patient.id, planId: plan.id }],
              now,
            )),
          );
        }
        const sessions = await sessionsById(trx, clinicId, [...moved.map((s) => s.id), ...createdIds]);
        const approved = await getPlan(trx, clinicId, patient.id, plan.id);
        return { plan: toResponse(approved!), sessions: await sessionsJson(trx, clinicId, sessions) };
      });
    },
  );

  app.get(
    "/api/me/plan",
    {
      config: { access: ["patient"] },
      schema: {
        summary: "The signed-in patient's current plan and upcoming sessions",
        response: {
          200: Type.Object(
            {
              plan: Type.Union([
                Type.Object(
                  { protocolLabel: Type.String(), sessions: Type.Integer(), pattern: PatternSchema },
                  closed,
                ),
                Type.Null(),
              ]),
              upcoming: Type.Optional(
                Type.Array(Type.Object({ startsAt: DateTime, chairName: Type.String() }, closed)),
              ),
            },
            closed,
          ),
          ...problemResponses(401, 403),
        },
      },
    },
    async (req: FastifyRequest) => {
      const auth = caller(req);
      const patientId = auth.user.patientId!;
      const clinicId = auth.user.clinicId;
      return ctx.db.transaction().execute(async (trx) => {
        const plan = await currentApprovedPlan(trx, clinicId, patientId);
        const upcoming = plan ? await upcomingSessions(trx, clinicId, patientId, ctx.clock()) : [];
        await appendAudit(
          trx,
          auditEventFor(ctx, req, {
            action: "plan.read_own",
            outcome: "success",
            resourceType: "patient",
            resourceId: patientId,
          }),
        );
        if (!plan) return { plan: null };
        const input = plan.plan as PlanInput;
        return {
          plan: {
            protocolLabel: findProtocol(input.protocolId).label,
            sessions: input.schedule.sessions,
            pattern: input.schedule.pattern,
          },
          upcoming: upcoming.map((s) => ({ startsAt: s.startsAt.toISOString(), chairName: s.chair.name })),
        };
      });
    },
  );
}

function clashError(at: Date, chairName: string): ApiError {
  return new ApiError("conflict", `${chairName} is already booked at ${bookingTime(at)}.`);
}
