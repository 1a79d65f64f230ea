import { type FormEvent, useState } from "react";
import { TextField } from "../components/Field";
import { useOutbox } from "./useOutbox";

/** Whether the responsible adult taking the patient home is here, and their name. */
export function EscortForm({ sessionId, present }: { sessionId: string; present: boolean | null }) {
  const outbox = useOutbox();
  const [name, setName] = useState("");
  const record = (isPresent: boolean) =>
    outbox.record(sessionId, isPresent ? "Escort present" : "No escort present", {
      body: {
        kind: "escort",
        present: isPresent,
        ...(isPresent && name.trim() ? { name: name.trim() } : {}),
      },
    });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record(true);
    setName("");
  };
  return (
    <form className="inline-form" onSubmit={submit} aria-label="Escort">
      <p>
        Escort: <strong>{present === null ? "not recorded" : present ? "present" : "not present"}</strong>
      </p>
      <TextField label="Escort's name (optional)" value={name} onChange={setName} />
      <div className="actions">
        <button type="submit">Escort present</button>
        <button type="button" onClick={() => record(false)}>
          No escort
        </button>
      </div>
    </form>
  );
}
