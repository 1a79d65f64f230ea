import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { configureChair } from "../src/clinical/chair/config";
import { seedDemoClinicalHistory } from "../src/server/demo";
import { signIn as apiSignIn, send } from "../src/server/testing";
import { expectAccessible } from "./support/axe";
import { type BrowserSession, launchBrowser } from "./support/browser";
import { appAndBrowserForFile, field } from "./support/harness";
import { screenshotForDocs } from "./support/screenshots";
import { DEMO, signIn } from "./support/session";

/**
 * A monitor counts as silent after 10 s, so the test sees the stale state without waiting half a minute; longer
 * than the 5 s between cards that carry only readings, so the board can show the live feed before it goes stale.
 */
const STALE_AFTER_S = 10;
/** No vital signs for 6 s while infusing is lost data; the server's timer must raise it with nothing arriving. */
const NO_VITALS_AFTER_S = 6;
/** A high-priority alert nobody acknowledges goes to the physician after 5 s instead of two minutes. */
const ESCALATE_AFTER_S = 5;
const harness = appAndBrowserForFile({
  chairConfig: configureChair({
    chair: {
      "chair.timing.feed-stale": STALE_AFTER_S,
      "chair.timing.physician-escalation": ESCALATE_AFTER_S,
    },
    monitoring: { "timing.no-vitals": NO_VITALS_AFTER_S },
  }),
});
/** The second person, on the floor board, in a browser of their own (own cookies, own event stream). */
let boardBrowser: BrowserSession;
beforeAll(async () => {
  boardBrowser = await launchBrowser();
});
afterAll(() => boardBrowser?.close());

const PATIENT = "Maya Thornton";

/** The board card of one patient. */
const boardCard = (page: Page, name: string) =>
  page.locator("article.board-card", { has: page.getByRole("link", { name, exact: true }) });

async function fillVitals(form: Locator, prefix: string, values: Record<string, string>): Promise<void> {
  for (const [label, value] of Object.entries(values)) await field(form, `${prefix}${label}`).fill(value);
}

