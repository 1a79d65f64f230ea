import { type FormEvent, useState } from "react";
import type { FeedView } from "../../../src/clinical/chair/view";
import { TextField } from "../components/Field";
import { useOutbox } from "./useOutbox";
import { clock } from "./words";

/** Which bedside monitor feeds this session: connect one by its device id, or disconnect it. */
export function MonitorBinding({ sessionId, feed }: { sessionId: string; feed: FeedView }) {
  const outbox = useOutbox();
  const [deviceId, setDeviceId] = useState("");
  const [error, setError] = useState<string>();
  const bind = (id: string | null) =>
    outbox.record(sessionId, id ? `Monitor ${id} connected` : "Monitor disconnected", {
      body: { kind: "monitor", deviceId: id },
    });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!deviceId.trim()) {
      setError("Enter the monitor's device id.");
      return;
    }
    bind(deviceId.trim());
    setDeviceId("");
    setError(undefined);
  };
  return (
    <div className="monitor-binding">
      <h3>Bedside monitor</h3>
      {feed.deviceId ? (
        <>
          <p>
            Connected: <strong className="mono">{feed.deviceId}</strong>
            {feed.lastReadingAt !== null && ` · last reading ${clock(feed.lastReadingAt)}`}
            {feed.stale && (
              <>
                {" "}
                <span className="badge badge-danger">Monitor feed stale</span>
              </>
            )}
          </p>
          <button type="button" onClick={() => bind(null)}>
            Disconnect monitor
          </button>
        </>
      ) : (
        <form className="inline-form" onSubmit={submit} aria-label="Connect a monitor">
          <TextField label="Monitor device id" value={deviceId} onChange={setDeviceId} error={error} />
          <button type="submit">Connect monitor</button>
        </form>
      )}
    </div>
  );
}
