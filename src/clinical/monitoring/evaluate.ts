/**
 * The alert lifecycle. One pure step: state + event + now → new state, the active alerts and the alerts
 * that cleared. A reading from a monitor must be confirmed (a second reading, or persistence) before it
 * pages anyone; until then it shows at low priority flagged as a possible artefact. A confirmed condition
 * that persists escalates; an alert clears only after its condition has stayed gone for the hold time.
 */
import { producedBy } from "../provenance";
import { ACTION_RANK, type Condition, detectConditions, PRIORITY_RANK } from "./conditions";
import { applyEvent } from "./state";
import { DEFAULT_MONITORING_CONFIG, type MonitoringConfig, ms } from "./thresholds";
import type {
  Alert,
  ConditionTrack,
  EpochMs,
  Evaluation,
  MonitoringEvent,
  MonitoringState,
  Priority,
} from "./types";

const PRIORITIES: readonly Priority[] = ["low", "medium", "high"];
const raise = (p: Priority): Priority => PRIORITIES[Math.min(PRIORITY_RANK[p] + 1, 2)]!;
const higher = (a: Priority, b: Priority): Priority => (PRIORITY_RANK[a] >= PRIORITY_RANK[b] ? a : b);

function advanceTrack(
  prev: ConditionTrack | undefined,
  c: Condition,
  now: EpochMs,
  config: MonitoringConfig,
): ConditionTrack {
  const firstMetAt = prev?.firstMetAt ?? now;
  const hits = prev === undefined ? 1 : c.evidenceAt !== prev.lastEvidenceAt ? prev.hits + 1 : prev.hits;
  const confirmedNow =
    c.confirmation === "immediate" || hits >= 2 || now - firstMetAt >= ms(config, "timing.confirm");
  return {
    firstMetAt,
    confirmedAt: prev?.confirmedAt ?? (confirmedNow ? now : null),
    hits,
    lastEvidenceAt: c.evidenceAt,
  };
}

/** The parts of an alert that describe its condition. */
function describe(c: Condition) {
  return {
    ...producedBy(c.rule),
    sideEffectId: c.sideEffectId,
    title: c.title,
    trigger: c.trigger,
    recommendedAction: c.action,
    steps: c.steps,
    sources: c.rule.sources,
    evidence: c.rule.evidence,
  };
}

function alertFor(
  c: Condition,
  track: ConditionTrack,
  prev: Alert | undefined,
  now: EpochMs,
  config: MonitoringConfig,
): Alert {
  const raisedAt = prev?.raisedAt ?? now;
  if (track.confirmedAt === null) {
    return {
      key: c.key,
      ...describe(c),
      priority: "low",
      raisedAt,
      lastMetAt: now,
      suppressedAsArtefact: true,
    };
  }
  const shown = prev && !prev.suppressedAsArtefact ? prev : undefined;
  const persisted = c.escalateAfter !== null && now - track.confirmedAt >= ms(config, c.escalateAfter);
  const priority = higher(persisted ? raise(c.priority) : c.priority, shown?.priority ?? "low");
  // An alert never steps down while active: a less severe reading keeps the more severe rule's advice.
  const keepShown = shown !== undefined && ACTION_RANK[shown.recommendedAction] > ACTION_RANK[c.action];
  const content = keepShown ? describeAlert(shown) : describe(c);
  const escalatedAt =
    shown && PRIORITY_RANK[priority] > PRIORITY_RANK[shown.priority] ? now : shown?.escalatedAt;
  return {
    key: c.key,
    ...content,
    priority,
    raisedAt,
    ...(escalatedAt !== undefined ? { escalatedAt } : {}),
    lastMetAt: now,
  };
}

function describeAlert(a: Alert): ReturnType<typeof describe> {
  const {
    ruleId,
    ruleVersion,
    kbVersion,
    sideEffectId,
    title,
    trigger,
    recommendedAction,
    steps,
    sources,
    evidence,
  } = a;
  return {
    ruleId,
    ruleVersion,
    kbVersion,
    sideEffectId,
    title,
    trigger,
    recommendedAction,
    steps,
    sources,
    evidence,
  };
}

const byUrgency = (a: Alert, b: Alert): number =>
  PRIORITY_RANK[b.priority] - PRIORITY_RANK[a.priority] ||
  a.raisedAt - b.raisedAt ||
  (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * Conditions that a late vital-sign reading shows although a newer reading arrived first: the rules are run as
 * if the late values were the newest. Only readings at most `timing.late-reading` older than the newest count;
 * conditions the current state already shows are not repeated.
 */
function lateConditions(
  next: MonitoringState,
  event: MonitoringEvent,
  now: EpochMs,
  config: MonitoringConfig,
): Condition[] {
  if (event.type !== "vitals") return [];
  const window = ms(config, "timing.late-reading");
  const late = next.recent.filter(
    (r) =>
      r.at === event.at &&
      r.source === event.source &&
      next.latest[r.sign] !== undefined &&
      next.latest[r.sign]!.at > r.at &&
      next.latest[r.sign]!.at - r.at <= window,
  );
  if (late.length === 0) return [];
  const asIfNewest = {
    ...next,
    latest: { ...next.latest, ...Object.fromEntries(late.map((r) => [r.sign, r])) },
  };
  const shown = new Set(detectConditions(next, now, config).map((c) => c.key));
  return detectConditions(asIfNewest, now, config).filter((c) => !shown.has(c.key));
}

/**
 * Apply one event and re-evaluate every rule at `now` (epoch ms).
 * Deterministic and pure: the same state, event, time and configuration always give the same result.
 * @example
 * const s0 = initialMonitoringState({ sbp: 120, dbp: 80 });
 * const { alerts } = evaluate(s0, { type: "vitals", at: t, source: "monitor", values: { sbp: 165 } }, t);
 * // alerts[0]: key "bp-high", priority "low", suppressedAsArtefact: true (one reading, not yet confirmed)
 */
export function evaluate(
  state: MonitoringState,
  event: MonitoringEvent,
  now: EpochMs,
  config: MonitoringConfig = DEFAULT_MONITORING_CONFIG,
): Evaluation {
  const next = applyEvent(state, event);
  const conditions = [...detectConditions(next, now, config), ...lateConditions(next, event, now, config)];
  const previous = new Map(next.alerts.map((a) => [a.key, a]));
  const present = new Set(conditions.map((c) => c.key));
  const tracks: Record<string, ConditionTrack> = {};
  const alerts: Alert[] = [];
  const resolved: Alert[] = [];

  for (const c of conditions) {
    const track = advanceTrack(next.tracks[c.key], c, now, config);
    tracks[c.key] = track;
    alerts.push(alertFor(c, track, previous.get(c.key), now, config));
  }
  for (const a of next.alerts) {
    if (present.has(a.key)) continue;
    const clearingSince = a.clearingSince ?? now;
    if (now - clearingSince >= ms(config, "timing.clear-hold")) {
      resolved.push({ ...a, clearingSince });
      continue;
    }
    alerts.push({ ...a, clearingSince });
    // A confirmed condition that comes back during the hold keeps its confirmation and escalation clock;
    // an unconfirmed one starts again, so two separate single spikes are not read as persistence.
    const track = next.tracks[a.key];
    if (track && track.confirmedAt !== null) tracks[a.key] = track;
  }
  alerts.sort(byUrgency);
  const nextState: MonitoringState = { ...next, tracks, alerts };
  return { state: nextState, alerts, resolved };
}
