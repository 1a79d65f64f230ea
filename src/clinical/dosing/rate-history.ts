/**
 * What has actually run: the pump's rate segments and any boluses, as charted during a session. Times are
 * minutes from the session start (the caller converts clock times); a running segment has no stop yet.
 */

import type { Dose } from "../pk";
import {
  doseOverTime,
  type Mg,
  type MgPerHour,
  type Minutes,
  mg,
  minutes,
  minutesToHours,
  sum,
} from "../units";

export type AdministrationRecord =
  | {
      readonly kind: "rate";
      readonly start: Minutes;
      readonly stop: Minutes | null;
      readonly rate: MgPerHour;
    }
  | { readonly kind: "bolus"; readonly at: Minutes; readonly amount: Mg };

function checked(record: AdministrationRecord): AdministrationRecord {
  if (record.kind === "rate" && record.stop !== null && record.stop < record.start) {
    throw new RangeError(`A rate segment stops (${record.stop} min) before it starts (${record.start} min)`);
  }
  return record;
}

/**
 * Dose delivered from the start of the session up to `at`: each segment's rate × the part of it before
 * `at`, plus the boluses given by then.
 * @example doseDeliveredUpTo([{ kind: "rate", start: minutes(0), stop: null, rate: mgPerHour(25) }], minutes(90)) // 37.5 mg
 */
export function doseDeliveredUpTo(records: readonly AdministrationRecord[], at: Minutes): Mg {
  return sum(
    "mg",
    records.map((r) => {
      const record = checked(r);
      if (record.kind === "bolus") return record.at <= at ? record.amount : mg(0);
      const end = Math.min(record.stop ?? at, at);
      return doseOverTime(record.rate, minutesToHours(minutes(Math.max(0, end - record.start))));
    }),
  );
}

/**
 * The records as doses for a PK prediction up to `now`: a running segment is taken to run until `now`, and
 * anything after `now` is left out.
 */
export function dosesUpTo(records: readonly AdministrationRecord[], now: Minutes): Dose[] {
  const doses: Dose[] = [];
  for (const r of records) {
    const record = checked(r);
    if (record.kind === "bolus") {
      if (record.at <= now) doses.push({ kind: "bolus", at: record.at, amount: record.amount });
    } else if (record.start < now) {
      doses.push({
        kind: "rate",
        start: record.start,
        stop: minutes(Math.min(record.stop ?? now, now)),
        rate: record.rate,
      });
    }
  }
  return doses;
}
