/**
 * What happened in the demo clinic before today: past infusions charted at the chair, the patient login's
 * check-ins after them, and a call-back on the worklist. Everything goes through the app's own routes, signed
 * in as the demo staff and patient, with the app's clock held at the moment each step happened, so the chart,
 * reports, calls and audit trail carry the times they would have had. Only the past sessions themselves are
 * inserted directly, because the routes book sessions in the future only.
 */
import { GATE_ITEMS } from "../clinical/chair/entries";
import { RED_FLAG_QUESTIONS } from "../clinical/followup/pro-items";
import { CHECK_SCHEDULES } from "../clinical/monitoring/schedule";
import { findClinic } from "../store/clinics";
import type { Executor } from "../store/db";
import { findPatientIdByMrn } from "../store/patients";
import { getPlan } from "../store/plans";
import { completedSessions, insertSessions, upcomingSessions } from "../store/schedule";
import { DEMO_CLINIC, DEMO_PASSWORD, lockDemoSeeding } from "../store/seed";

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
/** Past infusions start at 09:00 UTC (schedule days are UTC days). */
const START_MIN = 9 * 60;
/** Each step is recorded a little after the moment it describes, as at a real chair. */
const RECORDED_AFTER_MS = 20_000;

/** The app's clock, which the demo holds at past moments while it records them; otherwise the real time. */
export interface DemoClock {
  readonly now: () => Date;
  hold(at: Date | null): void;
}

export function createDemoClock(real: () => Date = () => new Date()): DemoClock {
  let held: Date | null = null;
  return {
    now: () => held ?? real(),
    hold: (at) => {
      held = at;
    },
  };
}

/** One request to the app, as `app.inject` takes it and answers it. */
export interface DemoRequest {
  readonly method: "GET" | "POST";
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly payload?: Record<string, unknown>;
}
export interface DemoResponse {
  readonly statusCode: number;
  readonly headers: Record<string, string | string[] | number | undefined>;
  readonly body: string;
}
export type SendToApp = (req: DemoRequest) => Promise<DemoResponse>;

export interface DemoInfusions {
  readonly infusions: number;
  readonly reports: number;
  readonly calls: number;
}

const NOTHING: DemoInfusions = { infusions: 0, reports: 0, calls: 0 };

type Actor = "nurse" | "patient";
/** The demo patient with a portal login (see `seedDemoData`). */
const PATIENT_LOGIN_MRN = "KG-1001";
const LOGINS: Record<Actor, string> = {
  nurse: "nurse1@demo.ketaguard.test",
  patient: "patient@demo.ketaguard.test",
};

/** Who is treated, on which past days (days before today), with pain before each infusion (0–10). */
interface DemoCourse {
  readonly mrn: string;
  readonly daysAgo: readonly number[];
  readonly painBefore: readonly number[];
}

/**
 * The patient login (KG-1001) had a daily course ten weeks ago and boosters since, the last three days ago,
 * so that infusion's 3-day check-in is due whatever the time of day. The others were treated more than 30
 * days ago, outside the follow-up window: they have no portal login to answer check-ins with. Busy days
 * share one nurse, who signs in once for them.
 */
const COURSES: readonly DemoCourse[] = [
  {
    mrn: "KG-1001",
    daysAgo: [66, 65, 64, 63, 62, 45, 31, 17, 10, 3],
    painBefore: [8, 8, 7, 7, 7, 6, 6, 5, 5, 4],
  },
  { mrn: "KG-1002", daysAgo: [64, 63, 62, 38], painBefore: [7, 7, 6, 5] },
  { mrn: "KG-1003", daysAgo: [52, 49, 45, 42], painBefore: [6, 6, 5, 5] },
  { mrn: "KG-1006", daysAgo: [66, 65, 64, 45], painBefore: [8, 8, 7, 6] },
];

/** Pain at the 1-day, 3-day and 7-day check-ins, relative to the pain before that infusion. */
const CHECKIN_RELIEF = [3, 3, 2];
const SLOTS = [
  { id: "fu.checkin.24h", afterHours: 24 },
  { id: "fu.checkin.72h", afterHours: 72 },
  { id: "fu.checkin.7d", afterHours: 168 },
] as const;

