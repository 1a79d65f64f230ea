/** The standing reminder, on every page, of what the software is and is not. */
export function SafetyNote() {
  return (
    <footer className="safety-note">
      Ketaguard is decision support and a secondary display beside the bedside monitor — not an alarm system
      of record.
    </footer>
  );
}
