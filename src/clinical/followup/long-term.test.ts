import { describe, expect, it } from "vitest";
import { citationProblems } from "../provenance";
import { THRESHOLDS } from "../screening/thresholds";
import { mg } from "../units";
import { DEFAULT_LONG_TERM_CONFIG, LONG_TERM_CHECKS, LONG_TERM_SETTINGS, longTermDue } from "./long-term";

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 4, 1, 9, 0);

describe("longTermDue", () => {
  it("uses the screening's liver-panel window, so the two never disagree", () => {
    expect(DEFAULT_LONG_TERM_CONFIG.liverPanelValidDays).toBe(THRESHOLDS.lftValidDays.value);
  });

  it("reports what is due with its title, reason and sources, and follows a clinic's own interval", () => {
    const history = {
      now: T0 + 20 * DAY,
      infusions: [0, 1, 2].map((d) => ({ at: T0 + d * DAY, dose: mg(100) })),
      urinaryScreens: [],
      liverPanels: [],
      misuseScreens: [T0],
      nextCourseStartsAt: null,
      liverRisk: false,
    };
    expect(longTermDue(history)).toEqual([]);
    const due = longTermDue(history, { ...DEFAULT_LONG_TERM_CONFIG, urinaryEveryInfusions: 3 });
    expect(due).toEqual([
      expect.objectContaining({
        id: "fu.lt.urinary-screen",
        dueBecause: "3 infusions since the last bladder check (check every 3).",
        evidence: "practice-default",
      }),
    ]);
  });

  it("ignores events recorded for after now", () => {
    const due = longTermDue({
      now: T0,
      infusions: [{ at: T0 + DAY, dose: mg(100) }],
      urinaryScreens: [],
      liverPanels: [],
      misuseScreens: [],
      nextCourseStartsAt: null,
      liverRisk: true,
    });
    expect(due).toEqual([]);
  });

  it("every check and setting is versioned and cited", () => {
    expect(citationProblems([...LONG_TERM_CHECKS, ...Object.values(LONG_TERM_SETTINGS)])).toEqual([]);
  });
});
