/// <reference types="vite/client" />
import { describe, expect, it } from "vitest";
import committed from "../../../docs/clinical/dosing.md?raw";
import { citationProblems } from "../provenance";
import { mg } from "../units";
import { DEFAULT_LIBRARY, findProtocol, PROTOCOLS, withLimitValues } from "./library";
import { renderDosingDoc } from "./render-doc";
import type { LimitQuantity } from "./types";

const allLimits = PROTOCOLS.flatMap((p) => p.limits);

describe("drug library", () => {
  it("cites registered sources for every protocol and limit", () => {
    expect(citationProblems(PROTOCOLS)).toEqual([]);
    expect(citationProblems(allLimits)).toEqual([]);
  });

  it("has unique protocol ids, and one definition per limit id", () => {
    expect(new Set(PROTOCOLS.map((p) => p.protocolId)).size).toBe(PROTOCOLS.length);
    const byId = new Map<string, unknown>();
    for (const l of allLimits) {
      if (byId.has(l.id)) expect(byId.get(l.id)).toBe(l);
      byId.set(l.id, l);
    }
  });

  it.each(PROTOCOLS.map((p) => [p.protocolId, p] as const))(
    "%s has hard limits on infusion rate, bolus, session total and course total",
    (_, protocol) => {
      const hard = new Set(protocol.limits.filter((l) => l.kind === "hard").map((l) => l.quantity));
      const any = (...qs: LimitQuantity[]) => qs.some((q) => hard.has(q));
      expect(any("infusion-rate", "infusion-rate-per-kg")).toBe(true);
      expect(any("bolus-per-kg")).toBe(true);
      expect(any("session-total", "session-total-per-kg")).toBe(true);
      expect(any("course-total", "course-total-per-kg")).toBe(true);
    },
  );

  it("keeps every soft maximum below its hard maximum for the same quantity", () => {
    for (const p of PROTOCOLS) {
      for (const soft of p.limits.filter((l) => l.kind === "soft" && l.bound === "max")) {
        for (const hard of p.limits.filter(
          (l) => l.kind === "hard" && l.bound === "max" && l.quantity === soft.quantity,
        )) {
          expect(soft.limit, `${p.protocolId}: ${soft.id} vs ${hard.id}`).toBeLessThan(hard.limit);
        }
      }
    }
  });

  it("labels every cap that no source validates as a practice default", () => {
    const capsWithoutProtocolFigure = allLimits.filter(
      (l) => l.id.endsWith(".hard") && l.sources.includes("S52"),
    );
    expect(capsWithoutProtocolFigure.length).toBeGreaterThan(0);
    for (const l of capsWithoutProtocolFigure) expect(l.evidence).toBe("practice-default");
  });

  it("has the protocol figures from the sources", () => {
    expect(findProtocol("schwartzman").rateCap).toBe(25);
    expect(findProtocol("cleveland").template?.duration).toBe(40);
    expect(findProtocol("cleveland").sessionsPerCourse).toBe(5);
    expect(findProtocol("crps-continuous").template?.order).toEqual({ kind: "rate", rate: 22 });
    expect(findProtocol("asra-start").template?.duration).toBeNull();
    expect(findProtocol("custom").template).toBeNull();
    expect(() => findProtocol("ketamine-max")).toThrow(/Unknown protocol/);
  });

  it("marks a clinic's changed limit with a new version", () => {
    const library = withLimitValues(DEFAULT_LIBRARY, { "limit.outpatient.session-total.soft": mg(150) });
    const changed = findProtocol("custom", library).limits.find(
      (l) => l.id === "limit.outpatient.session-total.soft",
    );
    expect(changed?.limit).toBe(150);
    expect(changed?.version).toBe("1+clinic");
  });
});

describe("docs/clinical/dosing.md", () => {
  it("is exactly what the library renders (regenerate it after changing the library)", () => {
    expect(committed).toBe(renderDosingDoc(DEFAULT_LIBRARY));
  });

  it("lists every protocol and every limit id", () => {
    const doc = renderDosingDoc(DEFAULT_LIBRARY);
    for (const p of PROTOCOLS) expect(doc).toContain(`\`${p.protocolId}\``);
    for (const l of allLimits) expect(doc).toContain(`\`${l.id}\``);
  });
});
