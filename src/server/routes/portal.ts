import { Type } from "typebox";
import { effectiveEntries } from "../../clinical/chair/corrections";
import { PREPARATION } from "../../clinical/chair/preparation";
import { checkinsFor } from "../../clinical/followup/checkins";
import { patientEducation } from "../../clinical/followup/education";
import { responseProblems } from "../../clinical/followup/pro-items";
import { responseTimePromise, triage } from "../../clinical/followup/triage";
import { appendAudit } from "../../store/audit";
import { latestSignedEvaluations } from "../../store/evaluations";
import { insertReport } from "../../store/reports";
import { upcomingSessions } from "../../store/schedule";
import { addReportToSummary, patientSummaries } from "../../store/summaries";
import { openItem } from "../../store/worklist";
import { notifyLive } from "../chair/notify";
import { type App, auditEventFor, type Context, caller } from "../context";
import { ApiError } from "../errors";
import { patientJourney, reportJson } from "../followup/patient-data";
import { followupConfig } from "../followup/settings";
import { publishItem } from "../followup/worklist";
import { DateTime, problemResponses, Text, Uuid } from "../schemas";

const closed = { additionalProperties: false } as const;
const Loose = (description: string) => Type.Object({}, { additionalProperties: true, description });
const ReportSchema = Loose("A report with its triage (see docs/architecture.md, follow-up)");
const Score = Type.Integer({ minimum: 0, maximum: 4 });
const Nrs = Type.Integer({ minimum: 0, maximum: 10 });

