import type { InfusionView } from "../../../src/clinical/chair/view";
import { clock, mg, mgPerHour, minutes } from "./words";

/** Rate, dose delivered of planned, elapsed and remaining time, and the expected end. */
export function InfusionFigures({ infusion }: { infusion: InfusionView }) {
  return (
    <dl className="facts infusion-figures">
      <div>
        <dt>Rate</dt>
        <dd>{mgPerHour(infusion.rateMgPerHour)}</dd>
      </div>
      <div>
        <dt>Dose delivered</dt>
        <dd>
          {mg(infusion.doseDeliveredMg)} of {mg(infusion.plannedDoseMg)}
        </dd>
      </div>
      <div>
        <dt>Elapsed</dt>
        <dd>{infusion.startedAt === null ? "not started" : minutes(infusion.elapsedMin)}</dd>
      </div>
      <div>
        <dt>Remaining</dt>
        <dd>{infusion.remainingMin === null ? "–" : minutes(infusion.remainingMin)}</dd>
      </div>
      {infusion.expectedEndAt !== null && infusion.endedAt === null && (
        <div>
          <dt>Expected end</dt>
          <dd>{clock(infusion.expectedEndAt)}</dd>
        </div>
      )}
      {infusion.endedAt !== null && (
        <div>
          <dt>Ended</dt>
          <dd>{clock(infusion.endedAt)}</dd>
        </div>
      )}
    </dl>
  );
}
