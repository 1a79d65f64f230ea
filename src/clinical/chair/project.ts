/**
 * The session as the board and the session screen show it: everything derived from the charted entries
 * (corrections included) at `now`. Pure: the caller passes the time, and may pass the monitoring fold it
 * keeps so that thousands of monitor readings are not evaluated again on every view.
 */
import { evaluate } from "../monitoring/evaluate";
import { checksDue } from "../monitoring/schedule";
import type { MonitoringEvent } from "../monitoring/types";
import { producedBy } from "../provenance";
import { alertViews } from "./alerts-view";
import { type ChairConfig, DEFAULT_CHAIR_CONFIG } from "./config";
import { effectiveEntries, isCorrection } from "./corrections";
import type { ChartEntry, ChartScoreScale } from "./entries";
import { gateStatus } from "./gate";
import { type InfusionCourse, infusionCourse, infusionView } from "./infusion";
import { foldMonitoring, type MonitoringFold, monitoringEvents } from "./monitoring-events";
import { readinessFor } from "./readiness";
import { sideEffectViews } from "./side-effects-view";
import { feedView, trend } from "./signals";
import type { Phase, SessionFacts, SessionView } from "./view";

/** What the projection records as having produced the view. */
export const SESSION_VIEW_RULE = { id: "chair.session-view", version: "1.0.0" } as const;

export interface ProjectOptions {
  /** The fold the caller keeps for this session; entries it has not seen yet are applied to it. */
  readonly monitoring?: MonitoringFold;
  readonly config?: ChairConfig;
}

function phaseOf(effective: readonly ChartEntry[], course: InfusionCourse, ready: boolean): Phase {
  if (effective.some((e) => e.body.kind === "discharge")) return "discharged";
  switch (course.status) {
    case "infusing":
      return "infusing";
    case "paused":
      return "paused";
    case "stopped":
      return ready ? "ready-for-discharge" : "observing";
    case "not-started":
      return effective.length === 0 ? "waiting" : "pre-checks";
  }
}

/** The fold brought up to date with `entries`; rebuilt when a correction arrived since it was made. */
function currentFold(
  entries: readonly ChartEntry[],
  effective: readonly ChartEntry[],
  given: MonitoringFold | undefined,
  config: ChairConfig,
): MonitoringFold {
  if (given === undefined) return foldMonitoring(null, effective, config.monitoring);
  const unseen = entries.filter((e) => e.seq > given.lastSeq);
  if (unseen.length === 0) return given;
  if (unseen.some(isCorrection)) return foldMonitoring(null, effective, config.monitoring);
  return foldMonitoring(given, unseen, config.monitoring);
}

function latestScores(effective: readonly ChartEntry[]): SessionView["scores"] {
  const scores: Partial<Record<ChartScoreScale, { value: number; at: number }>> = {};
  for (const e of effective) {
    if (e.body.kind !== "score") continue;
    const held = scores[e.body.scale];
    if (!held || e.at >= held.at) scores[e.body.scale] = { value: e.body.value, at: e.at };
  }
  return scores;
}

function checks(
  course: InfusionCourse,
  effective: readonly ChartEntry[],
  phase: Phase,
  now: number,
): SessionView["checks"] {
  if (course.startedAt === null || phase === "discharged") return { due: [], overdue: [], next: null };
  const events: MonitoringEvent[] = [];
  for (const e of effective) {
    if (e.body.kind === "vitals" || e.body.kind === "score") events.push(...monitoringEvents(e));
  }
  const r = checksDue(course.startedAt, events, now);
  const next = r.upcoming.reduce<(typeof r.upcoming)[number] | null>(
    (a, c) => (a === null || c.dueAt < a.dueAt ? c : a),
    null,
  );
  return { due: r.due, overdue: r.overdue, next };
}

/**
 * The session view at `now` from the raw entries (corrections included).
 * @example projectSession(facts, entries, Date.now(), { monitoring: cachedFold }).phase // "infusing"
 */
export function projectSession(
  facts: SessionFacts,
  entries: readonly ChartEntry[],
  now: number,
  options: ProjectOptions = {},
): SessionView {
  const config = options.config ?? DEFAULT_CHAIR_CONFIG;
  const effective = effectiveEntries(entries);
  const course = infusionCourse(effective);
  const fold = currentFold(entries, effective, options.monitoring, config);
  const ticked = evaluate(fold.state, { type: "tick", at: now }, now, config.monitoring);
  const readiness = readinessFor(course, effective, now, config);
  const phase = phaseOf(effective, course, readiness?.ready ?? false);
  let escort: boolean | null = null;
  let escortAt = Number.NEGATIVE_INFINITY;
  let dischargedAt: number | null = null;
  for (const e of effective) {
    if (e.body.kind === "escort" && e.at >= escortAt) {
      escort = e.body.present;
      escortAt = e.at;
    } else if (e.body.kind === "discharge" && dischargedAt === null) dischargedAt = e.at;
  }
  return {
    ...producedBy(SESSION_VIEW_RULE),
    sessionId: facts.sessionId,
    phase,
    gate: gateStatus(facts, effective, config, course.startedAt),
    infusion: infusionView(course, facts.plan.doseMg, now),
    baseline: ticked.state.baseline,
    latestVitals: ticked.state.latest,
    trend: trend(effective, now),
    checks: checks(course, effective, phase, now),
    scores: latestScores(effective),
    sideEffects: sideEffectViews(effective),
    alerts: alertViews(ticked.alerts, ticked.state.tracks, effective, now, config),
    feed: feedView(effective, phase, now, config),
    discharge: { readiness, escortPresent: escort, dischargedAt },
  };
}