interface Step {
  readonly at: number;
  readonly actor: Actor;
  run(call: Caller): Promise<void>;
}

type Caller = (method: "GET" | "POST", url: string, payload?: Record<string, unknown>) => Promise<unknown>;

const redFlagsNone = () => RED_FLAG_QUESTIONS.map((q) => ({ questionId: q.id, answer: false }));

interface Context {
  readonly db: Executor;
  readonly clinicId: string;
  readonly counts: { reports: number; calls: number };
}

const VITALS_CHECK = CHECK_SCHEDULES.find((c) => c.id === "mon.check.vitals")!;

/** Minutes into an infusion of `end` minutes at which the clinic's schedule asks for a full set of vitals. */
function vitalsDue(end: number): number[] {
  const minutes = VITALS_CHECK.offsetsMinutes.filter((m) => m > 0 && m < end);
  const every = VITALS_CHECK.thenEveryMinutes;
  if (every !== null) {
    for (let m = VITALS_CHECK.offsetsMinutes.at(-1)! + every; m < end; m += every) minutes.push(m);
  }
  return minutes;
}

/** What charting one past infusion needs to know: the booking and the plan's pump rate and times. */
interface Booking {
  readonly patientId: string;
  readonly planId: string;
  readonly chairId: string;
  readonly durationMin: number;
  readonly infusionMin: number;
  readonly rateMgPerHour: number;
}

interface ViewSeen {
  readonly alerts?: readonly { key: string; raisedAt: number }[];
  readonly discharge?: { readiness?: { ready?: boolean; unmet?: readonly { detail: string }[] } | null };
}

/**
 * One infusion at the chair, as the nurse charts it: gate checks, baseline vitals and pain, the start at the
 * plan's rate, vitals when the clinic's schedule asks for them, a side effect treated and resolved or a blood pressure alert
 * acknowledged, stop, the observation with discharge scores and escort, and discharge.
 */
