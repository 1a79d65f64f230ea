import { sql } from "kysely";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GATE_ITEMS } from "../src/clinical/chair/entries";
import { RED_FLAG_QUESTIONS } from "../src/clinical/followup/pro-items";
import { BASELINE, chart, today } from "../src/server/chair/testing";
import { seedDemoClinicalHistory } from "../src/server/demo";
import { signIn as apiSignIn, type Session } from "../src/server/testing";
import { expectAccessible } from "./support/axe";
import { type BrowserSession, launchBrowser } from "./support/browser";
import { appAndBrowserForFile, field } from "./support/harness";
import { screenshotForDocs } from "./support/screenshots";
import { DEMO, signIn } from "./support/session";

const harness = appAndBrowserForFile();
/** The nurse on the worklist, in a browser of her own (own cookies, own event stream). */
let nurseBrowser: BrowserSession;
beforeAll(async () => {
  nurseBrowser = await launchBrowser();
});
afterAll(() => nurseBrowser?.close());

/** A phone, as most patients will use the portal. */
const PHONE = { width: 390, height: 844 };
const MINUTE_MS = 60_000;
const CHECKIN_HOURS = "Check-ins after each infusion (hours after it ended)";
const RESPONSE_TIME = "What patients are told about when their reports are read (null: the default wording)";
const RESPONSE_TIME_TEXT =
  "We read reports from 8 am to 6 pm on weekdays. No one reads them at night or at weekends.";
const BLADDER = RED_FLAG_QUESTIONS.find((q) => q.id === "fu.red-flag.bladder")!;

let mayaId: string;

/**
 * Runs the patient login's session of today from the checks to discharge over the API, as the nurse would
 * have charted it over the last hour, with pain scored before and nausea grade 2 during it so "last time"
 * has something to tell.
 */
async function infuseMayaToday(): Promise<void> {
  const { app } = harness;
  await seedDemoClinicalHistory(app.db, new Date());
  const nurse = await apiSignIn(app.base, DEMO.nurse);
  mayaId = (await apiSignIn(app.base, DEMO.patient)).me.patientId!;
  await noteNauseaProne(await apiSignIn(app.base, DEMO.physician));
  const board = await nurse.request("GET", `/api/board?date=${today()}`);
  const card = board.body.cards.find(
    (c: { session: { patient: { id: string } } }) => c.session.patient.id === mayaId,
  );
  if (!card) throw new Error("the demo seeded no session today for the patient login");
  const id: string = card.session.id;
  // An hour ago: checks and baseline, pain 8/10, then her planned 32 mg over 40 minutes (48 mg/h).
  const t0 = Date.now() - 60 * MINUTE_MS;
  const entries: [Record<string, unknown>, number][] = [
    ...GATE_ITEMS.map((item): [Record<string, unknown>, number] => [
      { kind: "gate-check", item, outcome: "confirmed" },
      t0,
    ]),
    [BASELINE, t0 + MINUTE_MS],
    [{ kind: "score", scale: "nrs", value: 8 }, t0 + 2 * MINUTE_MS],
    [{ kind: "infusion-start", rateMgPerHour: 48 }, t0 + 5 * MINUTE_MS],
    [{ kind: "side-effect", sideEffectId: "nausea", grade: 2 }, t0 + 20 * MINUTE_MS],
    [{ kind: "stop", reason: "completed" }, t0 + 45 * MINUTE_MS],
    [{ kind: "discharge", note: "Seen by the physician; went home with her partner" }, Date.now()],
  ];
  for (const [body, at] of entries) {
    const res = await chart(nurse, id, body, { at: new Date(at) });
    if (res.status !== 201) throw new Error(`${body.kind}: ${res.status} ${JSON.stringify(res.body)}`);
  }
}

/**
 * Maya stopped duloxetine for nausea: the physician re-screens her with "prone to nausea" recorded, so her
 * education marks nausea and vomiting as mattering more for her, and why.
 */
async function noteNauseaProne(physician: Session): Promise<void> {
  const base = `/api/patients/${mayaId}/evaluations`;
  const [latest] = (await physician.request("GET", base)).body.items;
  const { content } = (await physician.request("GET", `${base}/${latest.id}`)).body;
  const measuredAt = new Date(Date.now() - 60_000).toISOString();
  const saved = await physician.request("POST", base, {
    body: {
      content: {
        ...content,
        conditions: ["nausea-motion-sickness"],
        vitals: { ...content.vitals, measuredAt },
      },
    },
  });
  if (saved.status !== 201) throw new Error(`evaluation: ${saved.status} ${JSON.stringify(saved.body)}`);
  const signed = await physician.request("POST", `${base}/${saved.body.id}/sign`, {
    body: { decision: "eligible" },
  });
  if (signed.status !== 200) throw new Error(`sign: ${signed.status} ${JSON.stringify(signed.body)}`);
}

