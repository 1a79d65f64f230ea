import type { Phase } from "../../../src/clinical/chair/view";
import { PHASE_LABEL } from "./words";

/** The session's phase as a coloured badge. */
export function PhaseBadge({ phase }: { phase: Phase }) {
  return <span className={`badge phase phase-${phase}`}>{PHASE_LABEL[phase]}</span>;
}
