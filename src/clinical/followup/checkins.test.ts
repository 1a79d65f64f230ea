import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CheckinConfig,
  checkinConfigProblem,
  checkinStatus,
  checkinsFor,
  DEFAULT_CHECKIN_CONFIG,
} from "./checkins";

const END = Date.UTC(2026, 10, 2, 15, 30);
const H = 3_600_000;

describe("checkinsFor", () => {
  it("schedules the default check-ins 24 h, 72 h and 7 days after the infusion ended", () => {
    const list = checkinsFor(END);
    expect(list.map((c) => (c.scheduledAt - END) / H)).toEqual([24, 72, 168]);
    expect(list.map((c) => c.id)).toEqual(["fu.checkin.24h", "fu.checkin.72h", "fu.checkin.7d"]);
    expect(list.map((c) => c.key)).toEqual(["24h", "72h", "7d"]);
    expect(list[0]).toMatchObject({
      dueFrom: END + 20 * H,
      overdueAfter: END + 36 * H,
      ruleId: "fu.checkin.24h",
    });
  });

  it("uses a clinic's own times, earliest first", () => {
    const config: CheckinConfig = {
      slots: [
        { ...DEFAULT_CHECKIN_CONFIG.slots[2]!, afterHours: 336, label: "2 weeks after" },
        { ...DEFAULT_CHECKIN_CONFIG.slots[0]!, afterHours: 48 },
      ],
    };
    expect(checkinsFor(END, config).map((c) => (c.scheduledAt - END) / H)).toEqual([48, 336]);
  });

  it("refuses windows that overlap, so an answer can belong to one check-in only", () => {
    const [a, b] = DEFAULT_CHECKIN_CONFIG.slots;
    const config = { slots: [a!, { ...b!, afterHours: 40 }] };
    expect(checkinConfigProblem(config)).toMatch(/overlap/);
    expect(() => checkinsFor(END, config)).toThrow(RangeError);
    expect(checkinConfigProblem(DEFAULT_CHECKIN_CONFIG)).toBeNull();
  });

  it("refuses a window opening before the infusion ended", () => {
    const config = { slots: [{ ...DEFAULT_CHECKIN_CONFIG.slots[0]!, opensHoursBefore: 25 }] };
    expect(checkinConfigProblem(config)).toMatch(/before the infusion ended/);
  });
});

describe("checkinStatus", () => {
  const list = checkinsFor(END);
  const statusAt = (hours: number, answers: { checkinId: string; submittedAt: number }[] = []) =>
    checkinStatus(list, answers, END + hours * H).map((s) => s.status);

  it("moves from upcoming to due to overdue at the window's edges (both ends inside)", () => {
    expect(statusAt(19.99)[0]).toBe("upcoming");
    expect(statusAt(20)[0]).toBe("due");
    expect(statusAt(36)[0]).toBe("due");
    expect(statusAt(36.01)[0]).toBe("overdue");
    expect(statusAt(36.01)).toEqual(["overdue", "upcoming", "upcoming"]);
  });

  it("is done once answered, late when answered after it became overdue", () => {
    const answers = [
      { checkinId: "fu.checkin.24h", submittedAt: END + 40 * H },
      { checkinId: "fu.checkin.72h", submittedAt: END + 70 * H },
    ];
    const states = checkinStatus(list, answers, END + 80 * H);
    expect(states.map((s) => s.status)).toEqual(["done", "done", "upcoming"]);
    expect(states.map((s) => s.late)).toEqual([true, false, false]);
    expect(states[1]!.answeredAt).toBe(END + 70 * H);
  });

  it("ignores answers recorded after now", () => {
    const answers = [{ checkinId: "fu.checkin.24h", submittedAt: END + 30 * H }];
    expect(statusAt(25, answers)[0]).toBe("due");
  });

  it("every check-in has exactly one status at any time, in the order of its window", () => {
    const order = { upcoming: 0, due: 1, overdue: 2, done: 3 } as const;
    fc.assert(
      fc.property(fc.integer({ min: -10, max: 300 }), fc.integer({ min: 0, max: 10 }), (h, step) => {
        const now = checkinStatus(list, [], END + h * H);
        const later = checkinStatus(list, [], END + (h + step) * H);
        for (const [i, s] of now.entries())
          expect(order[later[i]!.status]).toBeGreaterThanOrEqual(order[s.status]);
      }),
    );
  });
});
