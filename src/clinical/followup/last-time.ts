/**
 * "Last time": what happened at the patient's previous infusion, told back in plain sentences from its chart
 * (corrections applied), so they know what to expect next time.
 */
import type { SideEffectId } from "../catalogue/types";
import { effectiveEntries } from "../chair/corrections";
import type { ChartEntry, EntryBody } from "../chair/entries";
import type { EpochMs } from "../monitoring/types";

/** A rise in systolic pressure smaller than this is told as "stayed close to your usual level". */
export const BP_RISE_WORTH_TELLING_MMHG = 10;

/** What each effect was like, said as the patient lived it. */
const FELT: Readonly<Record<SideEffectId, string>> = {
  dizziness: "you felt dizzy",
  nausea: "you felt sick",
  vomiting: "you were sick",
  dissociation: "you felt detached, as if things were not real",
  "altered-perception": "things looked, sounded or felt different",
  tachycardia: "your heart beat faster",
  hypertension: "your blood pressure went up a lot",
  headache: "you had a headache",
  anxiety: "you felt anxious",
  agitation: "you felt restless",
  confusion: "you felt confused",
  "visual-disturbance": "your sight was blurred",
  "fatigue-sedation": "you felt very sleepy",
  hypersalivation: "your mouth filled with spit",
  "psychotic-symptoms": "you saw or heard things that were not there",
  "ketamine-cystitis": "you had bladder pain",
  anaphylaxis: "you had an allergic reaction",
  seizure: "you had a fit",
  "respiratory-depression": "your breathing slowed down",
  "liver-injury": "your liver tests went up",
};

type Of<K extends EntryBody["kind"]> = ChartEntry & { readonly body: Extract<EntryBody, { kind: K }> };
const is =
  <K extends EntryBody["kind"]>(kind: K) =>
  (e: ChartEntry): e is Of<K> =>
    e.body.kind === kind;

/** Minutes after the start, said the way a person would: exact under 10, else to the nearest 5; null before it. */
function minutesIn(at: EpochMs, startedAt: EpochMs): string | null {
  const m = (at - startedAt) / 60_000;
  if (m < 0) return null;
  const said = m < 10 ? Math.max(1, Math.round(m)) : Math.round(m / 5) * 5;
  return `about ${said} ${said === 1 ? "minute" : "minutes"}`;
}

function bloodPressure(entries: readonly ChartEntry[], startedAt: EpochMs): string[] {
  const vitals = entries.filter(is("vitals")).filter((e) => e.body.sbp !== undefined);
  const before = vitals.filter((e) => e.at <= startedAt);
  const baseline = before.filter((e) => e.body.baseline).at(-1) ?? before.at(-1);
  const after = vitals.filter((e) => e.at > startedAt);
  if (baseline === undefined || after.length === 0) return [];
  const base = baseline.body.sbp!;
  const peak = after.reduce((a, b) => (b.body.sbp! > a.body.sbp! ? b : a));
  if (peak.body.sbp! - base < BP_RISE_WORTH_TELLING_MMHG)
    return ["Your blood pressure stayed close to your usual level."];
  const settled = after.some((e) => e.at > peak.at && e.body.sbp! - base < BP_RISE_WORTH_TELLING_MMHG);
  return [
    `Your blood pressure rose most at ${minutesIn(peak.at, startedAt)} into the drip.`,
    ...(settled ? ["It came back down before you went home."] : []),
  ];
}

function sideEffects(entries: readonly ChartEntry[], startedAt: EpochMs): string[] {
  const reports = entries.filter(is("side-effect"));
  const told = new Set<SideEffectId>();
  const sentences: string[] = [];
  for (const report of reports) {
    const id = report.body.sideEffectId;
    if (told.has(id)) continue;
    told.add(id);
    const resolved = entries
      .filter(is("side-effect-resolved"))
      .find((e) => e.body.sideEffectId === id && e.at >= report.at);
    const helped = entries
      .filter(is("intervention"))
      .filter(
        (e) =>
          e.body.forSideEffect === id && e.at >= report.at && (resolved === undefined || e.at <= resolved.at),
      );
    const m = minutesIn(report.at, startedAt);
    sentences.push(
      m === null ? `Before the drip started, ${FELT[id]}.` : `At ${m} into the drip, ${FELT[id]}.`,
    );
    if (resolved === undefined) sentences.push("Tell us at your check-in if it is still there.");
    else if (helped.some((e) => e.body.action.type === "drug"))
      sentences.push("It settled after we gave you medicine.");
    else if (helped.length > 0) sentences.push("It settled after we helped you.");
    else sentences.push("It settled by itself.");
  }
  return sentences;
}

/**
 * Plain sentences about the last infusion: when blood pressure peaked and whether it came down, and each side
 * effect with when it began and what settled it. Withdrawn entries are left out; amended ones are read as amended.
 * @example lastTimeSentences(start, entries) // ["Your blood pressure rose most at about 40 minutes into the drip.", …]
 */
export function lastTimeSentences(startedAt: EpochMs, entries: readonly ChartEntry[]): string[] {
  const inForce = effectiveEntries(entries).sort((a, b) => a.at - b.at || a.seq - b.seq);
  const sentences = [...bloodPressure(inForce, startedAt), ...sideEffects(inForce, startedAt)];
  if (!inForce.some(is("side-effect"))) sentences.push("We did not note any side effects.");
  return sentences;
}
