/**
 * Whether an entry may be charted now: the infusion's state machine, the gate, rate limits, discharge
 * rules and who may override the gate. The server asks before storing anything.
 */
import { type ChairConfig, DEFAULT_CHAIR_CONFIG } from "./config";
import type { ChartEntry, EntryBody } from "./entries";
import { gatePasses, gateStatus } from "./gate";
import { infusionCourse, infusionEntries } from "./infusion";
import { rateCeiling } from "./rate-limits";
import { readinessFor } from "./readiness";
import type { SessionFacts } from "./view";

export { correctionProblem } from "./corrections";

export interface EntryProblem {
  readonly code: "chair.gate_incomplete" | "chair.invalid_transition" | "auth.forbidden";
  readonly detail: string;
}

const STAFF = new Set(["nurse", "physician"]);
const invalid = (detail: string): EntryProblem => ({ code: "chair.invalid_transition", detail });

function rateProblem(facts: SessionFacts, rate: number): EntryProblem | null {
  if (!(rate > 0) || !Number.isFinite(rate)) return invalid(`The rate must be above 0 mg/h (got ${rate}).`);
  const ceiling = rateCeiling(facts.plan);
  if (ceiling && rate > ceiling.maxMgPerHour) {
    return invalid(
      `${rate} mg/h is above the drug library's hard limit of ${Math.round(ceiling.maxMgPerHour * 100) / 100} mg/h (${ceiling.limitId}).`,
    );
  }
  return null;
}

export interface EntryOptions {
  /** The entry corrects this one: the state machine is not applied again (see `correctionProblem`). */
  readonly amends?: string | null;
  readonly config?: ChairConfig;
}

/**
 * Why `body` cannot be charted at `at` by someone in `role`, given the effective entries so far; null when it
 * can. Corrections (`options.amends`) are checked for their values and roles only.
 * @example entryProblem(facts, [], { kind: "pause", reason: "nausea" }, at, "nurse")?.code // "chair.invalid_transition"
 */
export function entryProblem(
  facts: SessionFacts,
  effective: readonly ChartEntry[],
  body: EntryBody,
  at: number,
  role: string | null,
  options: EntryOptions = {},
): EntryProblem | null {
  const config = options.config ?? DEFAULT_CHAIR_CONFIG;
  if (role === null || !STAFF.has(role))
    return { code: "auth.forbidden", detail: "Only nurses and physicians chart at the chair." };
  if (body.kind === "gate-override" && role !== "physician") {
    return { code: "auth.forbidden", detail: "Only a physician can override the pre-infusion gate." };
  }
  const rate = "rateMgPerHour" in body ? rateProblem(facts, body.rateMgPerHour) : null;
  if (rate) return rate;
  const isCorrection = options.amends !== undefined && options.amends !== null;
  if (body.kind === "entered-in-error" && !isCorrection)
    return invalid("Entered in error must name the entry it withdraws.");
  if (isCorrection) return null;
  if (facts.cancelled) return invalid("The session is cancelled.");
  if (effective.some((e) => e.body.kind === "discharge"))
    return invalid("The patient has been discharged; only corrections can be charted.");

  const course = infusionCourse(effective);
  const lastInfusionAt = infusionEntries(effective).at(-1)?.at;
  const kind = body.kind;
  const isInfusionEntry =
    kind === "infusion-start" ||
    kind === "rate-change" ||
    kind === "pause" ||
    kind === "resume" ||
    kind === "stop";
  if (isInfusionEntry && lastInfusionAt !== undefined && at < lastInfusionAt) {
    return invalid("An infusion entry cannot be earlier than the last one charted.");
  }
  switch (kind) {
    case "gate-override":
      return course.status === "not-started" ? null : invalid("The infusion has already started.");
    case "infusion-start": {
      if (course.status !== "not-started") return invalid("The infusion has already been started.");
      const gate = gateStatus(facts, effective, config, at);
      if (gatePasses(gate)) return null;
      const missing = gate.items.filter((i) => i.required && !i.met).map((i) => `${i.label}: ${i.detail}`);
      return { code: "chair.gate_incomplete", detail: `Before the start: ${missing.join(" ")}` };
    }
    case "rate-change":
      return course.status === "infusing"
        ? null
        : invalid(`The rate can change only while infusing (now ${course.status}).`);
    case "pause":
      return course.status === "infusing"
        ? null
        : invalid(`Only a running infusion can be paused (now ${course.status}).`);
    case "resume":
      return course.status === "paused"
        ? null
        : invalid(`Only a paused infusion can be resumed (now ${course.status}).`);
    case "stop":
      return course.status === "infusing" || course.status === "paused"
        ? null
        : invalid(`Only a running or paused infusion can be stopped (now ${course.status}).`);
    case "discharge": {
      if (course.status !== "stopped") return invalid("Discharge comes after the infusion has stopped.");
      if (body.note?.trim()) return null;
      const readiness = readinessFor(course, effective, at, config);
      if (readiness?.ready) return null;
      const unmet = readiness
        ? readiness.unmet.map((u) => u.detail).join(" ")
        : "Readiness cannot be judged without baseline BP and pulse.";
      return invalid(`Discharge criteria are not met (${unmet}); add a note explaining the discharge.`);
    }
    default:
      return null;
  }
}
