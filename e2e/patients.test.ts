import { describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../src/store/seed";
import { expectAccessible } from "./support/axe";
import { appAndBrowserForFile, field } from "./support/harness";
import { screenshotForDocs } from "./support/screenshots";
import { DEMO, signIn } from "./support/session";

const harness = appAndBrowserForFile();

describe("patients, as a nurse", () => {
  it("finds demo patients by name, MRN and date of birth", async () => {
    const page = await harness.browser.freshPage();
    await signIn(page, harness.app.base, DEMO.nurse);
    await page.getByRole("heading", { name: "Patients" }).waitFor();
    expect(await page.title()).toBe("Patients · Ketaguard");
    await expect.poll(() => page.getByRole("row").count()).toBeGreaterThan(6);
    await expectAccessible(page);
    await screenshotForDocs(page, "patients");

    for (const query of ["achter", "KG-1003", "1979-12-23"]) {
      await page.getByLabel("Search patients").fill(query);
      await page.getByRole("button", { name: "Search" }).click();
      await expect.poll(() => page.getByRole("caption").textContent()).toContain(`matching “${query}”`);
      expect(await page.getByRole("link", { name: "Achterberg, Helen" }).count()).toBe(1);
      expect(await page.getByRole("row").count()).toBe(2);
    }
  });

  it("registers a patient, corrects the weight with a reason, and sees the change in the history", async () => {
    const page = await harness.browser.freshPage();
    await signIn(page, harness.app.base, DEMO.nurse);
    await page.getByRole("button", { name: "New patient" }).click();
    const form = page.getByRole("form", { name: "New patient" });

    // An empty form names every missing field next to it.
    await form.getByRole("button", { name: "Save patient" }).click();
    await form.getByText("Enter the medical record number (MRN).").waitFor();
    expect(await form.getByText("Enter the given name.").count()).toBe(1);
    expect(await form.getByText("Enter the date of birth.").count()).toBe(1);
    expect(await field(form, "MRN").getAttribute("aria-invalid")).toBe("true");
    await expectAccessible(page);

    await field(form, "MRN").fill("KG-2042");
    await field(form, "Given name").fill("Noor");
    await field(form, "Family name").fill("Haddad");
    await field(form, "Date of birth").fill("1983-07-19");
    await field(form, "Sex").selectOption("female");
    await field(form, "Weight").fill("-4");
    await field(form, "Weight measured on").fill("2026-11-02");
    await field(form, "Height").fill("166");
    await field(form, "Height measured on").fill("2026-11-02");
    const unitOf = (label: string) =>
      form
        .locator(".field", { has: page.getByLabel(label, { exact: true }) })
        .locator(".unit")
        .textContent();
    expect(await unitOf("Weight")).toBe("kg");
    expect(await unitOf("Height")).toBe("cm");
    await form.getByRole("button", { name: "Add allergy" }).click();
    await field(form, "Substance").fill("Morphine");
    await field(form, "Reaction").fill("Severe itching");
    await form.getByRole("button", { name: "Add condition" }).click();
    await field(form, "Condition").fill("Complex regional pain syndrome, left foot");
    await field(form, "Code").fill("G90.522");
    await field(form, "Since").fill("2021-03");
    await form.getByRole("button", { name: "Add medication" }).click();
    await field(form, "Medication").fill("Pregabalin");
    await field(form, "Dose").fill("75 mg");
    await field(form, "Frequency").fill("twice daily");

    await form.getByRole("button", { name: "Save patient" }).click();
    await form.getByText(/Enter the weight in kg as a number above 0/).waitFor();
    await field(form, "Weight").fill("71.5");
    await form.getByRole("button", { name: "Save patient" }).click();

    await page.getByRole("heading", { name: "Noor Haddad" }).waitFor();
    const header = page.locator(".patient-header");
    expect(await header.textContent()).toContain("71.5 kg (measured 2026-11-02)");
    expect(await page.getByRole("note", { name: "Allergies" }).textContent()).toContain(
      "Morphine (Severe itching)",
    );
    expect(await page.getByRole("main").textContent()).toContain("Pregabalin 75 mg, twice daily");
    expect(await page.getByRole("region", { name: "Conditions" }).textContent()).toMatch(
      /Complex regional pain syndrome, left foot\s+G90\.522\s+since 2021-03/,
    );
    await expectAccessible(page);

    await page.getByRole("button", { name: "Correct the record" }).click();
    const correction = page.getByRole("form", { name: "Correct the record" });
    await field(correction, "Weight").fill("69.8");
    await field(correction, "Weight measured on").fill("2026-11-20");
    await correction.getByRole("button", { name: "Save correction" }).click();
    await correction.getByText("Give the reason for this correction.").waitFor();
    await expectAccessible(page);
    await field(correction, "Reason for correction").fill("Re-weighed on the calibrated clinic scale");
    await correction.getByRole("button", { name: "Save correction" }).click();

    await page.getByRole("status").getByText("Correction saved as version 2.").waitFor();
    expect(await header.textContent()).toContain("69.8 kg (measured 2026-11-20)");
    const history = page.getByRole("region", { name: "History" });
    await history.getByText("Version 2").waitFor();
    const latest = history.getByRole("listitem").first();
    const entry = await latest.textContent();
    expect(entry).toContain("by Sam Okafor");
    expect(entry).toContain("Reason: Re-weighed on the calibrated clinic scale");
    expect(entry).toContain("Weight: 71.5 kg (measured 2026-11-02) → 69.8 kg (measured 2026-11-20)");
    expect(entry).not.toContain("Height");
    expect(await history.textContent()).toContain("Version 1");
    await expectAccessible(page);
    // The printed record keeps the record and its history, without navigation or buttons.
    await page.emulateMedia({ media: "print" });
    expect(await header.isVisible()).toBe(true);
    expect(await history.isVisible()).toBe(true);
    expect(await page.getByRole("navigation", { name: "Main" }).isVisible()).toBe(false);
    expect(await page.getByRole("navigation", { name: "Treatment" }).isVisible()).toBe(false);
    const visibleButtons = await page
      .getByRole("button")
      .evaluateAll((buttons) => buttons.filter((b) => (b as HTMLElement).offsetParent !== null).length);
    expect(visibleButtons).toBe(0);
    await page.emulateMedia({ media: "screen" });
    await screenshotForDocs(page, "patient");
  });

  it("keeps a half-filled correction when the session ends, and saves it after signing in again", async () => {
    const page = await harness.browser.freshPage();
    await signIn(page, harness.app.base, DEMO.nurse);
    await page.getByLabel("Search patients").fill("KG-1003");
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("link", { name: "Achterberg, Helen" }).click();
    await page.getByRole("button", { name: "Correct the record" }).click();
    const correction = page.getByRole("form", { name: "Correct the record" });
    await field(correction, "Height").fill("171");
    await field(correction, "Height measured on").fill("2026-11-21");
    await field(correction, "Reason for correction").fill("Measured standing, without shoes");
    // Following a link away from the unsaved correction asks first; staying keeps what was typed.
    const asked = new Promise<string>((resolve) =>
      page.once("dialog", (dialog) => {
        resolve(dialog.message());
        void dialog.dismiss();
      }),
    );
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Patients" }).click();
    expect(await asked).toContain("not saved");
    expect(await field(correction, "Height").inputValue()).toBe("171");

    // The server forgets the session (as after an idle timeout); the next save is refused.
    await page.context().clearCookies();
    await correction.getByRole("button", { name: "Save correction" }).click();
    const dialog = page.getByRole("dialog", { name: "Your session has ended" });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(DEMO.nurse);
    await expectAccessible(page);

    await dialog.getByLabel("Password").fill("not the password");
    await dialog.getByRole("button", { name: "Sign in again" }).click();
    await dialog.getByText("Email or password is incorrect.").waitFor();
    await dialog.getByLabel("Password").fill(DEMO_PASSWORD);
    await dialog.getByRole("button", { name: "Sign in again" }).click();
    await expect.poll(() => dialog.count()).toBe(0);

    // Nothing typed was lost, and the same form now saves.
    expect(await field(correction, "Height").inputValue()).toBe("171");
    expect(await field(correction, "Reason for correction").inputValue()).toBe(
      "Measured standing, without shoes",
    );
    await correction.getByRole("button", { name: "Save correction" }).click();
    await page
      .getByRole("status")
      .getByText(/Correction saved as version \d+\./)
      .waitFor();
    expect(await page.locator(".patient-header").textContent()).toContain("171 cm");
  });
});