describe("the infusion chair, a nurse at the chair and a physician at the floor board", () => {
  it("starts an infusion, refuses a rate over the hard limit, shows a BP alert on the board within 2 s, treats nausea, flags a silent monitor, stops, discharges and prints the sheet", async () => {
    const { app } = harness;
    await seedDemoClinicalHistory(app.db, new Date());

    // The physician watches the floor board.
    const board = await boardBrowser.freshPage();
    await signIn(board, app.base, DEMO.physician);
    await board.goto(`${app.base}/board`);
    await board.getByRole("heading", { name: "Floor board" }).waitFor();
    const card = boardCard(board, PATIENT);
    await card.waitFor();
    await board.getByText(/^Live/).waitFor();

    // The nurse opens Maya Thornton's session from the board.
    const page = await harness.browser.freshPage();
    await signIn(page, app.base, DEMO.nurse);
    await page.goto(`${app.base}/board`);
    await boardCard(page, PATIENT).getByRole("link", { name: PATIENT }).click();
    await page.waitForURL(/\/sessions\/[0-9a-f-]+\/chair$/);
    const sessionId = new URL(page.url()).pathname.split("/")[2]!;
    const sessionUrl = page.url();
    // Before checking identity she compares the session with the record: every clinical page of the
    // patient opens with the same banner (name, MRN, date of birth).
    await page.getByRole("heading", { level: 1, name: new RegExp(`^${PATIENT}`) }).waitFor();
    expect(await page.locator("main").textContent()).toContain("KG-1001");
    await page.getByRole("link", { name: "Patient record" }).click();
    for (const title of ["Evaluation", "Treatment plan"] as const) {
      await page.getByRole("navigation", { name: "Treatment" }).getByRole("link", { name: title }).click();
      const banner = page.locator("header.patient-banner");
      await banner.getByRole("heading", { name: `${title}: ${PATIENT}` }).waitFor();
      expect(await banner.textContent()).toMatch(/KG-1001 · born 1986-04-17 \(age \d+\)/);
      if (title === "Treatment plan") {
        // The plan's concentration curve is likewise a prediction for an average adult, and says so.
        const pk = page.getByRole("region", { name: "Predicted concentration" });
        expect(await pk.getByRole("img").getAttribute("aria-label")).toMatch(
          /^Predicted plasma concentration over a 40-minute infusion/,
        );
        expect(await pk.locator("figcaption").textContent()).toContain(
          "Predicted for an average adult of this weight",
        );
      }
      await page.getByRole("link", { name: "Patient record" }).click();
    }
    await page.goto(sessionUrl);
    // The dose runs over the plan's infusion time; the booked slot, with the observation, is given apart.
    const fact = async (term: string) =>
      page
        .locator(".session-head .facts > div", { has: page.getByRole("term").filter({ hasText: term }) })
        .getByRole("definition")
        .textContent();
    expect(await fact("Planned dose")).toBe("32 mg over 40 min (64 kg)");
    expect(await fact("Booked slot")).toBe("1 h 40 min, infusion and observation");
    const gate = page.getByRole("region", { name: "Pre-infusion checks" });
    await gate.waitFor();

    // Start stays disabled until every check is met.
    const start = page.getByRole("button", { name: "Start infusion", exact: true });
    expect(await start.isDisabled()).toBe(true);
    await page.getByText("The infusion cannot start yet. Missing:").waitFor();
    // Each check is confirmed by a click; a met check no longer offers its buttons.
    const confirms = gate.getByRole("button", { name: /^Confirm / });
    for (let left = await confirms.count(); left > 0; left--) {
      await confirms.first().click();
      await expect.poll(() => confirms.count()).toBe(left - 1);
    }
    const baseline = page.getByRole("form", { name: "Baseline vital signs" });
    await fillVitals(baseline, "Baseline ", { HR: "72", SBP: "124", DBP: "78", SpO2: "98", RR: "14" });
    await baseline.getByRole("button", { name: "Save baseline" }).click();
    await gate.getByText("All checks complete").waitFor();
    await expectAccessible(page);
    await expect.poll(() => start.isDisabled()).toBe(false);
    await start.click();
    await page.getByRole("button", { name: "Start infusion now" }).click();
    await card.getByText("infusing", { exact: false }).waitFor();

    // BP 185/105: a high-priority alert reaches the board within 2 s of saving.
    const vitals = page.getByRole("form", { name: "Record vital signs" });
    await fillVitals(vitals, "", { SBP: "185", DBP: "105" });
    const saved = Date.now();
    await vitals.getByRole("button", { name: "Save vital signs" }).click();
    const boardAlert = card.locator(".alert-item.alert-high", { hasText: "Blood pressure very high" });
    await boardAlert.waitFor({ timeout: 2_000 });
    expect(Date.now() - saved).toBeLessThan(2_000);
    expect(await boardAlert.textContent()).toMatch(/^high priority/i);
    // The board card itself says the chair needs attention, and gives the alert's steps to read.
    expect(await card.getAttribute("class")).toContain("board-card-alarm");
    await boardAlert.locator("details.alert-steps summary").click();
    expect(await boardAlert.locator(".step-list li").count()).toBeGreaterThan(0);
    // At the chair the same alert carries its steps.
    const sessionAlert = page
      .getByRole("region", { name: "Alerts" })
      .locator(".alert-item.alert-high", { hasText: "Blood pressure very high" });
    await sessionAlert.getByText("Steps and record what was done").click();
    expect(await sessionAlert.locator(".step-list li").count()).toBeGreaterThan(0);

    // A rate above the drug library's hard limit is refused by the server, naming the limit; the pump
    // rate stays as it was.
    await page.getByRole("button", { name: "Change rate" }).click();
    const rate = page.getByRole("form", { name: "Change rate" });
    await field(rate, "Rate").fill("500");
    await field(rate, "Reason").fill("Patient asks for a faster infusion");
    await rate.getByRole("button", { name: "Change rate" }).click();
    const unsent = page.getByRole("region", { name: /not yet sent/ });
    await unsent.getByText("refused", { exact: true }).waitFor();
    expect(await unsent.textContent()).toMatch(/500 mg\/h is above the drug library's hard limit/);
    await unsent.getByRole("button", { name: /^Discard/ }).click();
    await unsent.waitFor({ state: "detached" });
    expect(await card.textContent()).toMatch(/Rate:?\s*48 mg\/h/);

    // The concentration on the timeline is said to be a model's prediction, never a measured level.
    const timeline = page.getByRole("region", { name: "Timeline" });
    expect(await timeline.locator("canvas").count()).toBeGreaterThan(0);
    expect(await timeline.getByRole("img").getAttribute("aria-label")).toContain(
      "predicted plasma concentration",
    );
    const caption = (await timeline.locator("figcaption").textContent()) ?? "";
    expect(caption).toContain("Predicted concentration (model estimate, not a measured level)");
    expect(caption).toContain("individual levels vary");

    // Nausea grade 2: the antiemetic is among the steps; ondansetron is recorded as given, later resolved.
    const sideEffects = page.getByRole("region", { name: "Side effects" });
    await sideEffects.getByRole("button", { name: "Nausea", exact: true }).click();
    await sideEffects.getByRole("radio", { name: /^Grade 2/ }).check();
    await sideEffects.getByRole("heading", { name: "What to do for grade 2" }).waitFor();
    expect(await sideEffects.locator(".management").textContent()).toMatch(/ondansetron/i);
    await sideEffects.getByRole("button", { name: "Log Nausea, grade 2" }).click();
    const nausea = sideEffects.locator(".side-effect-list > li", { hasText: "Nausea, grade 2" });
    await nausea.waitFor();
    await nausea.getByText("Steps and record what was done for Nausea").click();
    await nausea.getByRole("button", { name: /^Give ondansetron/i }).click();
    const drug = nausea.getByRole("form", { name: "Drug given" });
    expect(await field(drug, "Drug").inputValue()).toMatch(/ondansetron/i);
    expect(await field(drug, "Dose").inputValue()).toBe("4");
    await drug.getByRole("button", { name: "Record drug given" }).click();
    await nausea
      .getByRole("list", { name: "Done for Nausea" })
      .getByText(/ondansetron 4 mg/i)
      .waitFor();

    // A monitor is bound on the session screen and feeds readings through a gateway, then falls silent.
    const admin = await apiSignIn(app.base, DEMO.admin);
    const gateway = await admin.request("POST", "/api/gateways", { body: { name: "Bay monitors" } });
    expect(gateway.status).toBe(201);
    const connect = page.getByRole("form", { name: "Connect a monitor" });
    await field(connect, "Monitor device id").fill("bay-1");
    await connect.getByRole("button", { name: "Connect monitor" }).click();
    await page.getByText("Connected: bay-1").waitFor();
    const t0 = Date.now();
    const posted = await send(app.base, "POST", "/api/monitor/readings", {
      headers: { authorization: `Bearer ${gateway.body.token}` },
      body: {
        readings: [0, 1, 2].map((i) => ({
          deviceId: "bay-1",
          clientId: `r${i}`,
          at: new Date(t0 - (2 - i) * 500).toISOString(),
          hr: 80 + i,
          spo2: 97,
          rr: 14,
        })),
      },
    });
    expect(posted.body).toEqual({ accepted: 3, duplicates: 0, rejected: [] });
    await page.getByText(/last reading/).waitFor();
    const stale = card.getByText("Monitor feed stale");
    // The readings reach the board (cards carrying only readings come at most every few seconds): not stale.
    await stale.waitFor({ state: "hidden", timeout: 10_000 });
    // Nothing more arrives: both screens say the feed is stale, and not before the configured silence.
    await stale.waitFor({ timeout: (STALE_AFTER_S + 10) * 1000 });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(STALE_AFTER_S * 1000);
    await page.locator(".monitor-binding").getByText("Monitor feed stale").waitFor();
    // Longer silence is lost data: an alert raised by the server's timer, since nothing arrives to raise it.
    await card
      .locator(".alert-item", { hasText: "No vital signs received" })
      .waitFor({ timeout: (NO_VITALS_AFTER_S + 10) * 1000 });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(NO_VITALS_AFTER_S * 1000);
    // Nobody has acknowledged the BP alert: it has gone to the physician, at the top of her board.
    const escalatedToMe = board.getByRole("region", { name: "Escalated to you" });
    const mine = escalatedToMe.getByRole("listitem").filter({ hasText: "Blood pressure very high" });
    await mine.getByRole("link", { name: PATIENT }).waitFor();
    expect(Date.now() - saved).toBeGreaterThanOrEqual(ESCALATE_AFTER_S * 1000);
    expect(await boardAlert.locator(".alert-title").textContent()).toContain(
      "Blood pressure very high Escalated to physician",
    );

    // The board gives each reading's time and keeps the statement that the monitor is the alarm.
    const hr = card.locator(".vital", { hasText: "HR" });
    expect(await hr.textContent()).toMatch(/82.*at \d\d:\d\d/);
    expect(await board.getByRole("contentinfo").textContent()).toContain(
      "secondary display beside the bedside monitor — not an alarm system of record",
    );
    await expectAccessible(board);
    await board.evaluate(() => window.scrollTo(0, 0));
    await screenshotForDocs(board, "board");

    // A board that cannot reach the live stream says so, and that the monitor stays the alarm; it
    // reconnects by itself once the stream is back.
    const cutOff = await board.context().newPage();
    await cutOff.route("**/api/board/events", (route) => route.abort("connectionrefused"));
    await cutOff.goto(`${app.base}/board`);
    const lost = cutOff.getByRole("alert").filter({ hasText: "Live updates disconnected" });
    await lost.waitFor();
    expect(await lost.textContent()).toContain("the bedside monitor stays the alarm");
    await cutOff.unroute("**/api/board/events");
    await lost.waitFor({ state: "detached", timeout: 15_000 });
    await cutOff.getByText(/^Live/).waitFor();
    await cutOff.close();

    // Ondansetron worked: nausea is resolved.
    await nausea.getByRole("button", { name: "Resolved: Nausea", exact: true }).click();
    await nausea.getByText(/resolved \d/).waitFor();

    // The nurse acknowledges the BP alert; the board shows it acknowledged.
    await sessionAlert.getByRole("button", { name: /^Acknowledge/ }).click();
    await sessionAlert.getByText(/^Acknowledged by/).waitFor();
    await boardAlert.getByText(/^Acknowledged by/).waitFor();
    await escalatedToMe.getByText("Nothing is waiting for you.").waitFor();
    await expectAccessible(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshotForDocs(page, "session");

    // Stop (completed), then discharge before the observation time is up, which needs a note.
    await page.getByRole("button", { name: "Stop", exact: true }).click();
    const stop = page.getByRole("form", { name: "Stop the infusion" });
    expect(await field(stop, "Reason for stopping").inputValue()).toBe("completed");
    await stop.getByRole("button", { name: "Stop infusion" }).click();
    const discharge = page.getByRole("region", { name: "Discharge" });
    await discharge.getByText("Not ready yet").waitFor();
    await field(discharge, "Discharge note (required: not all criteria are met)").fill(
      "Feels well and asks to leave; the physician agreed; escort waiting in reception.",
    );
    await discharge.getByRole("button", { name: "Discharge", exact: true }).click();
    await discharge.getByText(/^Discharged at/).waitFor();
    await card.getByText("discharged", { exact: false }).waitFor();

    // The printable sheet, in plain words: driving, when to get help, the clinic's phone.
    await discharge.getByRole("link", { name: "Print discharge sheet" }).click();
    await page.waitForURL(`${app.base}/sessions/${sessionId}/discharge-sheet`);
    const sheet = page.locator("article.discharge-sheet");
    await sheet.getByRole("heading", { level: 1 }).waitFor();
    expect(await sheet.textContent()).toContain(PATIENT);
    const section = (heading: RegExp) => sheet.getByRole("region", { name: heading });
    // In plain words: "feeling sick", not "nausea".
    expect(await section(/^What happened today/).textContent()).toContain(
      "Feeling sick. We gave you ondansetron for it. It went away before you left.",
    );
    expect(await section(/^Keep safe until the next day/).textContent()).toContain(
      "Do not drive, ride a bike or use tools or machines until the next day",
    );
    expect(
      await section(/^Get help at once/)
        .getByRole("listitem")
        .count(),
    ).toBeGreaterThan(0);
    expect(await section(/^Who to call/).textContent()).toContain("01632 960 123");
    await screenshotForDocs(page, "discharge-sheet");
    await expectAccessible(page);
    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("button", { name: "Print" }).isVisible()).toBe(false);
    expect(await page.getByRole("navigation", { name: "Main" }).isVisible()).toBe(false);
    await page.emulateMedia({ media: "screen" });
  });

  it("says so when the live stream goes quiet without closing, and opens a fresh one", async () => {
    const { app } = harness;
    const board = await boardBrowser.freshPage();
    await signIn(board, app.base, DEMO.nurse);
    // The page's clock, so 25 s of silence pass at once; the server's heartbeat still runs in real time.
    await board.clock.install();
    await board.goto(`${app.base}/board`);
    await board.getByText(/^Live/).waitFor();
    // Offline, the open stream neither closes nor delivers: only the missing heartbeat can tell.
    await board.context().setOffline(true);
    try {
      await board.waitForTimeout(1_000);
      expect(await board.getByText(/^Live/).count()).toBe(1);
      await board.clock.fastForward(26_000);
      const lost = board.getByRole("alert").filter({ hasText: "Live updates disconnected" });
      await lost.waitFor({ timeout: 5_000 });
      await board.context().setOffline(false);
      await lost.waitFor({ state: "detached", timeout: 15_000 });
      await board.getByText(/^Live/).waitFor();
    } finally {
      await board.context().setOffline(false);
    }
  });
});
