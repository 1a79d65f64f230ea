import type { FastifyRequest } from "fastify";
import { Type } from "typebox";
import { appendAudit } from "../../store/audit";
import { isUniqueViolation } from "../../store/errors";
import {
  createPatient,
  getPatient,
  type Patient,
  type PatientRecord,
  patientHistory,
  searchPatients,
  updatePatient,
} from "../../store/patients";
import { type App, type Auth, auditEventFor, type Context, caller } from "../context";
import { ApiError } from "../errors";
import {
  DateTime,
  IdParams,
  Paging,
  PatientChangesSchema,
  type PatientInput,
  PatientInputSchema,
  PatientSchema,
  PatientSummarySchema,
  problemResponses,
  Uuid,
} from "../schemas";

const STAFF = ["admin", "physician", "nurse"] as const;
const CLINICIANS = ["physician", "nurse"] as const;
const STAFF_AND_OWN_PATIENT = [...STAFF, "patient"] as const;

const ListQuery = Type.Object(
  { q: Type.Optional(Type.String({ maxLength: 100 })), ...Paging },
  { additionalProperties: false },
);

const HistorySchema = Type.Object(
  {
    versions: Type.Array(
      Type.Object(
        {
          version: Type.Integer(),
          recordedAt: DateTime,
          recordedBy: Type.Object({ id: Uuid, name: Type.String() }, { additionalProperties: false }),
          reason: Type.Union([Type.String(), Type.Null()]),
          changes: Type.Array(
            Type.Object(
              { field: Type.String(), from: Type.Unknown(), to: Type.Unknown() },
              { additionalProperties: false },
            ),
          ),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

function toRecord(input: PatientInput): PatientRecord {
  return { ...input, weight: input.weight ?? null, height: input.height ?? null };
}

function toResponse(p: Patient) {
  return { ...p, updatedAt: p.updatedAt.toISOString() };
}

/** A patient account may reach only the patient it is linked to; everything else looks absent. */
function mayReach(auth: Auth, patientId: string): boolean {
  return auth.user.role !== "patient" || auth.user.patientId === patientId;
}

/** Patients: search, create, read, correct (as a new version) and the version history. */
export async function patientRoutes(app: App, ctx: Context): Promise<void> {
  const audit = (
    req: FastifyRequest,
    action: string,
    resourceId: string | null,
    outcome: "success" | "failure",
  ) => auditEventFor(ctx, req, { action, outcome, resourceType: "patient", resourceId });

  /** Reads one patient's data for the caller in a transaction with its audit entry; 404 when out of reach. */
  async function readAudited<T>(
    req: FastifyRequest,
    action: string,
    id: string,
    read: (db: Context["db"], clinicId: string) => Promise<T | null>,
  ): Promise<T> {
    const auth = caller(req);
    const result = mayReach(auth, id) ? await read(ctx.db, auth.user.clinicId) : null;
    // A read writes nothing to share a transaction with, so its entry goes through the audit writer's group
    // commit; the answer still waits until the entry is durable.
    await appendAudit(ctx.db, audit(req, action, id, result ? "success" : "failure"));
    if (!result) throw new ApiError("not_found", "No such patient.");
    return result;
  }

  app.get(
    "/api/patients",
    {
      config: { access: STAFF },
      schema: {
        summary: "Search the clinic's patients by name, MRN or date of birth",
        querystring: ListQuery,
        response: {
          200: Type.Object(
            {
              items: Type.Array(PatientSummarySchema),
              total: Type.Integer(),
              page: Type.Integer(),
              pageSize: Type.Integer(),
            },
            { additionalProperties: false },
          ),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (req) => {
      const auth = caller(req);
      const page = req.query.page ?? 1;
      const pageSize = req.query.pageSize ?? 20;
      const result = await searchPatients(ctx.db, auth.user.clinicId, { q: req.query.q, page, pageSize });
      await appendAudit(ctx.db, audit(req, "patient.search", null, "success"));
      return { ...result, page, pageSize };
    },
  );

  app.post(
    "/api/patients",
    {
      config: { access: CLINICIANS },
      schema: {
        summary: "Register a patient (version 1)",
        body: PatientInputSchema,
        response: { 201: PatientSchema, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (req, reply) => {
      const auth = caller(req);
      const rec = { clinicId: auth.user.clinicId, recordedBy: auth.user.id, at: ctx.clock(), reason: null };
      try {
        const patient = await ctx.db.transaction().execute(async (trx) => {
          const created = await createPatient(trx, toRecord(req.body), rec);
          await appendAudit(trx, audit(req, "patient.create", created.id, "success"));
          return created;
        });
        return reply.code(201).send(toResponse(patient));
      } catch (err) {
        if (isUniqueViolation(err))
          throw new ApiError("conflict", "Another patient in this clinic has that MRN.");
        throw err;
      }
    },
  );

  app.get(
    "/api/patients/:id",
    {
      config: { access: STAFF_AND_OWN_PATIENT },
      schema: {
        summary: "The current version of a patient's record",
        params: IdParams,
        response: { 200: PatientSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (req) =>
      toResponse(
        await readAudited(req, "patient.read", req.params.id, (db, clinicId) =>
          getPatient(db, clinicId, req.params.id),
        ),
      ),
  );

  app.patch(
    "/api/patients/:id",
    {
      config: { access: CLINICIANS },
      schema: {
        summary: "Correct a patient's record: records a new version, the earlier ones stay",
        params: IdParams,
        body: PatientChangesSchema,
        response: { 200: PatientSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (req) => {
      const auth = caller(req);
      const { changes, reason } = req.body;
      const normalised: Partial<PatientRecord> = {
        ...changes,
        ...("weight" in changes ? { weight: changes.weight ?? null } : {}),
        ...("height" in changes ? { height: changes.height ?? null } : {}),
      };
      const rec = {
        clinicId: auth.user.clinicId,
        recordedBy: auth.user.id,
        at: ctx.clock(),
        reason: reason ?? null,
      };
      try {
        const updated = await ctx.db.transaction().execute(async (trx) => {
          const result = await updatePatient(trx, req.params.id, normalised, rec);
          await appendAudit(trx, audit(req, "patient.update", req.params.id, result ? "success" : "failure"));
          return result;
        });
        if (!updated) throw new ApiError("not_found", "No such patient.");
        return toResponse(updated);
      } catch (err) {
        if (isUniqueViolation(err))
          throw new ApiError("conflict", "Another patient in this clinic has that MRN.");
        throw err;
      }
    },
  );

  app.get(
    "/api/patients/:id/history",
    {
      config: { access: STAFF_AND_OWN_PATIENT },
      schema: {
        summary: "Every version of a patient's record, newest first, with what each changed",
        params: IdParams,
        response: { 200: HistorySchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (req) => {
      const versions = await readAudited(req, "patient.history", req.params.id, (db, clinicId) =>
        patientHistory(db, clinicId, req.params.id),
      );
      return { versions: versions.map((v) => ({ ...v, recordedAt: v.recordedAt.toISOString() })) };
    },
  );
}
