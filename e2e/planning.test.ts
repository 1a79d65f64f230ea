import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "./support/axe";
import { appAndBrowserForFile, field } from "./support/harness";
import { screenshotForDocs } from "./support/screenshots";
import { DEMO, signIn } from "./support/session";

const harness = appAndBrowserForFile();

/** Opens a demo patient's record from the patient list, the way a clinician finds it. */
async function openPatient(page: Page, mrn: string, name: string): Promise<void> {
  await page.getByRole("link", { name: "Patients" }).click();
  await page.getByLabel("Search patients").fill(mrn);
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("link", { name }).click();
  await page.getByRole("navigation", { name: "Treatment" }).waitFor();
}

/** The live findings panel's group for one severity. */
const findingGroup = (page: Page, title: string) =>
  page.getByRole("complementary", { name: "Live screening" }).locator(".finding-group", {
    has: page.getByRole("heading", { name: new RegExp(`^${title}`) }),
  });

async function fillBaseline(form: Locator): Promise<void> {
  await field(form, "Pain now").fill("6");
  await field(form, "Average pain (last week)").fill("5");
  await field(form, "Worst pain (last week)").fill("9");
  await field(form, "Heart rate").fill("72");
  await field(form, "Systolic BP").fill("124");
  await field(form, "Diastolic BP").fill("78");
  await field(form, "SpO2").fill("98");
  await field(form, "Respiratory rate").fill("14");
}

