import { describe, expect, it } from "vitest";
import { citationProblems } from "../provenance";
import { kg } from "../units";
import { disposition } from "./disposition";
import { CLEMENTS, DOMINO, HIJAZI, PK_MODELS, pkModel, scaleModel } from "./models";

describe("model table", () => {
  it("cites registered sources for every model", () => {
    expect(citationProblems(PK_MODELS)).toEqual([]);
  });

  it("finds models by id and refuses unknown ones", () => {
    expect(pkModel("hijazi")).toBe(HIJAZI);
    expect(() => pkModel("marsh" as never)).toThrow(/Unknown PK model/);
  });

  it("scales the central volume with weight and refuses a zero weight", () => {
    expect(scaleModel(DOMINO, kg(70)).v1Litres).toBeCloseTo(4.41, 10);
    expect(() => scaleModel(DOMINO, kg(0))).toThrow(/body weight above 0 kg/);
  });
});

describe("disposition", () => {
  it.each(PK_MODELS.map((m) => [m.label, m] as const))(
    "%s: eigenvalues are roots of the characteristic polynomial and the coefficients give 1/V1 at t = 0",
    (_, model) => {
      const scaled = scaleModel(model, kg(70));
      const { lambdas, coefficients } = disposition(scaled);
      for (const l of lambdas) {
        // det(K − λI) for a mammillary model: (k10 + Σ kOut − λ)·Π(kBack − λ) − Σ kOut·kBack·Π_{others}(kBack − λ)
        const backs = scaled.peripheral.map(([, kBack]) => kBack - l);
        const product = backs.reduce((p, x) => p * x, 1);
        const kOutSum = scaled.peripheral.reduce((s, [kOut]) => s + kOut, 0);
        let det = (scaled.k10 + kOutSum - l) * product;
        scaled.peripheral.forEach(([kOut, kBack], j) => {
          det -= (kOut * kBack * product) / backs[j]!;
        });
        expect(Math.abs(det)).toBeLessThan(1e-12);
      }
      const initial = coefficients.reduce((s, c) => s + c, 0);
      expect(initial).toBeCloseTo(1 / scaled.v1Litres, 12);
      expect(coefficients.every((c) => c > 0)).toBe(true);
    },
  );

  it("Domino: half-lives 0.40 / 4.6 / 115 min and clearance 27.6 mL/kg/min, as the fact sheet computes", () => {
    const { lambdas, coefficients } = disposition(scaleModel(DOMINO, kg(1)));
    const halfLives = lambdas.map((l) => Math.log(2) / l);
    expect(halfLives[0]).toBeCloseTo(0.4, 2);
    expect(halfLives[1]).toBeCloseTo(4.6, 1);
    expect(Math.round(halfLives[2]!)).toBe(115);
    // Area under a unit-dose curve is dose / clearance.
    const auc = coefficients.reduce((s, c, i) => s + c / lambdas[i]!, 0);
    expect((1 / auc) * 1000).toBeCloseTo(27.6, 1);
  });

  it("Clements: clearance 19.1 mL/kg/min; Hijazi: 36 mL/kg/min", () => {
    for (const [model, expected] of [
      [CLEMENTS, 19.1],
      [HIJAZI, 36.0],
    ] as const) {
      const { lambdas, coefficients } = disposition(scaleModel(model, kg(1)));
      const auc = coefficients.reduce((s, c, i) => s + c / lambdas[i]!, 0);
      expect((1 / auc) * 1000).toBeCloseTo(expected, 1);
    }
  });

  it("handles a one-compartment model and refuses repeated rates", () => {
    const one = disposition({ v1Litres: 10, k10: 0.1, peripheral: [] });
    expect(one).toEqual({ lambdas: [0.1], coefficients: [0.1] });
    expect(() => disposition({ v1Litres: 10, k10: 0, peripheral: [[0, 0]] })).toThrow(/Repeated eigenvalues/);
  });
});
