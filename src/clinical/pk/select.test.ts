import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { select } from "./select";

describe("select", () => {
  it("puts the k-th smallest value at k, smaller ones before it and larger ones after, as sorting would", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 300 }),
        fc.nat(),
        (list, seed) => {
          const values = Float64Array.from(list);
          const k = seed % values.length;
          select(values, k);
          const sorted = Float64Array.from(list).sort();
          expect(values[k]).toBe(sorted[k]);
          for (let i = 0; i < k; i++) expect(values[i]!).toBeLessThanOrEqual(values[k]!);
          for (let i = k + 1; i < values.length; i++) expect(values[i]!).toBeGreaterThanOrEqual(values[k]!);
          expect(Array.from(values).sort((a, b) => a - b)).toEqual(Array.from(sorted));
        },
      ),
    );
  });

  it("handles columns of equal values and columns already in order", () => {
    const equal = new Float64Array(101).fill(3);
    select(equal, 50);
    expect(equal[50]).toBe(3);
    const ordered = Float64Array.from({ length: 1000 }, (_, i) => i);
    select(ordered, 950);
    expect(ordered[950]).toBe(950);
  });

  it("orders within a sub-range only", () => {
    const values = Float64Array.from([9, 5, 1, 8, 2, 7]);
    select(values, 3, 2, 5);
    // Sorting [1, 8, 2, 7] in place would put 2 at index 3.
    expect(values[3]).toBe(2);
    expect(Array.from(values.subarray(0, 2))).toEqual([9, 5]);
  });
});