/** The check-in answers (`CheckinResponse` in src/clinical/followup/pro-items.ts). */
const AnswersSchema = Type.Object(
  {
    symptoms: Type.Array(
      Type.Object(
        {
          itemId: Text(100),
          answers: Type.Object(
            {
              frequency: Type.Optional(Score),
              severity: Type.Optional(Score),
              interference: Type.Optional(Score),
              presence: Type.Optional(Score),
            },
            closed,
          ),
        },
        closed,
      ),
      { maxItems: 50 },
    ),
    redFlags: Type.Array(Type.Object({ questionId: Text(100), answer: Type.Boolean() }, closed), {
      maxItems: 20,
    }),
    painNowNrs: Type.Optional(Nrs),
    painAverageNrs: Type.Optional(Nrs),
    reliefPercent: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
    freeText: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  closed,
);

const ReportRequestSchema = Type.Object(
  {
    clientId: Type.String({ minLength: 1, maxLength: 64, pattern: "^[A-Za-z0-9._:-]+$" }),
    sessionId: Type.Optional(Uuid),
    slot: Type.Optional(Type.Union([Text(100), Type.Null()])),
    onsetAt: Type.Optional(DateTime),
    answers: AnswersSchema,
  },
  closed,
);

/** The patient's own portal: what is next, how they are doing, and reporting symptoms after an infusion. */
export async function portalRoutes(app: App, ctx: Context): Promise<void> {
  const own = (req: Parameters<typeof caller>[0]) => {
    const { user } = caller(req);
    if (!user.patientId) throw new ApiError("auth.forbidden", "This account is not linked to a patient.");
    return { clinicId: user.clinicId, patientId: user.patientId };
  };
  const audit = (req: Parameters<typeof caller>[0], action: string, resourceId: string) =>
    auditEventFor(ctx, req, { action, outcome: "success", resourceType: "patient", resourceId });

  app.get(
    "/api/me/portal",
    {
      config: { access: ["patient"] },
      schema: {
        summary: "The patient's home: next infusion and how to prepare, pain over time, check-ins due",
        response: {
          200: Type.Object(
            {
              nextInfusion: Type.Union([Loose("The next booked infusion"), Type.Null()]),
              pain: Type.Array(Loose("A pain score: at, value, source")),
              response: Type.Union([Loose("PainResponse"), Type.Null()]),
              checkins: Loose("Check-ins due, overdue and upcoming"),
              responseTimeText: Type.String(),
              reports: Type.Array(ReportSchema),
            },
            closed,
          ),
          ...problemResponses(401, 403),
        },
      },
    },
    async (req) => {
      const { clinicId, patientId } = own(req);
      const now = ctx.clock();
      const config = await followupConfig(ctx.db, clinicId);
      const [journey, upcoming] = await Promise.all([
        patientJourney(ctx.db, clinicId, patientId, config.checkins, now.getTime()),
        upcomingSessions(ctx.db, clinicId, patientId, now),
      ]);
      await appendAudit(ctx.db, audit(req, "portal.read", patientId));
      const next = upcoming[0];
      return {
        nextInfusion: next
          ? {
              sessionId: next.id,
              startsAt: next.startsAt.getTime(),
              chairName: next.chair.name,
              preparation: PREPARATION.map((p) => p.text),
            }
          : null,
        pain: [...journey.pain],
        response: journey.response,
        checkins: journey.checkins,
        responseTimeText: responseTimePromise(config.triage),
        reports: journey.reports.map(reportJson),
      };
    },
  );

  app.get(
    "/api/me/education",
    {
      config: { access: ["patient"] },
      schema: {
        summary:
          "What to expect, written for the patient: the treatment, its side effects (those their own risks make more relevant first) and, after an infusion, what happened last time",
        response: {
          200: Loose("Education (src/clinical/followup/education.ts)"),
          ...problemResponses(401, 403),
        },
      },
    },
    async (req) => {
      const { clinicId, patientId } = own(req);
      const now = ctx.clock().getTime();
      const config = await followupConfig(ctx.db, clinicId);
      const [journey, evaluations] = await Promise.all([
        patientJourney(ctx.db, clinicId, patientId, config.checkins, now),
        latestSignedEvaluations(ctx.db, clinicId, [patientId]),
      ]);
      const last = journey.infusions.at(-1);
      const entries = last ? (journey.chart.get(last.sessionId) ?? []) : [];
      const startedAt = effectiveEntries(entries).find((e) => e.body.kind === "infusion-start")?.at ?? null;
      await appendAudit(ctx.db, audit(req, "education.read", patientId));
      return patientEducation({
        screeningFindings: evaluations.get(patientId)?.findings ?? [],
        lastInfusion: startedAt === null ? null : { startedAt, entries },
        checkins: config.checkins,
        emergencyNumber: config.triage.emergencyNumber,
      });
    },
  );

  app.get(
    "/api/me/reports",
    {
      config: { access: ["patient"] },
      schema: {
        summary: "The patient's own reports with what they were told",
        response: {
          200: Type.Object({ items: Type.Array(ReportSchema) }, closed),
          ...problemResponses(401, 403),
        },
      },
    },
    async (req) => {
      const { clinicId, patientId } = own(req);
      const config = await followupConfig(ctx.db, clinicId);
      const journey = await patientJourney(
        ctx.db,
        clinicId,
        patientId,
        config.checkins,
        ctx.clock().getTime(),
      );
      await appendAudit(ctx.db, audit(req, "report.list", patientId));
      return { items: journey.reports.map(reportJson) };
    },
  );

  app.post(
    "/api/me/reports",
    {
      config: { access: ["patient"] },
      schema: {
        summary:
          "Report symptoms after an infusion (a check-in or at any time); answered with the triage: red flags tell the patient to call at once and reach the clinic's worklist",
        body: ReportRequestSchema,
        response: {
          200: Type.Object({ report: ReportSchema }, closed),
          201: Type.Object({ report: ReportSchema }, closed),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (req, reply) => {
      const { clinicId, patientId } = own(req);
      const { answers } = req.body;
      const problems = responseProblems(answers);
      if (problems.length > 0) {
        const errors = problems.map((p) => ({ path: `/answers${p.path}`, message: p.message }));
        throw new ApiError("validation.failed", `The answers are not valid: ${problems[0]!.message}`, errors);
      }
      const now = ctx.clock();
      const onsetAt = req.body.onsetAt ? new Date(req.body.onsetAt) : null;
      if (onsetAt && onsetAt.getTime() > now.getTime() + 60_000) {
        throw new ApiError("validation.failed", "The symptoms cannot start in the future.", [
          { path: "/onsetAt", message: "must not be in the future" },
        ]);
      }
      const config = await followupConfig(ctx.db, clinicId);
      const result = triage(answers, config.triage);
      const outcome = await ctx.db.transaction().execute(async (trx) => {
        const infusions = (await patientSummaries(trx, clinicId, patientId)).filter(
          (s) => s.dischargedAt.getTime() <= now.getTime(),
        );
        // A report belongs to the infusion it follows: the one named, or the latest before it.
        const infusion = req.body.sessionId
          ? infusions.find((s) => s.sessionId === req.body.sessionId)
          : infusions.at(-1);
        if (req.body.sessionId && !infusion) {
          throw new ApiError("validation.failed", "sessionId is not one of your completed infusions.", [
            { path: "/sessionId", message: "must be one of your completed infusions" },
          ]);
        }
        const slot = req.body.slot ?? null;
        if (slot !== null) {
          const slots = infusion ? checkinsFor(infusion.dischargedAt.getTime(), config.checkins) : [];
          if (!slots.some((c) => c.id === slot)) {
            throw new ApiError("validation.failed", "slot is not a check-in of that infusion.", [
              { path: "/slot", message: `must be one of: ${slots.map((c) => c.id).join(", ") || "(none)"}` },
            ]);
          }
        }
        const { report, replayed } = await insertReport(
          trx,
          clinicId,
          {
            patientId,
            sessionId: infusion?.sessionId ?? null,
            slot,
            clientId: req.body.clientId,
            answers,
            triage: result,
            level: result.level,
            onsetAt,
            submittedBy: caller(req).user.id,
            kbVersion: result.producedBy.kbVersion,
          },
          now,
        );
        if (replayed) return { report, replayed, itemId: null };
        let itemId: string | null = null;
        if (result.worklistPriority) {
          const opened = await openItem(
            trx,
            clinicId,
            {
              topic: `report:${report.id}`,
              patientId,
              reportId: report.id,
              priority: result.worklistPriority,
              reason: { level: result.level, reasons: result.reasons, slot },
            },
            now,
          );
          itemId = opened.itemId;
          await notifyLive(trx, {
            kind: "worklist",
            clinicId,
            itemId,
            change: "opened",
            origin: ctx.chair.engine.instance,
          });
        }
        if (infusion) {
          await addReportToSummary(
            trx,
            clinicId,
            infusion.sessionId,
            {
              sideEffectIds: [...result.reasons, ...result.selfCare].map((r) => r.sideEffectId),
              averagePain: answers.painAverageNrs ?? null,
            },
            now,
          );
        }
        await appendAudit(trx, audit(req, "report.submit", patientId));
        return { report, replayed, itemId };
      });
      if (outcome.itemId) await publishItem(ctx.db, ctx.chair.hub, clinicId, outcome.itemId, "opened");
      reply.code(outcome.replayed ? 200 : 201);
      return { report: reportJson(outcome.report) };
    },
  );
}