describe("evaluation and treatment plan, as a physician", () => {
  it("evaluates the patient with a seizure history taking bupropion, plans, approves and finds the sessions booked", async () => {
    const page = await harness.browser.freshPage();
    await signIn(page, harness.app.base, DEMO.physician);
    await openPatient(page, "KG-1003", "Achterberg, Helen");
    await page
      .getByRole("navigation", { name: "Treatment" })
      .getByRole("link", { name: "Evaluation" })
      .click();
    const form = page.getByRole("form", { name: "Evaluation" });
    await form.waitFor();
    expect(await page.title()).toBe("Evaluation · Helen Achterberg · Ketaguard");

    // The record's medication is carried over and recognised from its brand name.
    expect(await field(form, "Medication").inputValue()).toBe("Bupropion (Wellbutrin XL)");
    await form.getByText("Checked as bupropion").waitFor();
    // Every number has its unit beside it.
    for (const [label, unit] of [
      ["Pain now", "/10"],
      ["Systolic BP", "mmHg"],
      ["SpO2", "%"],
      ["Weight", "kg"],
      ["Height", "cm"],
    ] as const) {
      const unitText = await form
        .locator(".field", { has: field(page, label) })
        .locator(".unit")
        .textContent();
      expect(unitText).toBe(unit);
    }

    // Findings follow the form as it is filled: bupropion alone is a caution…
    const seizureDrug = "Drug that lowers the seizure threshold";
    await findingGroup(page, "Cautions").getByText(seizureDrug).waitFor();
    // …and with the seizure history ticked it becomes a contraindication naming both.
    await form.getByLabel("Seizure disorder").check();
    const contraindication = findingGroup(page, "Contraindications").locator(".finding", {
      hasText: seizureDrug,
    });
    await contraindication.waitFor();
    expect(await contraindication.textContent()).toMatch(/bupropion.*\+ seizure disorder/i);
    expect(await findingGroup(page, "Cautions").getByText(seizureDrug).count()).toBe(0);
    // Its source opens to show the reference.
    const firstSource = contraindication.locator("details.source").first();
    await firstSource.locator("summary").click();
    expect(await firstSource.locator(".source-detail").textContent()).toMatch(/\w{4,}/);
    expect(await firstSource.locator(".source-detail").textContent()).not.toContain("Not in this version");

    // Free text the dictionary does not know is kept, and marked as unchecked.
    await form.getByRole("button", { name: "Add medication" }).click();
    await field(form, "Medication").nth(1).fill("Home-made herbal tonic");
    await form.getByText("not checked for interactions", { exact: true }).waitFor();

    await fillBaseline(form);
    await form.getByRole("button", { name: "Add test" }).click();
    await field(form, "Test").selectOption("pregnancy-test");
    await field(form, "Result").fill("negative");
    await field(form, "Date taken").fill(new Date().toISOString().slice(0, 10));
    await expectAccessible(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshotForDocs(page, "evaluation");

    // An impossible value is refused, naming the field.
    await field(form, "Pain now").fill("11");
    await form.getByRole("button", { name: "Save draft" }).click();
    await form.getByText("Pain now must be a whole number from 0 to 10 /10").waitFor();
    expect(await field(form, "Pain now").getAttribute("aria-invalid")).toBe("true");
    await field(form, "Pain now").fill("6");
    await form.getByRole("button", { name: "Save draft" }).click();
    await page.getByRole("heading", { name: /Evaluation version 1/ }).waitFor();
    await expectAccessible(page);

    // Signing against the contraindication needs a written reason.
    const sign = page.getByRole("form", { name: "Sign version 1" });
    expect(await field(sign, "Decision").inputValue()).toBe("not-eligible");
    await field(sign, "Decision").selectOption("eligible-with-cautions");
    await sign.getByRole("button", { name: "Sign evaluation" }).click();
    await sign.getByText("A reason is required to go against a contraindication").waitFor();
    await expectAccessible(page);
    await field(sign, "Reason for going against the contraindication").fill(
      "Seizure-free since 2017; bupropion reviewed with the prescriber, seizure plan in place.",
    );
    await sign.getByRole("button", { name: "Sign evaluation" }).click();
    await page.getByText(/Eligible with cautions — signed/).waitFor();
    expect(await page.getByRole("form", { name: "Sign version 1" }).count()).toBe(0);
    // Signed is read-only: no form, only a re-evaluation (a new version) is offered.
    await page
      .getByRole("region", { name: "Version history" })
      .getByText("signed", { exact: true })
      .waitFor();
    await page.getByRole("button", { name: "Re-evaluate" }).waitFor();
    expect(await page.getByRole("form", { name: "Evaluation" }).count()).toBe(0);
    // The printed summary keeps the evaluation and its findings and drops the controls.
    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("heading", { name: /Evaluation version 1/ }).isVisible()).toBe(true);
    expect(await page.getByRole("heading", { name: "Findings as stored" }).isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: "Re-evaluate" }).isVisible()).toBe(false);
    expect(await page.getByRole("navigation", { name: "Main" }).isVisible()).toBe(false);
    expect(await page.getByRole("navigation", { name: "Treatment" }).isVisible()).toBe(false);
    await page.emulateMedia({ media: "screen" });

    // The plan: 0.35 mg/kg/h for 4 hours, computed live for 71 kg.
    await page.getByRole("link", { name: "Patient record" }).click();
    await page
      .getByRole("navigation", { name: "Treatment" })
      .getByRole("link", { name: "Treatment plan" })
      .click();
    const plan = page.getByRole("form", { name: "Treatment plan" });
    await plan.waitFor();
    await field(plan, "Protocol from the drug library").selectOption("custom");
    await field(plan, "Ordered as").selectOption("rate-per-kg");
    await field(plan, "Amount").fill("0.35");
    await field(plan, "Duration").fill("240");
    await field(plan, "Number of infusions in the course").fill("5");
    const calculation = page.getByRole("region", { name: "Calculated for 71 kg" });
    await calculation.getByText(/exact 24\.85 mL\/h/).waitFor();
    expect(await calculation.locator(".pump-rate").textContent()).toMatch(/^24\.[89] mL\/h$/);
    await page.getByText("Within every limit of the drug library.").waitFor();
    // The PK curve is drawn, with the bands named.
    const chart = page.locator(".pk-chart");
    expect(await chart.locator("canvas").count()).toBeGreaterThan(0);
    expect(await chart.getByRole("img").getAttribute("aria-label")).toMatch(/peaking at \d+ ng\/mL/);
    expect(await chart.locator("figcaption").textContent()).toContain("Analgesia 70–160 ng/mL");
    // The limits, the calculation and the chart together, for the docs.
    await page.locator("#limits-title").evaluate((heading) => heading.scrollIntoView());
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await screenshotForDocs(page, "plan");

    // A stronger bag is a soft limit: allowed only with a reason.
    await field(plan, "Concentration in the bag").selectOption("10");
    // On a 1024 px tablet the longest choices are read whole, "undiluted" included.
    await page.setViewportSize({ width: 1024, height: 768 });
    await field(plan, "Ordered as").selectOption("dose-per-kg");
    const cutChoices = await plan.locator("select").evaluateAll((selects) =>
      (selects as HTMLSelectElement[])
        .filter((select) => {
          const style = getComputedStyle(select);
          const probe = document.createElement("span");
          probe.style.cssText = `position:absolute;white-space:pre;font:${style.font}`;
          probe.textContent = select.selectedOptions[0]?.text ?? "";
          document.body.append(probe);
          // Text, side padding and the drop-down arrow.
          const needed =
            probe.getBoundingClientRect().width +
            Number.parseFloat(style.paddingLeft) +
            Number.parseFloat(style.paddingRight) +
            16;
          probe.remove();
          return needed > select.clientWidth;
        })
        .map((select) => select.labels?.[0]?.textContent),
    );
    // The protocol's full name and description are printed under its drop-down.
    expect(cutChoices.filter((label) => label !== "Protocol from the drug library")).toEqual([]);
    await field(plan, "Ordered as").selectOption("rate-per-kg");
    await field(plan, "Amount").fill("0.35");
    await page.setViewportSize({ width: 1280, height: 800 });
    const soft = page.locator(".limit-soft", {
      hasText: "Infusion concentration 10 mg/mL is above the soft limit of 1 mg/mL",
    });
    await soft.waitFor();
    await plan.getByRole("button", { name: "Save plan" }).click();
    await soft.getByText("Give a reason before saving").waitFor();
    await field(soft, "Reason for exceeding this limit").fill(
      "Fluid restriction: a smaller volume is needed.",
    );
    await expectAccessible(page);

    // A rate over the hard limit is blocked, naming the limit and its source.
    await field(plan, "Amount").fill("2.5");
    const hard = page.locator(".limit-hard", { hasText: "Infusion rate (per kg)" });
    await hard.waitFor();
    expect(await hard.textContent()).toContain("above the hard limit of 2 mg/kg/h");
    expect(await hard.locator("summary").allTextContents()).toContain("S130");
    expect(await plan.getByRole("button", { name: "Save plan" }).isDisabled()).toBe(true);
    // A hard limit the clinic set (no source gives one) is marked as such, not shown as evidence.
    const sessionCap = page.locator(".limit-hard", { hasText: "Session total" });
    expect(await sessionCap.locator(".badge").textContent()).toBe("clinic default");
    expect(await hard.locator(".badge").count()).toBe(0);

    await field(plan, "Amount").fill("0.35");
    await expect.poll(() => page.locator(".limit-hard").count()).toBe(0);
    await plan.getByRole("button", { name: "Save plan" }).click();
    await page.getByText("Plan saved as version 1.").waitFor();

    // Approval applies to the saved version, so it waits while the form shows anything else,
    // such as an edit past a hard limit.
    const approve = page.getByRole("form", { name: "Approve version 1" });
    const approveButton = approve.getByRole("button", { name: "Approve and book sessions" });
    await field(plan, "Amount").fill("2.5");
    await page.locator(".limit-hard").first().waitFor();
    await approve.getByText("The plan below has changes that are not saved.").waitFor();
    expect(await approveButton.isDisabled()).toBe(true);
    await field(plan, "Amount").fill("0.35");
    await expect.poll(() => approveButton.isDisabled()).toBe(false);

    // Approval books the course.
    await field(approve, "Chair").selectOption({ label: "Chair 2" });
    const firstSession = await field(approve, "First session").inputValue();
    await approve.getByRole("button", { name: "Approve and book sessions" }).click();
    await page.getByText(/5 sessions booked from .* in Chair 2/).waitFor();
    expect(await page.getByRole("form", { name: /^Approve version/ }).count()).toBe(0);
    // The approved version is now the comparison curve for any change.
    await page.locator(".pk-key-previous").waitFor();
    await page
      .getByRole("region", { name: "Plan versions" })
      .getByText(/Version 1 approved/)
      .waitFor();
    await page.getByRole("link", { name: "Open the schedule for that day" }).click();

    const chair2 = page.getByRole("region", { name: "Chair 2" });
    await chair2.getByRole("link", { name: "Helen Achterberg", exact: true }).waitFor();
    expect(await chair2.textContent()).toContain(`${firstSession.slice(11, 16)}–`);
    expect(await chair2.getByRole("list", { name: "Risk flags" }).textContent()).toContain(seizureDrug);
    expect(await field(page, "Day").inputValue()).toBe(firstSession.slice(0, 10));
    await expectAccessible(page);

    // The session can be moved to another chair and time.
    await chair2.getByRole("button", { name: "Move" }).click();
    const move = page.getByRole("form", { name: "Move the session for Helen Achterberg" });
    // The form takes focus; Cancel gives it back to the Move button.
    expect(await field(move, "Date").evaluate((el) => el === document.activeElement)).toBe(true);
    await move.getByRole("button", { name: "Cancel" }).click();
    const moveButton = chair2.getByRole("button", { name: "Move" });
    expect(await moveButton.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    // A time already past is refused next to the time field, in words.
    await field(move, "Date").fill("2020-01-06");
    await move.getByRole("button", { name: "Move" }).click();
    await move.getByText("The start time must be in the future.").waitFor();
    expect(await field(move, "Start time").getAttribute("aria-invalid")).toBe("true");
    await expectAccessible(page);
    await field(move, "Start time").fill("");
    await move.getByRole("button", { name: "Move" }).click();
    await move.getByText("Enter the start time.").waitFor();
    await field(move, "Date").fill(firstSession.slice(0, 10));
    await field(move, "Chair").selectOption({ label: "Chair 3" });
    await field(move, "Start time").fill("10:30");
    await move.getByRole("button", { name: "Move" }).click();
    const chair3 = page.getByRole("region", { name: "Chair 3" });
    await chair3.getByRole("link", { name: "Helen Achterberg", exact: true }).waitFor();
    expect(await chair3.textContent()).toContain("10:30–");
    expect(await chair2.getByRole("link", { name: "Helen Achterberg", exact: true }).count()).toBe(0);

    // A re-evaluation is a new version; the signed one stays as it was, in the history.
    await chair3.getByRole("link", { name: "Helen Achterberg", exact: true }).click();
    await page
      .getByRole("navigation", { name: "Treatment" })
      .getByRole("link", { name: "Evaluation" })
      .click();
    await page.getByRole("button", { name: "Re-evaluate" }).click();
    const again = page.getByRole("form", { name: "Evaluation" });
    expect(await field(again, "Pain now").inputValue()).toBe("6");
    await field(again, "Pain now").fill("4");
    await again.getByRole("button", { name: "Save draft" }).click();
    await page.getByRole("heading", { name: /Evaluation version 2/ }).waitFor();
    const history = page.getByRole("region", { name: "Version history" });
    await expect.poll(() => history.getByRole("listitem").count()).toBe(2);
    await history.getByRole("button", { name: "Version 1" }).click();
    await page.getByRole("heading", { name: /Evaluation version 1/ }).waitFor();
    await page.getByText(/Eligible with cautions — signed/).waitFor();
    expect(await page.getByText("6 / 5 / 9 out of 10").count()).toBe(1);
  });
});

