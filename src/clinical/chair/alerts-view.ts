/**
 * Active alerts as the chair shows them: acknowledgements, the actions charted against them, and whether an
 * unanswered high-priority alert has gone to the physician.
 */
import type { Alert, EpochMs, MonitoringState } from "../monitoring/types";
import { type ChairConfig, settingMs } from "./config";
import type { ChartEntry, EntryBody } from "./entries";
import type { AlertView } from "./view";

type Intervention = Extract<EntryBody, { kind: "intervention" }>;

/** How an intervention reads on the chart. */
export function interventionText(body: Intervention): string {
  const a = body.action;
  return a.type === "drug" ? `${a.drug} ${a.dose} ${a.doseUnit} ${a.route}` : a.text;
}

/**
 * When the alert became high priority: its escalation, or else when its condition was confirmed (a
 * possible artefact is shown at low priority until then), or else its raising.
 */
const highSince = (a: Alert, tracks: MonitoringState["tracks"]): EpochMs =>
  a.escalatedAt ?? tracks[a.key]?.confirmedAt ?? a.raisedAt;

export function alertViews(
  alerts: readonly Alert[],
  tracks: MonitoringState["tracks"],
  effective: readonly ChartEntry[],
  now: EpochMs,
  config: ChairConfig,
): AlertView[] {
  const acks = new Map<string, ChartEntry>();
  const actions = new Map<string, AlertView["actions"][number][]>();
  for (const e of effective) {
    const b = e.body;
    if (b.kind === "alert-ack") {
      const key = `${b.alertKey}@${b.raisedAt}`;
      const held = acks.get(key);
      if (!held || e.at < held.at) acks.set(key, e);
    } else if (b.kind === "intervention" && b.forAlert !== undefined) {
      const list = actions.get(b.forAlert) ?? [];
      list.push({ entryId: e.id, at: e.at, text: interventionText(b) });
      actions.set(b.forAlert, list);
    }
  }
  const after = settingMs(config, "chair.timing.physician-escalation");
  return alerts.map((a) => {
    const ack = acks.get(`${a.key}@${a.raisedAt}`);
    return {
      ...a,
      acknowledged: ack ? { by: ack.recordedBy, at: ack.at } : null,
      escalatedToPhysician: !ack && a.priority === "high" && now - highSince(a, tracks) > after,
      actions: (actions.get(a.key) ?? []).filter((x) => x.at >= a.raisedAt).sort((x, y) => x.at - y.at),
    };
  });
}