function infusionSteps(
  ctx: Context,
  booking: Booking,
  startsAt: number,
  pain: number,
  variant: number,
): { steps: Step[]; dischargedAt: number; sessionId: () => string } {
  let sessionId = "";
  let view: ViewSeen = {};
  const steps: Step[] = [];
  const chart = (offsetMin: number, body: Record<string, unknown> | (() => Record<string, unknown>)) => {
    const at = startsAt + offsetMin * MINUTE_MS;
    const n = steps.length;
    steps.push({
      at,
      actor: "nurse",
      run: async (call) => {
        const res = (await call("POST", `/api/sessions/${sessionId}/entries`, {
          clientId: `demo-${n}`,
          at: new Date(at).toISOString(),
          body: typeof body === "function" ? body() : body,
        })) as { card: { view: ViewSeen } };
        view = res.card.view;
      },
    });
  };
  steps.push({
    at: startsAt - 10 * MINUTE_MS,
    actor: "nurse",
    run: async () => {
      const { infusionMin: _, rateMgPerHour: __, ...session } = booking;
      [sessionId] = (await insertSessions(
        ctx.db,
        ctx.clinicId,
        [{ ...session, startsAt: new Date(startsAt) }],
        new Date(startsAt - 7 * DAY_MS),
      )) as [string];
    },
  });
  for (const item of GATE_ITEMS) chart(-8, { kind: "gate-check", item, outcome: "confirmed" });
  const base = {
    hr: 68 + (variant % 5),
    sbp: 118 + (variant % 7),
    dbp: 74 + (variant % 4),
    spo2: 98,
    rr: 14,
  };
  const during = { ...base, hr: base.hr + 4, sbp: base.sbp + 8, dbp: base.dbp + 4 };
  chart(-6, { kind: "vitals", baseline: true, ...base });
  chart(-5, { kind: "score", scale: "nrs", value: pain });
  chart(0, { kind: "infusion-start", rateMgPerHour: booking.rateMgPerHour });
  const end = booking.infusionMin;
  for (const m of vitalsDue(end)) chart(m, { kind: "vitals", ...during });
  // Without a monitor feed, a minute without vitals while infusing raises the lost-data alert: what the nurse
  // charts mid-infusion follows a set of vitals within the minute.
  if (variant % 3 === 1) {
    chart(15.25, { kind: "side-effect", sideEffectId: "nausea", grade: 2 });
    chart(15.5, {
      kind: "intervention",
      forSideEffect: "nausea",
      action: { type: "drug", drug: "Ondansetron", dose: 4, doseUnit: "mg", route: "IV" },
    });
    chart(30.25, { kind: "side-effect-resolved", sideEffectId: "nausea", note: "Settled after ondansetron" });
  } else if (variant % 3 === 2) {
    // Two readings 40 mmHg or more over baseline confirm a blood pressure rise; the nurse acknowledges and acts.
    const high = { kind: "vitals", ...base, sbp: base.sbp + 44, dbp: base.dbp + 12 };
    const alert = () => {
      const raised = view.alerts?.find((a) => a.key === "bp-high");
      if (!raised) throw new Error("the blood pressure rise raised no alert");
      return raised;
    };
    chart(20, high);
    chart(22, high);
    chart(22.25, () => ({ kind: "alert-ack", alertKey: alert().key, raisedAt: alert().raisedAt }));
    chart(22.5, () => ({
      kind: "intervention",
      forAlert: alert().key,
      action: { type: "non-drug", text: "Lights dimmed and patient reassured; rechecked in five minutes" },
    }));
    chart(27, { kind: "vitals", ...during });
  } else {
    chart(15.25, { kind: "side-effect", sideEffectId: "dissociation", grade: 1 });
    chart(30.25, { kind: "side-effect-resolved", sideEffectId: "dissociation" });
  }
  chart(end - 0.25, { kind: "vitals", ...during });
  chart(end, { kind: "stop", reason: "completed" });
  // Now and then the patient leaves before the full observation time, which the nurse explains in a note.
  const observed = booking.durationMin - end - (variant % 4 === 3 ? 20 : 0);
  chart(end + 15, { kind: "vitals", ...base });
  chart(end + 20, { kind: "score", scale: "moaas", value: 5 });
  chart(end + 21, { kind: "score", scale: "cadss6", value: 0 });
  chart(end + 25, { kind: "escort", present: true, name: "Partner" });
  for (let m = 45; m < observed - 5; m += 30) chart(end + m, { kind: "vitals", ...base, hr: base.hr + 1 });
  chart(end + observed - 5, { kind: "vitals", ...base, hr: base.hr + 2 });
  // The last score is charted as the patient gets ready to go; its answer tells whether all criteria are met.
  chart(end + observed, { kind: "score", scale: "aldrete", value: 10 });
  chart(end + observed + 1, () => {
    const readiness = view.discharge?.readiness;
    if (readiness?.ready) return { kind: "discharge" };
    const unmet = (readiness?.unmet ?? []).map((u) => u.detail).join(" ");
    return { kind: "discharge", note: `Seen by the physician; asked to leave early and was well. ${unmet}` };
  });
  return { steps, dischargedAt: startsAt + (end + observed + 1) * MINUTE_MS, sessionId: () => sessionId };
}

/** A report from the patient login about one infusion: a check-in (`slot`) or, with slot null, at any time. */
function reportStep(
  ctx: Context,
  at: number,
  sessionId: () => string,
  slot: string | null,
  answers: Record<string, unknown>,
  then?: (reportId: string) => void,
): Step {
  return {
    at,
    actor: "patient",
    run: async (call) => {
      const res = (await call("POST", "/api/me/reports", {
        clientId: `demo-${at}`,
        sessionId: sessionId(),
        slot,
        answers: { redFlags: redFlagsNone(), ...answers },
      })) as { report: { id: string } };
      ctx.counts.reports++;
      then?.(res.report.id);
    },
  };
}

const pain = (value: number) => ({ painNowNrs: value, painAverageNrs: value });
const symptom = (item: string, severity: number, interference: number) => ({
  itemId: `fu.pro.${item}`,
  answers: { severity, interference },
});

