import { Type } from "typebox";
import { KB_VERSION } from "../../clinical/provenance";
import { overrideNeedsReason, screen } from "../../clinical/screening/screen";
import { isUniqueViolation } from "../../store/errors";
import {
  createEvaluation,
  type Evaluation,
  getEvaluation,
  listEvaluations,
  signEvaluation,
} from "../../store/evaluations";
import type { Patient } from "../../store/patients";
import type { App, Context } from "../context";
import { ApiError, type FieldError } from "../errors";
import {
  DecisionSchema,
  type EvaluationContent,
  EvaluationContentSchema,
  EvaluationSchema,
  EvaluationSummarySchema,
  ScreeningResultSchema,
} from "../planning/schemas";
import { onPatient } from "../planning/scope";
import { findingJson, findingsDiffer, impossibleValues, screeningInput } from "../planning/screening";
import { IdParams, problemResponses, Text, Uuid } from "../schemas";

const CLINICIANS = ["physician", "nurse"] as const;
const PHYSICIANS = ["physician"] as const;
const closed = { additionalProperties: false } as const;

const EvaluationParams = Type.Object({ id: Uuid, evaluationId: Uuid }, closed);

function refuseImpossible(errors: readonly FieldError[]): void {
  if (errors.length === 0) return;
  throw new ApiError(
    "validation.failed",
    `The evaluation has impossible values: ${errors.map((e) => `${e.path} ${e.message}`).join("; ")}.`,
    errors,
  );
}

/** An evaluation as JSON, with what today's rules say about the same form on the same day. */
function toResponse(e: Evaluation, patient: Patient) {
  const now = screen(screeningInput(e.content as EvaluationContent, patient, e.createdAt));
  return {
    id: e.id,
    patientId: e.patientId,
    version: e.version,
    previousId: e.previousId,
    status: e.signature ? ("signed" as const) : ("draft" as const),
    content: e.content as EvaluationContent,
    findings: e.findings.map(findingJson),
    suggestedDecision: e.suggestedDecision,
    kbVersion: e.kbVersion,
    createdAt: e.createdAt.toISOString(),
    createdBy: e.createdBy,
    signature: e.signature ? { ...e.signature, signedAt: e.signature.signedAt.toISOString() } : null,
    rulesNow: {
      kbVersion: now.kbVersion,
      differs: now.kbVersion !== e.kbVersion || findingsDiffer(e.findings, now.findings),
      findings: now.findings.map(findingJson),
    },
  };
}

/** Evaluations: live screening, append-only versions, physician signature. */
export async function evaluationRoutes(app: App, ctx: Context): Promise<void> {
  app.post(
    "/api/screening/preview",
    {
      config: { access: CLINICIANS },
      schema: {
        summary: "Screen an evaluation form without saving it (the server's live check)",
        body: Type.Object({ patientId: Uuid, content: EvaluationContentSchema }, closed),
        response: { 200: ScreeningResultSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (req) => {
      refuseImpossible(impossibleValues(req.body.content, ctx.clock()));
      const result = await onPatient(
        ctx,
        req,
        "screening.preview",
        req.body.patientId,
        async (_trx, patient) => screen(screeningInput(req.body.content, patient, ctx.clock())),
      );
      return {
        findings: result.findings.map(findingJson),
        decision: result.decision,
        kbVersion: result.kbVersion,
      };
    },
  );

  app.get(
    "/api/patients/:id/evaluations",
    {
      config: { access: CLINICIANS },
      schema: {
        summary: "A patient's evaluation versions, newest first",
        params: IdParams,
        response: {
          200: Type.Object({ items: Type.Array(EvaluationSummarySchema) }, closed),
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    async (req) => {
      const items = await onPatient(ctx, req, "evaluation.list", req.params.id, (trx, _p, auth) =>
        listEvaluations(trx, auth.user.clinicId, req.params.id),
      );
      return {
        items: items.map((e) => ({
          ...e,
          createdAt: e.createdAt.toISOString(),
          signedAt: e.signedAt?.toISOString() ?? null,
        })),
      };
    },
  );

  app.post(
    "/api/patients/:id/evaluations",
    {
      config: { access: CLINICIANS },
      schema: {
        summary: "Save an evaluation as a new version (a draft, or a re-evaluation of a signed one)",
        params: IdParams,
        body: Type.Object({ content: EvaluationContentSchema, previousId: Type.Optional(Uuid) }, closed),
        response: { 201: EvaluationSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (req, reply) => {
      const { content, previousId } = req.body;
      const at = ctx.clock();
      refuseImpossible(impossibleValues(content, at));
      const response = await onPatient(
        ctx,
        req,
        "evaluation.create",
        req.params.id,
        async (trx, patient, auth) => {
          const result = screen(screeningInput(content, patient, at));
          const created = await createEvaluation(trx, {
            clinicId: auth.user.clinicId,
            patientId: patient.id,
            previousId: previousId ?? null,
            content,
            findings: result.findings,
            suggestedDecision: result.decision,
            kbVersion: KB_VERSION,
            createdBy: auth.user.id,
            at,
          });
          if (!created) {
            throw new ApiError("validation.failed", "previousId is not one of this patient's evaluations.", [
              { path: "/previousId", message: "must be one of this patient's evaluations" },
            ]);
          }
          return toResponse(created, patient);
        },
      );
      return reply.code(201).send(response);
    },
  );

  app.get(
    "/api/patients/:id/evaluations/:evaluationId",
    {
      config: { access: CLINICIANS },
      schema: {
        summary: "One evaluation version as stored, with what today's rules would say",
        params: EvaluationParams,
        response: { 200: EvaluationSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (req) =>
      onPatient(ctx, req, "evaluation.read", req.params.id, async (trx, patient, auth) => {
        const found = await getEvaluation(trx, auth.user.clinicId, patient.id, req.params.evaluationId);
        if (!found) throw new ApiError("not_found", "No such evaluation.");
        return toResponse(found, patient);
      }),
  );

  app.post(
    "/api/patients/:id/evaluations/:evaluationId/sign",
    {
      config: { access: PHYSICIANS },
      schema: {
        summary: "Sign an evaluation with a decision; going against a contraindication needs a reason",
        params: EvaluationParams,
        body: Type.Object({ decision: DecisionSchema, reason: Type.Optional(Text(2000)) }, closed),
        response: { 200: EvaluationSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      const { decision } = req.body;
      const reason = req.body.reason?.trim() || null;
      return onPatient(ctx, req, "evaluation.sign", req.params.id, async (trx, patient, auth) => {
        const found = await getEvaluation(trx, auth.user.clinicId, patient.id, req.params.evaluationId);
        if (!found) throw new ApiError("not_found", "No such evaluation.");
        if (found.signature)
          throw new ApiError("conflict", "This evaluation is already signed; re-evaluate as a new version.");
        if (overrideNeedsReason(decision, found.findings) && !reason) {
          throw new ApiError(
            "validation.failed",
            "The findings include a contraindication: record why the patient is treated anyway.",
            [{ path: "/reason", message: "is required when the decision goes against a contraindication" }],
          );
        }
        try {
          await signEvaluation(trx, auth.user.clinicId, found.id, {
            decision,
            reason,
            signedBy: auth.user.id,
            at: ctx.clock(),
          });
        } catch (err) {
          if (isUniqueViolation(err)) throw new ApiError("conflict", "This evaluation is already signed.");
          throw err;
        }
        const signed = await getEvaluation(trx, auth.user.clinicId, patient.id, found.id);
        return toResponse(signed!, patient);
      });
    },
  );
}