describe("evaluation and treatment plan, as a nurse", () => {
  it("prepares an evaluation but cannot sign it, and cannot save or approve a plan", async () => {
    const page = await harness.browser.freshPage();
    await signIn(page, harness.app.base, DEMO.nurse);
    await openPatient(page, "KG-1001", "Thornton, Maya");
    await page
      .getByRole("navigation", { name: "Treatment" })
      .getByRole("link", { name: "Evaluation" })
      .click();
    const form = page.getByRole("form", { name: "Evaluation" });
    await field(form, "Main indication").selectOption("fibromyalgia");
    await fillBaseline(form);
    // On a 1024 px tablet every unit is read whole, inside its own field, not under the next one.
    await page.setViewportSize({ width: 1024, height: 768 });
    const cutUnits = await form.locator(".field").evaluateAll((fields) =>
      fields
        .filter((f) => {
          const unit = f.querySelector(".unit");
          if (!unit) return false;
          const right = unit.getBoundingClientRect().right;
          return unit.scrollWidth > unit.clientWidth || right > f.getBoundingClientRect().right + 0.5;
        })
        .map((f) => f.querySelector("label")?.textContent),
    );
    expect(cutUnits).toEqual([]);
    // Following a link away from typed entries asks first; staying keeps them.
    const asked = new Promise<string>((resolve) =>
      page.once("dialog", (dialog) => {
        resolve(dialog.message());
        void dialog.dismiss();
      }),
    );
    await page.getByRole("link", { name: "Patient record" }).click();
    expect(await asked).toContain("not saved");
    expect(await field(form, "Pain now").inputValue()).toBe("6");
    await form.getByRole("button", { name: "Save draft" }).click();
    await page.getByRole("heading", { name: /Evaluation version 1/ }).waitFor();
    await page.getByText("A physician reviews and signs this draft.").waitFor();
    expect(await page.getByRole("button", { name: "Sign evaluation" }).count()).toBe(0);
    await expectAccessible(page);

    // Without the server's dose history the page says what the lifetime total is counted from.
    await page.route("**/api/plans/preview", (route) => route.abort());
    await page.getByRole("link", { name: "Patient record" }).click();
    await page
      .getByRole("navigation", { name: "Treatment" })
      .getByRole("link", { name: "Treatment plan" })
      .click();
    await page.getByText("A physician saves and approves treatment plans.").waitFor();
    await page
      .getByText(/dose history could not be loaded, so the lifetime total below counts only/)
      .waitFor();
    expect(await page.getByRole("button", { name: /Save/ }).count()).toBe(0);
    expect(await page.getByRole("button", { name: /Approve/ }).count()).toBe(0);
    await expectAccessible(page);
  });
});

