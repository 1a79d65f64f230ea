import { useEffect, useRef } from "react";
import type { ManagementStep, RedFlag } from "../../../src/clinical/catalogue/types";
import { StepList } from "./StepList";

/**
 * The emergency steps of a red-flag side effect, opened over everything at once as a modal dialog.
 * The server raises the high-priority alert from the same entry.
 */
export function EmergencyDialog({
  title,
  steps,
  redFlags,
  onClose,
}: {
  title: string;
  steps: readonly ManagementStep[];
  redFlags: readonly RedFlag[];
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  return (
    <dialog ref={dialog} className="emergency-dialog" aria-labelledby="emergency-title" onClose={onClose}>
      <h2 id="emergency-title">Emergency: {title}</h2>
      <p>
        <strong>Stop the infusion and call for help now.</strong> A high-priority alert has gone to the team.
      </p>
      <StepList steps={steps} />
      {redFlags.length > 0 && (
        <>
          <h3>Warning signs</h3>
          <ul>
            {redFlags.map((f) => (
              <li key={f.text}>{f.text}</li>
            ))}
          </ul>
        </>
      )}
      <button type="button" className="primary" onClick={() => dialog.current?.close()}>
        I have the steps — close
      </button>
    </dialog>
  );
}