/** The open worklist item of one patient, found by MRN. */
const worklistItem = (page: Page, mrn: string) =>
  page.locator("article.worklist-item", { hasText: `MRN ${mrn}` });

describe("after the infusion: the patient at home, the nurse on the worklist, the physician on the record", () => {
  beforeAll(infuseMayaToday);

  it("lets an administrator set the check-in times and the words about when reports are read, each with a reason", async () => {
    const admin = await harness.browser.freshPage();
    await signIn(admin, harness.app.base, DEMO.admin);
    await admin.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
    await admin.getByRole("heading", { level: 1, name: "Clinic settings" }).waitFor();
    await expectAccessible(admin);
    for (const [label, key, value] of [
      [CHECKIN_HOURS, "followup.checkin-hours", "1, 72, 168"],
      [RESPONSE_TIME, "followup.response-time-text", RESPONSE_TIME_TEXT],
    ] as const) {
      await admin.getByRole("button", { name: `Change ${label}` }).click();
      const form = admin.getByRole("form", { name: `Change ${label}` });
      await field(form, "New value").fill(value);
      await form.getByRole("button", { name: "Save setting" }).click();
      // A change without a reason is not saved.
      await form.getByText("Say why the setting changes.").waitFor();
      await field(form, "Reason for the change").fill("Pilot of an early call after discharge");
      await form.getByRole("button", { name: "Save setting" }).click();
      await admin.getByRole("status").getByText(`Saved: ${label}.`).waitFor();
      const row = admin.locator("tbody tr", { hasText: key });
      expect(await row.textContent()).toContain(value);
      expect(await row.textContent()).toContain("by Alex Morgan: Pilot of an early call after discharge");
    }
    await expectAccessible(admin);
  });

  it("reads her education, reports blood in the urine, is told to get help at once, and the clinic acts on it", async () => {
    const { app } = harness;

    // The nurse keeps the worklist open; it updates live.
    const nurse = await nurseBrowser.freshPage();
    await signIn(nurse, app.base, DEMO.nurse);
    await nurse.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Worklist" }).click();
    await nurse.getByRole("heading", { name: "Follow-up worklist" }).waitFor();
    await nurse.getByText("Live: new reports appear here without reloading.").waitFor();
    expect(await worklistItem(nurse, "KG-1001").count()).toBe(0);

    // The patient, on her phone, opens her home page.
    const page = await harness.browser.freshPage();
    await page.setViewportSize(PHONE);
    await signIn(page, app.base, DEMO.patient);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Home" }).click();
    await page.getByRole("heading", { name: "Hello, Maya Thornton" }).waitFor();
    // The clinic's new settings hold at once: a check-in an hour after the infusion, and its own words.
    const checkins = page.getByRole("region", { name: "Check-ins" });
    const checkin = checkins.getByRole("link", {
      name: /^Answer the check-in 1 hours? after your infusion$/,
    });
    await checkin.waitFor();
    await checkins.getByText("Next check-in: 3 days after your infusion", { exact: false }).waitFor();
    await page.getByText(RESPONSE_TIME_TEXT).waitFor();
    await expectAccessible(page);
    await screenshotForDocs(page, "portal");

    // What to expect: her own education, the effects her screening makes likelier marked with the reason.
    const nav = page.getByRole("navigation", { name: "Main" });
    await nav.getByRole("link", { name: "What to expect" }).click();
    await page.getByRole("heading", { level: 1, name: "What to expect" }).waitFor();
    const forYou = page.getByRole("region", { name: "Side effects to know about most" });
    const why = forYou.locator(".education-effect.relevant .education-why");
    await why.first().waitFor();
    expect(await forYou.getByRole("heading", { level: 3 }).allTextContents()).toEqual(
      expect.arrayContaining([expect.stringMatching(/sick/i)]),
    );
    for (const text of await why.allTextContents())
      expect(text).toMatch(/^Why this matters for you: You feel sick easily/);
    const lastTime = page.getByRole("region", { name: "Last time" });
    expect(await lastTime.textContent()).toMatch(/you felt sick/);
    await page.getByRole("button", { name: "Print" }).waitFor();
    await expectAccessible(page);
    await forYou.evaluate((el) => el.scrollIntoView());
    await screenshotForDocs(page, "education");

    // The check-in: every warning-sign question must be answered before the report goes.
    await nav.getByRole("link", { name: "Home" }).click();
    await checkin.click();
    await page.getByRole("heading", { level: 1, name: /^Check-in: 1 hours? after/ }).waitFor();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Send report" }).click();
    const missing = page.getByRole("alert");
    await missing.getByText(`${RED_FLAG_QUESTIONS.length} answers are missing`).waitFor();
    for (const q of RED_FLAG_QUESTIONS) expect(await missing.textContent()).toContain(q.question);

    for (const q of RED_FLAG_QUESTIONS) {
      const group = page.getByRole("group", { name: q.question });
      await group.getByLabel(q === BLADDER ? "Yes" : "No", { exact: true }).check();
    }
    await page.getByRole("group", { name: "How bad is your pain right now?" }).getByLabel("3").check();
    await field(page, "Anything else you want to tell us (optional)").fill("Started this morning.");
    const item = worklistItem(nurse, "KG-1001");
    const sentAt = Date.now();
    await page.getByRole("button", { name: "Send report" }).click();
    // Watched from the click: the nurse's worklist shows it within 2 s, without reloading.
    const appearedAt = item.waitFor({ timeout: 2_000 }).then(() => Date.now());

    // At once: the emergency instruction, as an alert.
    const alarm = page.getByRole("alert").filter({ hasText: "Get help now" });
    await alarm.waitFor();
    expect(await alarm.textContent()).toMatch(/call/i);
    await page.getByText("Your report has reached the clinic.").waitFor();
    await expectAccessible(page);
    expect((await appearedAt) - sentAt).toBeLessThan(2_000);

    // The check-in is answered: home has none waiting.
    await page.getByRole("link", { name: "Back to home" }).click();
    await checkins.getByText("No check-in is waiting for you.").waitFor();
    expect(await page.getByRole("region", { name: "Your reports" }).textContent()).toContain(
      "You were told to get help at once.",
    );

    // On the worklist: high priority, with what she answered.
    expect(await item.textContent()).toContain("High priority");
    expect(await item.textContent()).toContain("Report — Emergency");
    // Why it is there, in clinical terms; and what the patient answered.
    expect(await item.textContent()).toContain(BLADDER.clinicalMeaning);
    expect(await item.textContent()).toContain(BLADDER.question);
    expect(await item.textContent()).toContain("Started this morning.");
    await expectAccessible(nurse);
    await screenshotForDocs(nurse, "worklist");

    // She calls the patient and records it; the item leaves the open list.
    const form = item.getByRole("form", { name: "Record a call for Maya Thornton" });
    await field(form, "Advice given").fill("Go to the emergency department now; urology review to follow.");
    await field(form, "Outcome").selectOption({ label: "Sent to emergency care" });
    expect(await form.getByLabel("This call closes the item").isChecked()).toBe(true);
    await form.getByRole("button", { name: "Record call" }).click();
    await item.waitFor({ state: "detached" });
    await nurse.getByText("Nothing is waiting. New reports appear here.").waitFor();

    // The physician opens her record: the rules suggest stopping, and why; benefit against risk.
    const doctor = await harness.browser.freshPage();
    await signIn(doctor, app.base, DEMO.physician);
    await doctor.goto(`${app.base}/patients/${mayaId}`);
    const continuation = doctor.getByRole("region", { name: "Continuation of care" });
    await continuation.getByText("Suggested:").waitFor();
    expect(await continuation.textContent()).toContain("Suggested: Stop infusions");
    expect(await continuation.textContent()).toContain(
      "Blood in the urine or severe bladder pain: stop further infusions and refer to urology.",
    );
    const outcomes = doctor.getByRole("region", { name: "Outcomes" });
    await outcomes.getByRole("heading", { name: "Benefit and risk" }).waitFor();
    // Benefit against risk: the nausea charted at the chair, and the report from home with what it said.
    const figures = await outcomes.locator(".outcomes-figures").textContent();
    expect(figures).toMatch(/Infusions\s*1/);
    expect(figures).toMatch(/Side effects\s*1\s*Worst grade\s*2/);
    const fromHome = outcomes.getByRole("heading", { name: "Reports from home" }).locator("+ ul");
    expect(await fromHome.textContent()).toMatch(/Emergency: Yes to: Did you see blood in your urine/);
    await expectAccessible(doctor);
    await outcomes.getByRole("heading", { name: "Benefit and risk" }).evaluate((el) => el.scrollIntoView());
    await screenshotForDocs(doctor, "outcomes");

    // Analytics for the clinic, with the table as CSV.
    await doctor.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Analytics" }).click();
    await doctor.getByRole("heading", { level: 1, name: "Clinic analytics" }).waitFor();
    await doctor.getByRole("heading", { name: "Side effects", exact: true }).waitFor();
    const csvHref = await doctor.getByRole("link", { name: "Download CSV" }).getAttribute("href");
    expect(csvHref).toMatch(/^\/api\/analytics\/export\.csv\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}$/);
    const csv = await doctor.evaluate(async (href) => {
      const res = await fetch(href);
      return { status: res.status, type: res.headers.get("content-type"), text: await res.text() };
    }, csvHref!);
    expect(csv.status).toBe(200);
    expect(csv.type).toMatch(/^text\/csv/);
    expect(csv.text.split("\n")[0]).toMatch(/sideEffectId|side_effect/i);
    await expectAccessible(doctor);
    await screenshotForDocs(doctor, "analytics");
  });

  it("books boosters from the approved plan, naming any limit the longer course breaks", async () => {
    const { app } = harness;
    const doctor = await harness.browser.freshPage();
    await signIn(doctor, app.base, DEMO.physician);
    await doctor.goto(`${app.base}/patients/${mayaId}`);
    const boosters = doctor.getByRole("region", { name: "Book boosters" });
    await field(boosters, "Pattern").selectOption({ label: "Doubling taper" });
    await field(boosters, "Number of boosters").fill("2");
    const first = new Date(Date.now() + 28 * 86_400_000).toISOString().slice(0, 10);
    await field(boosters, "First booster").fill(`${first}T09:00`);
    const answered = doctor.waitForResponse((r) => r.url().endsWith(`/api/patients/${mayaId}/boosters`));
    await boosters.getByRole("button", { name: "Book boosters" }).click();
    const res = await answered;
    // Two more infusions break a soft limit of Maya's course; the refusal names each limit on the form.
    expect(res.status()).toBe(422);
    const body = (await res.json()) as { errors: { path: string; message: string }[] };
    const limits = body.errors.filter((e) => e.path !== "/");
    expect(limits.length).toBeGreaterThan(0);
    for (const e of limits) await boosters.getByText(e.message).first().waitFor();
    await expectAccessible(doctor);
  });
});

