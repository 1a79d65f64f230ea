/**
 * A patient's journey after their infusions, read from the store: completed infusions with what was charted,
 * reports, check-ins and the pain series. The portal (patient) and the outcomes view (staff) share it.
 */
import { effectiveEntries } from "../../clinical/chair/corrections";
import type { ChartEntry } from "../../clinical/chair/entries";
import {
  type CheckinConfig,
  type CheckinState,
  checkinStatus,
  checkinsFor,
} from "../../clinical/followup/checkins";
import type { CheckinResponse } from "../../clinical/followup/pro-items";
import { type PainResponse, painResponse } from "../../clinical/outcomes/response";
import { patientChart } from "../../store/chart";
import type { Executor } from "../../store/db";
import { patientReports, type Report } from "../../store/reports";
import { type InfusionSummary, patientSummaries } from "../../store/summaries";

export interface PainPoint {
  readonly at: number;
  readonly value: number;
  readonly source: "before-infusion" | "check-in";
}

export interface CheckinSlotJson {
  readonly sessionId: string;
  readonly slot: string;
  readonly label: string;
  readonly dueAt: number;
  readonly overdueAt: number;
}

export interface PatientJourney {
  readonly infusions: readonly InfusionSummary[];
  readonly chart: ReadonlyMap<string, ChartEntry[]>;
  readonly reports: readonly Report[];
  readonly pain: readonly PainPoint[];
  readonly response: PainResponse | null;
  readonly checkins: { due: CheckinSlotJson[]; overdue: CheckinSlotJson[]; upcoming: CheckinSlotJson[] };
}

/** Check-ins older than this are no longer offered (answering a month-old check-in helps no one). */
const CHECKINS_SHOWN_FOR_MS = 30 * 86_400_000;

const startOf = (entries: readonly ChartEntry[]) =>
  entries.find((e) => e.body.kind === "infusion-start")?.at ?? null;

/** Pain charted before each infusion started, and the pain patients reported at check-ins. */
function painSeries(chart: ReadonlyMap<string, ChartEntry[]>, reports: readonly Report[]): PainPoint[] {
  const points: PainPoint[] = [];
  for (const entries of chart.values()) {
    const effective = effectiveEntries(entries);
    const start = startOf(effective);
    for (const e of effective) {
      if (e.body.kind === "score" && e.body.scale === "nrs" && (start === null || e.at <= start)) {
        points.push({ at: e.at, value: e.body.value, source: "before-infusion" });
      }
    }
  }
  for (const r of reports) {
    const answers = r.answers as CheckinResponse;
    const value = answers.painNowNrs ?? answers.painAverageNrs;
    if (value !== undefined) points.push({ at: r.submittedAt.getTime(), value, source: "check-in" });
  }
  return points.sort((a, b) => a.at - b.at);
}

/** Pain before the first infusion against the latest check-in: the IMMPACT class of the change. */
function responseOf(pain: readonly PainPoint[]): PainResponse | null {
  const baseline = pain.find((p) => p.source === "before-infusion");
  const latest = pain.filter((p) => p.source === "check-in").at(-1);
  if (!baseline || !latest || latest.at <= baseline.at) return null;
  return painResponse(Math.round(baseline.value), Math.round(latest.value));
}

function checkinsOf(
  infusions: readonly InfusionSummary[],
  reports: readonly Report[],
  config: CheckinConfig,
  now: number,
): PatientJourney["checkins"] {
  const due: CheckinSlotJson[] = [];
  const overdue: CheckinSlotJson[] = [];
  const upcoming: CheckinSlotJson[] = [];
  for (const s of infusions) {
    const ended = s.dischargedAt.getTime();
    if (now - ended > CHECKINS_SHOWN_FOR_MS) continue;
    const answers = reports
      .filter((r) => r.sessionId === s.sessionId && r.slot !== null)
      .map((r) => ({ checkinId: r.slot!, submittedAt: r.submittedAt.getTime() }));
    for (const state of checkinStatus(checkinsFor(ended, config), answers, now)) {
      const json = slotJson(s.sessionId, state);
      if (state.status === "due") due.push(json);
      else if (state.status === "overdue") overdue.push(json);
      else if (state.status === "upcoming") upcoming.push(json);
    }
  }
  return { due, overdue, upcoming: upcoming.sort((a, b) => a.dueAt - b.dueAt) };
}

const slotJson = (sessionId: string, s: CheckinState): CheckinSlotJson => ({
  sessionId,
  slot: s.checkin.id,
  label: s.checkin.label,
  dueAt: s.checkin.dueFrom,
  overdueAt: s.checkin.overdueAfter,
});

export async function patientJourney(
  db: Executor,
  clinicId: string,
  patientId: string,
  config: CheckinConfig,
  now: number,
): Promise<PatientJourney> {
  const [infusions, chart, reports] = await Promise.all([
    patientSummaries(db, clinicId, patientId),
    patientChart(db, clinicId, patientId),
    patientReports(db, clinicId, patientId),
  ]);
  const pain = painSeries(chart, reports);
  return {
    infusions,
    chart,
    reports,
    pain,
    response: responseOf(pain),
    checkins: checkinsOf(infusions, reports, config, now),
  };
}

/** A report as the API shows it. */
export const reportJson = (r: Report) => ({
  id: r.id,
  submittedAt: r.submittedAt.getTime(),
  sessionId: r.sessionId,
  slot: r.slot,
  level: r.level,
  triage: r.triage,
  answers: r.answers,
  onsetAt: r.onsetAt?.getTime() ?? null,
});
