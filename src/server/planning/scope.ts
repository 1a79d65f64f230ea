import type { FastifyRequest } from "fastify";
import { appendAudit } from "../../store/audit";
import type { Executor } from "../../store/db";
import { getPatient, type Patient } from "../../store/patients";
import { type Auth, auditEventFor, type Context, caller } from "../context";
import { ApiError } from "../errors";

/**
 * Runs `work` on one of the caller's clinic's patients in a transaction with its audit entry (`action` on the
 * patient). A patient of another clinic, or none, is 404. When `work` refuses (throws), nothing it wrote is
 * kept and the refusal is audited as a failure.
 */
export async function onPatient<T>(
  ctx: Context,
  req: FastifyRequest,
  action: string,
  patientId: string,
  work: (trx: Executor, patient: Patient, auth: Auth) => Promise<T>,
): Promise<T> {
  const auth = caller(req);
  const event = (outcome: "success" | "failure") =>
    auditEventFor(ctx, req, { action, outcome, resourceType: "patient", resourceId: patientId });
  let done: { value: T } | null;
  try {
    done = await ctx.db.transaction().execute(async (trx) => {
      const patient = await getPatient(trx, auth.user.clinicId, patientId);
      if (!patient) {
        await appendAudit(trx, event("failure"));
        return null;
      }
      const value = await work(trx, patient, auth);
      await appendAudit(trx, event("success"));
      return { value };
    });
  } catch (err) {
    if (err instanceof ApiError) await appendAudit(ctx.db, event("failure"));
    throw err;
  }
  if (!done) throw new ApiError("not_found", "No such patient.");
  return done.value;
}