describe("a patient reaches only her own data", () => {
  it("is refused another patient's record on every patient route and every staff page", async () => {
    const { app } = harness;
    const { rows } = await sql<{ id: string }>`select id from patients where mrn = 'KG-1002'`.execute(app.db);
    const other = rows[0]!.id;
    const page = await harness.browser.freshPage();
    await page.setViewportSize(PHONE);
    await signIn(page, app.base, DEMO.patient);

    // Through the API with her own cookie, as any script in her browser could try.
    const paths = ["", "/history", "/evaluations", "/plans", "/outcomes"].map(
      (p) => `/api/patients/${other}${p}`,
    );
    const statuses = await page.evaluate(
      (urls) => Promise.all(urls.map(async (u) => [u, (await fetch(u)).status] as const)),
      [...paths, "/api/worklist", "/api/analytics?from=2026-01-01&to=2026-12-31", "/api/settings"],
    );
    // Her own kind of route answers as if the other patient did not exist; staff-only ones refuse outright.
    expect(Object.fromEntries(statuses)).toEqual({
      ...Object.fromEntries(paths.map((p, i) => [p, i < 2 ? 404 : 403])),
      "/api/worklist": 403,
      "/api/analytics?from=2026-01-01&to=2026-12-31": 403,
      "/api/settings": 403,
    });

    // Through the app's own addresses.
    for (const path of [
      `/patients/${other}`,
      `/patients/${other}/plan`,
      "/worklist",
      "/analytics",
      "/settings",
    ]) {
      await page.goto(`${app.base}${path}`);
      await page.getByRole("heading", { name: "Page not found" }).waitFor();
      expect(await page.getByRole("main").textContent()).not.toContain("Reyes");
      await expectAccessible(page);
    }
  });
});