describe("the treatment plan, as the patient", () => {
  it("shows no plan before approval, then the approved course, its booked sessions and how to prepare", async () => {
    const patientPage = await harness.browser.freshPage();
    await signIn(patientPage, harness.app.base, DEMO.patient);
    // A patient starts on their portal; the plan is on their own record.
    await patientPage.getByRole("link", { name: "My record" }).click();
    const own = patientPage.getByRole("region", { name: "Your treatment plan" });
    await own.getByText("No treatment plan yet.").waitFor();

    // The physician signs the nurse's draft evaluation for Maya Thornton, plans a weekly course and approves it.
    const page = await harness.browser.freshPage();
    await signIn(page, harness.app.base, DEMO.physician);
    await openPatient(page, "KG-1001", "Thornton, Maya");
    await page
      .getByRole("navigation", { name: "Treatment" })
      .getByRole("link", { name: "Evaluation" })
      .click();
    await page
      .getByRole("form", { name: "Sign version 1" })
      .getByRole("button", { name: "Sign evaluation" })
      .click();
    await page.getByText(/— signed/).waitFor();
    await page.getByRole("link", { name: "Patient record" }).click();
    await page
      .getByRole("navigation", { name: "Treatment" })
      .getByRole("link", { name: "Treatment plan" })
      .click();
    const plan = page.getByRole("form", { name: "Treatment plan" });
    await field(plan, "Protocol from the drug library").selectOption("cleveland");
    await field(plan, "Number of infusions in the course").fill("3");
    await field(plan, "Spacing").selectOption("weekly");
    await plan.getByRole("button", { name: "Save plan" }).click();
    await page.getByText("Plan saved as version 1.").waitFor();
    const approve = page.getByRole("form", { name: "Approve version 1" });
    await field(approve, "Chair").selectOption({ label: "Chair 1" });
    const firstSession = await field(approve, "First session").inputValue();
    await approve.getByRole("button", { name: "Approve and book sessions" }).click();
    await page.getByText(/3 sessions booked from .* in Chair 1/).waitFor();

    // The patient, signed in afresh, reads the course in plain words with every booked session.
    const patientAgain = await harness.browser.freshPage();
    await signIn(patientAgain, harness.app.base, DEMO.patient);
    await patientAgain.getByRole("link", { name: "My record" }).click();
    const section = patientAgain.getByRole("region", { name: "Your treatment plan" });
    await section.getByText("Cleveland Clinic standardised protocol").waitFor();
    expect(await section.textContent()).toContain("3 infusions, one a week");
    const sessions = section.getByRole("list", { name: "Your booked sessions" }).getByRole("listitem");
    expect(await sessions.count()).toBe(3);
    // The browser runs in UTC, so the first session reads as the physician entered it.
    const first = new Date(`${firstSession}Z`);
    const day = first.toLocaleDateString("en-GB", {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    });
    const firstText = await sessions.first().textContent();
    expect(firstText).toContain(day);
    expect(firstText).toContain(firstSession.slice(11, 16));
    expect(firstText).toContain("Chair 1");
    const prepare = section.getByRole("list", { name: "Getting ready for each infusion" });
    expect(await prepare.textContent()).toContain("Follow the clinic's instructions on eating and drinking");
    expect(await prepare.textContent()).toContain("take you home");
    expect(await prepare.textContent()).toContain("Do not drive until the next day");
    await expectAccessible(patientAgain);
    // The printed record keeps the plan.
    await patientAgain.emulateMedia({ media: "print" });
    expect(await section.isVisible()).toBe(true);
    await patientAgain.emulateMedia({ media: "screen" });
  });
});