/**
 * The check-ins after the patient login's infusions, pain falling over the weeks. The last infusion's 1-day
 * check-in is answered and its 3-day one left due; dizziness reported after an earlier booster was called
 * back and closed; a headache reported this morning waits on the worklist for today's nurses.
 */
function followupSteps(
  ctx: Context,
  infusions: readonly { dischargedAt: number; sessionId: () => string; painBefore: number }[],
  now: number,
): Step[] {
  const steps: Step[] = [];
  const callBack = infusions.length - 3;
  let dizzyReport = "";
  const callAbout = (at: number) =>
    steps.push({
      at,
      actor: "nurse",
      run: async (call) => {
        const { items } = (await call("GET", "/api/worklist")) as {
          items: { id: string; report: { id: string } | null }[];
        };
        const item = items.find((i) => i.report?.id === dizzyReport);
        if (!item) throw new Error("the moderate dizziness reached no worklist item");
        await call("POST", `/api/worklist/${item.id}/calls`, {
          advice:
            "Dizziness eased by the evening. Advised to get up slowly, drink water and not drive until it is gone; to call again if it comes back.",
          outcome: "self-care-advised",
        });
        ctx.counts.calls++;
      },
    });
  for (const [i, infusion] of infusions.entries()) {
    const latest = i === infusions.length - 1;
    // During the daily course she was seen at the chair each morning and answered check-ins only after it.
    const inCourse =
      i + 1 < infusions.length && infusions[i + 1]!.dischargedAt - infusion.dischargedAt < 2 * DAY_MS;
    if (inCourse) continue;
    for (const [s, slot] of SLOTS.entries()) {
      if (latest && s > 0) break;
      const at = infusion.dischargedAt + slot.afterHours * HOUR_MS + 30 * MINUTE_MS;
      const value = Math.max(1, infusion.painBefore - CHECKIN_RELIEF[s]!);
      const dizzy = i === callBack && s === 0;
      steps.push(
        reportStep(
          ctx,
          at,
          infusion.sessionId,
          slot.id,
          { symptoms: dizzy ? [symptom("dizziness", 2, 2)] : [], ...pain(value) },
          (reportId) => {
            if (dizzy) dizzyReport = reportId;
          },
        ),
      );
      if (dizzy) callAbout(at + 2 * HOUR_MS);
    }
  }
  const last = infusions.at(-1);
  if (last) {
    steps.push(
      reportStep(ctx, now - 90 * MINUTE_MS, last.sessionId, null, {
        symptoms: [symptom("headache", 2, 2)],
        freeText: "Headache since yesterday evening, worse when I stand up.",
      }),
    );
  }
  return steps;
}

/**
 * The demo accounts' sign-ins: `as` signs in when the account is not signed in and sends its requests with the
 * session cookie and CSRF token; `signOut` ends the sign-in, as a user leaving for the day does.
 */
function accounts(send: SendToApp) {
  const signedIn = new Map<Actor, { cookie: string; csrf: string }>();
  const request = async (
    headers: Record<string, string>,
    method: "GET" | "POST",
    url: string,
    payload?: Record<string, unknown>,
  ) => {
    const res = await send({ method, url, headers, ...(payload === undefined ? {} : { payload }) });
    if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
    return { res, body: res.body ? (JSON.parse(res.body) as unknown) : null };
  };
  const callerFor =
    (session: { cookie: string; csrf: string }): Caller =>
    async (method, url, payload) =>
      (
        await request(
          { cookie: session.cookie, ...(method === "POST" ? { "x-csrf-token": session.csrf } : {}) },
          method,
          url,
          payload,
        )
      ).body;
  return {
    async as(actor: Actor): Promise<Caller> {
      let session = signedIn.get(actor);
      if (!session) {
        const { res, body } = await request({}, "POST", "/api/auth/login", {
          email: LOGINS[actor],
          password: DEMO_PASSWORD,
        });
        const setCookie = [res.headers["set-cookie"]].flat().map(String);
        const cookie = setCookie.map((c) => c.split(";")[0]!).find((c) => c.startsWith("kg_session="));
        if (!cookie) throw new Error(`signing in as ${LOGINS[actor]} set no session cookie`);
        session = { cookie, csrf: (body as { csrfToken: string }).csrfToken };
        signedIn.set(actor, session);
      }
      return callerFor(session);
    },
    async signOut(actor: Actor): Promise<void> {
      const session = signedIn.get(actor);
      if (!session) return;
      signedIn.delete(actor);
      await callerFor(session)("POST", "/api/auth/logout");
    },
  };
}

