import { describe, expect, it } from "vitest";
import type { IncidenceJson, OnsetJson } from "../api/followup";
import {
  axisName,
  chartedRows,
  defaultPeriod,
  formatCi,
  formatProportion,
  formatRate,
  incidenceSeries,
  incidenceSummary,
  onsetCells,
  periodProblem,
} from "./format";

const row = (name: string, infusions: number, per100: number | null, ci95: [number, number] | null) => ({
  sideEffectId: name.toLowerCase(),
  name,
  infusions,
  total: 10,
  per100,
  ci95,
  literature: null,
});

describe("rates and intervals in words", () => {
  it("rounds to one decimal and keeps trailing zeros so columns line up", () => {
    expect(formatRate(15)).toBe("15.0");
    expect(formatCi([8.06, 26])).toBe("8.1–26.0");
  });

  it("shows a dash when there was nothing to count", () => {
    expect(formatRate(null)).toBe("—");
    expect(formatCi(null)).toBe("—");
    expect(formatProportion(null)).toBe("—");
  });

  it("gives a share with its count and interval", () => {
    expect(formatProportion({ events: 3, n: 4, estimate: 75, lower: 30.06, upper: 95.44 })).toBe(
      "75.0 % (3 of 4; 95 % CI 30.1–95.4)",
    );
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
  const rows: IncidenceJson[] = [
    row("Nausea", 2, 20, [10, 35]),
    row("Seizure", 0, 0, [0, 27.8]),
    row("Dizziness", 4, 40, [25, 57]),
  ];

  it("charts only the effects seen, each at its own position with the estimate and both interval ends", () => {
    expect(incidenceSeries(chartedRows(rows))).toEqual([
      [0, 1],
      [20, 40],
      [10, 25],
      [35, 57],
    ]);
  });

  it("leaves out a group with no infusions, which has no estimate", () => {
    expect(chartedRows([row("Nausea", 0, null, null)])).toEqual([]);
  });

  it("shortens names for the axis to their first part", () => {
    expect(axisName("Dissociation (depersonalisation, derealisation)")).toBe("Dissociation");
    expect(axisName("Bladder dysfunction / ketamine-induced cystitis")).toBe("Bladder dysfunction");
    expect(axisName("Headache")).toBe("Headache");
  });

  it("names the most frequent effects first", () => {
    expect(incidenceSummary(rows, 10)).toBe(
      "Side effects per 100 infusions over 10 infusions; most frequent: Dizziness 40.0, Nausea 20.0.",
    );
    expect(incidenceSummary([row("Seizure", 0, 0, [0, 27.8])], 4)).toBe(
      "No side effects recorded in 4 infusions.",
    );
  });
});

describe("reported onset rows", () => {
  const nausea: OnsetJson = {
    sideEffectId: "nausea",
    name: "Nausea",
    catalogueOnset: "During the infusion or within hours",
    reports: 4,
    medianHours: 5.25,
    beforeDischarge: 1,
    withinDay: 2,
    withinTwoWeeks: 0,
    later: 1,
    withinCataloguePercent: 75,
    ci95: [30.06, 95.44],
  };

  it("prints the counts, the median to one decimal and the share within the catalogue's window with its interval", () => {
    expect(onsetCells(nausea)).toEqual({
      effect: "Nausea",
      reports: "4",
      medianHours: "5.3",
      beforeDischarge: "1",
      withinDay: "2",
      withinTwoWeeks: "0",
      later: "1",
      withinCatalogue: "75.0 % (95 % CI 30.1–95.4)",
      catalogueOnset: "During the infusion or within hours",
    });
  });

  it("keeps the sign of a median before discharge", () => {
    expect(onsetCells({ ...nausea, medianHours: -2 }).medianHours).toBe("-2.0");
  });

  it("shows a dash for the share and says so when the catalogue has no onset for the effect", () => {
    const unknown = onsetCells({ ...nausea, catalogueOnset: null, withinCataloguePercent: null, ci95: null });
    expect(unknown.withinCatalogue).toBe("—");
    expect(unknown.catalogueOnset).toBe("not in the catalogue");
  });
});
