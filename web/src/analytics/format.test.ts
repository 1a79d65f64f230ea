import { describe, expect, it } from "vitest";
import type { IncidenceJson } from "../api/followup";
import {
  defaultPeriod,
  formatCi,
  formatShare,
  formatWithCi,
  incidenceSeries,
  incidenceSummary,
  periodProblem,
} from "./format";

const row = (name: string, per100: number, ci95: [number, number]): IncidenceJson => ({
  sideEffectId: name.toLowerCase(),
  name,
  infusions: 1,
  total: 10,
  per100,
  ci95,
  literature: null,
});

describe("intervals in words", () => {
  it("rounds to one decimal and keeps trailing zeros so columns line up", () => {
    expect(formatCi([8.06, 26])).toBe("8.1–26.0");
    expect(formatWithCi(15, [0, 27.753])).toBe("15.0 (95 % CI 0.0–27.8)");
  });

  it("shows shares as percentages, and a dash when there was nothing to count", () => {
    expect(formatShare(0.456)).toBe("45.6 %");
    expect(formatShare(null)).toBe("—");
  });
});

describe("period", () => {
  it("starts 90 days back, today included", () => {
    expect(defaultPeriod(new Date("2026-03-31T12:00:00Z"))).toEqual({ from: "2026-01-01", to: "2026-03-31" });
  });

  it("refuses a missing date and a start after the end", () => {
    expect(periodProblem({ from: "", to: "2026-01-01" })).toBe("Choose both dates.");
    expect(periodProblem({ from: "2026-02-01", to: "2026-01-01" })).toBe(
      "The start must not be after the end.",
    );
    expect(periodProblem({ from: "2026-01-01", to: "2026-01-01" })).toBeNull();
  });
});

describe("incidence chart", () => {
  const rows = [row("Nausea", 20, [10, 35]), row("Dizziness", 40, [25, 57])];

  it("places each effect at its own position with the estimate and both interval ends", () => {
    expect(incidenceSeries(rows)).toEqual([
      [0, 1],
      [20, 40],
      [10, 25],
      [35, 57],
    ]);
  });

  it("names the most frequent effects first", () => {
    expect(incidenceSummary(rows, 10)).toBe(
      "Side effects per 100 infusions over 10 infusions; most frequent: Dizziness 40.0, Nausea 20.0.",
    );
    expect(incidenceSummary([], 4)).toBe("No side effects recorded in 4 infusions.");
  });
});