/**
 * Records the demo clinic's past: infusions on its treated patients' approved plans over the last ten weeks,
 * charted through the chair routes, and the patient login's reports and a call-back through the follow-up
 * routes, each at the moment it happened. Runs only when the demo clinic has its clinical history and no
 * completed session yet, so restarts record nothing more; instances starting together take the demo seeding
 * lock. `send` is the app's own request handling (`app.inject`), `clock` the app's clock and
 * `sessionIdleMinutes` the app's idle timeout.
 *
 * @returns how many infusions, reports and calls this call recorded (all zero when it recorded nothing).
 * @example
 * const clock = createDemoClock();
 * const { app } = await buildApp({ db, clock: clock.now });
 * await seedDemoInfusions(db, (r) => app.inject(r), clock);
 */
export async function seedDemoInfusions(
  db: Executor,
  send: SendToApp,
  clock: DemoClock,
  opts: { readonly sessionIdleMinutes?: number } = {},
): Promise<DemoInfusions> {
  // A sign-in idle for longer than the app allows would be refused: it is ended and a fresh one made instead.
  const idleMs = (opts.sessionIdleMinutes ?? 30) * MINUTE_MS;
  const now = clock.now().getTime();
  const today = now - (now % DAY_MS);
  return db.transaction().execute(async (trx) => {
    await lockDemoSeeding(trx);
    const clinic = await findClinic(trx, DEMO_CLINIC);
    if (!clinic) return NOTHING;
    const ctx: Context = { db, clinicId: clinic.id, counts: { reports: 0, calls: 0 } };
    const steps: Step[] = [];
    let variant = 0;
    let infusions = 0;
    for (const course of COURSES) {
      const patientId = await findPatientIdByMrn(trx, clinic.id, course.mrn);
      if (!patientId || (await completedSessions(trx, clinic.id, patientId)).length > 0) return NOTHING;
      // Today's booking names the approved plan and the patient's chair.
      const [next] = await upcomingSessions(trx, clinic.id, patientId, new Date(today));
      if (!next) return NOTHING;
      const plan = await getPlan(trx, clinic.id, patientId, next.planId);
      const infusion = (
        plan?.computation as { infusion?: { durationMin: number; deliveredRateMgPerHour: number } }
      )?.infusion;
      if (!infusion) return NOTHING;
      const booking: Booking = {
        patientId,
        planId: next.planId,
        chairId: next.chair.id,
        durationMin: next.durationMin,
        infusionMin: infusion.durationMin,
        rateMgPerHour: infusion.deliveredRateMgPerHour,
      };
      const charted = course.daysAgo.map((days, i) => {
        const startsAt = today - days * DAY_MS + START_MIN * MINUTE_MS;
        return {
          ...infusionSteps(ctx, booking, startsAt, course.painBefore[i]!, variant++),
          painBefore: course.painBefore[i]!,
        };
      });
      steps.push(...charted.flatMap((c) => c.steps));
      infusions += charted.length;
      if (course.mrn === PATIENT_LOGIN_MRN) steps.push(...followupSteps(ctx, charted, now));
    }
    const users = accounts(send);
    const timeline = [...steps].sort((a, b) => a.at - b.at);
    try {
      // Steps of different infusions and reports interleave in time; the clock only moves forward.
      for (const [i, step] of timeline.entries()) {
        clock.hold(new Date(step.at + RECORDED_AFTER_MS));
        await step.run(await users.as(step.actor));
        // Signed out before the sign-in would have gone idle; the next step signs in afresh.
        const next = timeline.slice(i + 1).find((s) => s.actor === step.actor);
        if (!next || next.at - step.at > idleMs) await users.signOut(step.actor);
      }
    } finally {
      clock.hold(null);
    }
    return { infusions, ...ctx.counts };
  });
}
