/** The pharmacokinetic preview of one infusion: predicted plasma concentration during it and after. */
import type { PlanComputation } from "../../clinical/dosing";
import { CONCENTRATION_BANDS, DOMINO, predict } from "../../clinical/pk";
import type { Dose } from "../../clinical/pk/doses";
import { minutes } from "../../clinical/units";

/** How long after the infusion ends the curve continues. */
const PK_TAIL_MIN = 240;
/** Points on the curve: smooth on a chart, small on the wire. */
const PK_POINTS = 241;

/**
 * The predicted curve for what the pump delivers (bolus at the start, then the delivered rate), with the
 * default adult model, and the concentration bands to draw over it.
 */
export function pkPreview(c: PlanComputation) {
  const doses: Dose[] = [];
  if (c.bolus) doses.push({ kind: "bolus", at: minutes(0), amount: c.bolus.dose });
  if (c.infusion) {
    doses.push({
      kind: "rate",
      start: minutes(0),
      stop: c.infusion.duration,
      rate: c.infusion.deliveredRate,
    });
  }
  const end = c.sessionDuration + PK_TAIL_MIN;
  const times = Array.from({ length: PK_POINTS }, (_, i) =>
    minutes(Math.round((end * i * 10) / (PK_POINTS - 1)) / 10),
  );
  const concentrations = predict(DOMINO, c.weight, doses, times);
  return {
    model: { id: DOMINO.id, label: DOMINO.label, sources: [...DOMINO.sources] },
    timesMin: times.map(Number),
    concentrationNgPerMl: concentrations.map((v) => Math.round(v * 10) / 10),
    bands: CONCENTRATION_BANDS.map((b) => ({
      id: b.bandId,
      label: b.label,
      lowNgPerMl: b.low,
      highNgPerMl: b.high,
      sources: [...b.sources],
    })),
  };
}
