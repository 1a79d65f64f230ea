/** The side effects charted in a session, each with its latest grade, management and what was done. */
import { isRedFlag, managementFor, sideEffect } from "../catalogue";
import type { SideEffectId } from "../catalogue/types";
import { interventionText } from "./alerts-view";
import type { ChartEntry, EntryBody } from "./entries";
import type { SideEffectView } from "./view";

type Report = ChartEntry & { body: Extract<EntryBody, { kind: "side-effect" }> };

const gradeExists = (r: Report): boolean => {
  try {
    managementFor(r.body.sideEffectId, r.body.grade);
    return true;
  } catch {
    return false;
  }
};

export function sideEffectViews(effective: readonly ChartEntry[]): SideEffectView[] {
  const timeline = [...effective].sort((a, b) => a.at - b.at || a.seq - b.seq);
  const reports = new Map<SideEffectId, { first: Report; latest: Report; resolvedAt: number | null }>();
  for (const e of timeline) {
    const b = e.body;
    if (b.kind === "side-effect") {
      const r = e as Report;
      if (!gradeExists(r)) continue;
      const held = reports.get(b.sideEffectId);
      reports.set(b.sideEffectId, { first: held?.first ?? r, latest: r, resolvedAt: null });
    } else if (b.kind === "side-effect-resolved") {
      const held = reports.get(b.sideEffectId);
      if (held) reports.set(b.sideEffectId, { ...held, resolvedAt: e.at });
    }
  }
  return [...reports.entries()].map(([id, { first, latest, resolvedAt }]) => {
    const grade = latest.body.grade;
    const band = managementFor(id, grade);
    const redFlag = isRedFlag(id, grade);
    return {
      sideEffectId: id,
      name: sideEffect(id).clinicalName,
      grade,
      redFlag,
      loggedAt: first.at,
      resolvedAt,
      steps: band.steps,
      recommendedAction: redFlag ? "emergency" : band.action,
      interventions: timeline
        .filter((e) => e.body.kind === "intervention" && e.body.forSideEffect === id)
        .map((e) => ({
          entryId: e.id,
          at: e.at,
          text: interventionText(e.body as Extract<EntryBody, { kind: "intervention" }>),
        })),
    };
  });
}
