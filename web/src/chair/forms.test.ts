import { describe, expect, it } from "vitest";
import {
  amendableFields,
  amendDraft,
  amendedBody,
  EMPTY_VITALS,
  parseRate,
  parseScore,
  parseVitals,
  scaleRange,
} from "./forms";

describe("parseVitals", () => {
  it("keeps the filled readings as numbers", () => {
    expect(parseVitals({ ...EMPTY_VITALS, hr: "72", spo2: " 97 " }, false)).toEqual({
      ok: true,
      value: { hr: 72, spo2: 97 },
    });
  });

  it("names implausible values and an empty reading", () => {
    expect(parseVitals({ ...EMPTY_VITALS, spo2: "140", hr: "abc" }, false)).toEqual({
      ok: false,
      errors: { hr: "Enter a number from 0 to 300.", spo2: "Enter a number from 0 to 100." },
    });
    expect(parseVitals(EMPTY_VITALS, false).ok).toBe(false);
  });

  it("asks for all five signs for a baseline", () => {
    const result = parseVitals({ ...EMPTY_VITALS, hr: "70", sbp: "120", dbp: "80" }, true);
    expect(result).toEqual({
      ok: false,
      errors: { spo2: "Needed for the baseline.", rr: "Needed for the baseline." },
    });
  });
});

describe("parseScore and parseRate", () => {
  it("accepts whole numbers inside the scale's range only", () => {
    expect(parseScore("rass", "-2")).toEqual({ ok: true, value: -2 });
    expect(parseScore("moaas", "6").ok).toBe(false);
    expect(parseScore("nrs", "2.5").ok).toBe(false);
    expect(parseScore("cadss6", "").ok).toBe(false);
  });

  it("accepts a rate above 0 mg/h", () => {
    expect(parseRate("35")).toEqual({ ok: true, value: 35 });
    expect(parseRate("0").ok).toBe(false);
  });
});

describe("amendments", () => {
  it("offers the values of the entry, including optional ones it left out", () => {
    expect(amendableFields({ kind: "vitals", hr: 72 }).map((f) => f.name)).toEqual([
      "hr",
      "sbp",
      "dbp",
      "spo2",
      "rr",
    ]);
    expect(amendableFields({ kind: "stop", reason: "completed" })).toEqual([
      { name: "note", type: "text" },
      {
        name: "reason",
        type: "choice",
        options: ["completed", "side-effect", "patient-request", "equipment"],
      },
    ]);
    expect(amendableFields({ kind: "alert-ack", alertKey: "k", raisedAt: 1 })).toEqual([]);
  });

  it("offers a score total for amendment, but a score scored item by item only for withdrawal", () => {
    expect(amendableFields({ kind: "score", scale: "nrs", value: 4 }).map((f) => f.name)).toEqual([
      "scale",
      "value",
    ]);
    const items = { activity: 2, respiration: 2, circulation: 2, consciousness: 2, oxygenation: 1 };
    expect(amendableFields({ kind: "score", scale: "aldrete", value: 9, items })).toEqual([]);
  });

  it("builds the same kind with the new values and keeps what is not a field", () => {
    const body = { kind: "vitals" as const, baseline: true, hr: 72, sbp: 210 };
    const draft = { ...amendDraft(body), sbp: "120", spo2: "98" };
    expect(amendedBody(body, draft)).toEqual({
      ok: true,
      value: { kind: "vitals", baseline: true, hr: 72, sbp: 120, spo2: 98 },
    });
  });

  it("refuses to empty a value the entry needs", () => {
    const body = { kind: "score" as const, scale: "moaas" as const, value: 4 };
    expect(amendedBody(body, { scale: "moaas", value: "" })).toEqual({
      ok: false,
      errors: { value: "Needed." },
    });
  });
});

describe("scaleRange", () => {
  it("spans the instrument's bands", () => {
    expect(scaleRange("rass")).toEqual([-5, 4]);
    expect(scaleRange("moaas")).toEqual([0, 5]);
    expect(scaleRange("cadss6")).toEqual([0, 24]);
  });
});
