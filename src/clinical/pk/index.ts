export { type BandId, CONCENTRATION_BANDS, type ConcentrationBand, timeInBands } from "./bands";
export { type CompareOptions, compareRegimens, type RegimenSummary, summariseRegimen } from "./compare";
export { type Disposition, disposition } from "./disposition";
export type { BolusDose, Dose, RateSegment } from "./doses";
export {
  CLEMENTS,
  DOMINO,
  HIJAZI,
  PK_MODELS,
  type PkModel,
  type PkModelId,
  pkModel,
  type ScaledModel,
  scaleModel,
} from "./models";
export {
  type BandOptions,
  type ConcentrationBandCurves,
  type PopulationSpec,
  type Predictor,
  populationBand,
  seededRandom,
  type VirtualPatient,
  virtualPopulation,
} from "./population";
export { gridTimes, predict, predictGrid, type TimeGrid } from "./predict";
export { rk4Predict } from "./reference";
