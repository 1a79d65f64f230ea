/// <reference types="vite/client" />
import { describe, expect, it } from "vitest";
import doc from "../../../docs/clinical/pharmacokinetics.md?raw";
import { CONCENTRATION_BANDS } from "./bands";
import { PK_MODELS } from "./models";

const thousands = (n: number) => n.toLocaleString("en-US");

describe("docs/clinical/pharmacokinetics.md", () => {
  it.each(PK_MODELS.map((m) => [m.label, m] as const))(
    "states the %s parameters and sources as coded",
    (label, m) => {
      const row = doc.split("\n").find((line) => line.startsWith(`| ${label}`));
      expect(row, label).toBeDefined();
      const cells = row!.split("|").map((c) => c.trim());
      const [k12, k21] = m.peripheral[0]!;
      const third = m.peripheral[1];
      expect(cells.slice(3, 9)).toEqual(
        [m.v1LitresPerKg, m.k10, k12, k21, third?.[0] ?? "–", third?.[1] ?? "–"].map(String),
      );
      expect(cells[9]).toBe(m.sources.map((s) => `[${s}]`).join(""));
    },
  );

  it("states every concentration band with its sources as coded", () => {
    for (const b of CONCENTRATION_BANDS) {
      const range = b.high === null ? `${thousands(b.low)} ng/mL and above` : `${b.low}–${b.high} ng/mL`;
      const row = doc.split("\n").find((line) => line.startsWith(`| ${b.label} |`));
      expect(row, b.label).toContain(`| ${range} | ${b.sources.map((s) => `[${s}]`).join("")} |`);
    }
  });
});
