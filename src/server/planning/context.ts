/** What planning needs to know about a patient: dosing weight, dose history, evaluations, course. */
import type { PastSession } from "../../clinical/dosing";
import { mg } from "../../clinical/units";
import type { Executor } from "../../store/db";
import { type Evaluation, latestEvaluation, latestSignedEvaluations } from "../../store/evaluations";
import type { Patient } from "../../store/patients";
import { getPlan } from "../../store/plans";
import { completedSessions } from "../../store/schedule";
import { ApiError } from "../errors";
import type { EvaluationContent } from "./schemas";
import { type DosingWeight, dosingWeight } from "./weight";

/** The course id of exposure recorded before this system: a course no plan belongs to. */
const EARLIER_EXPOSURE = "earlier-exposure";
/** The course id a plan without a previous version is computed for. */
const NEW_COURSE = "new-course";

export interface PlanningContext {
  readonly weight: DosingWeight | null;
  readonly history: PastSession[];
  readonly courseId: string;
  readonly latestSigned: Evaluation | null;
  /** The latest evaluation, signed or not. */
  readonly latest: Evaluation | null;
}

/**
 * Loads a patient's planning context. Dose history is the lifetime exposure the latest evaluation records,
 * plus every completed session at its plan's dose. A plan amending `previousId` is in that plan's course.
 */
export async function planningContext(
  trx: Executor,
  clinicId: string,
  patient: Patient,
  previousId: string | null,
  base = "",
): Promise<PlanningContext> {
  const latestSigned = (await latestSignedEvaluations(trx, clinicId, [patient.id])).get(patient.id) ?? null;
  const latest = await latestEvaluation(trx, clinicId, patient.id);
  const latestContent = latest?.content as EvaluationContent | undefined;
  let courseId = NEW_COURSE;
  if (previousId) {
    const previous = await getPlan(trx, clinicId, patient.id, previousId);
    if (!previous) {
      throw new ApiError("validation.failed", "previousId is not one of this patient's plans.", [
        { path: `${base}/previousId`, message: "must be one of this patient's plans" },
      ]);
    }
    courseId = previous.courseId;
  }
  const history: PastSession[] = [];
  const earlier = latestContent?.exposure.lifetimeMg ?? 0;
  if (earlier > 0) history.push({ courseId: EARLIER_EXPOSURE, delivered: mg(earlier) });
  for (const s of await completedSessions(trx, clinicId, patient.id)) {
    const dose = (s.computation as { perInfusion: { totalDoseMg: number } }).perInfusion.totalDoseMg;
    history.push({ courseId: s.courseId, delivered: mg(dose) });
  }
  return {
    weight: dosingWeight(patient.weight, latestContent?.vitals ?? null),
    history,
    courseId,
    latestSigned,
    latest,
  };
}
