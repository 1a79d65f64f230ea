import type { StreamStatus } from "./useBoardStream";

/** Says plainly when live updates are down and since when the data is; announces new alerts. */
export function LiveBanner({ status }: { status: StreamStatus }) {
  const last = status.lastUpdateAt
    ? new Date(status.lastUpdateAt).toLocaleTimeString("en-GB", {
        hour: "2-digit",
        minute: "2-digit",
        second: "2-digit",
      })
    : null;
  return (
    <>
      {status.connected ? (
        <p className="live-status live-on">Live{last && ` · last update ${last}`}</p>
      ) : (
        <div className="notice notice-error live-off" role="alert">
          <p className="notice-title">Live updates disconnected — data may be stale</p>
          <p>
            {last ? `Last update at ${last}. ` : ""}Reconnecting by itself; the bedside monitor stays the
            alarm.
          </p>
        </div>
      )}
      <p className="visually-hidden" aria-live="assertive">
        {status.announcement}
      </p>
    </>
  );
}
