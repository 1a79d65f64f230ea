/**
 * A floor-board client holding `GET /api/board/events`, as a browser's EventSource does. Each event is
 * stamped with the moment its last byte arrived; `card` payloads are counted but not parsed, so the client
 * costs little next to the load it measures.
 */
import http from "node:http";
import { performance } from "node:perf_hooks";

export interface AlertEvent {
  readonly sessionId: string;
  readonly change: "raised" | "escalated" | "cleared" | "acknowledged";
  readonly alert: { readonly key: string };
}

export interface BoardStream {
  readonly counts: { cards: number; alerts: number; bytes: number };
  close(): void;
}

export function openBoardStream(
  baseUrl: string,
  headers: Record<string, string>,
  onAlert: (e: AlertEvent, arrivedAt: number) => void,
): Promise<BoardStream> {
  const counts = { cards: 0, alerts: 0, bytes: 0 };
  return new Promise((resolve, reject) => {
    const req = http.get(`${baseUrl}/api/board/events`, {
      headers: { ...headers, accept: "text/event-stream" },
    });
    req.once("error", reject);
    req.once("response", (res) => {
      if (res.statusCode !== 200) {
        reject(new Error(`the board stream answered ${res.statusCode}`));
        res.resume();
        return;
      }
      res.setEncoding("utf8");
      let buffer = "";
      res.on("data", (chunk: string) => {
        const arrivedAt = performance.now();
        counts.bytes += chunk.length;
        buffer += chunk;
        let end = buffer.indexOf("\n\n");
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf("\n\n");
          if (block.startsWith("event: card")) counts.cards++;
          else if (block.startsWith("event: alert")) {
            counts.alerts++;
            const data = block.split("\n").find((l) => l.startsWith("data: "));
            if (data) onAlert(JSON.parse(data.slice(6)) as AlertEvent, arrivedAt);
          }
        }
      });
      res.once("error", () => {});
      resolve({ counts, close: () => req.destroy() });
    });
  });
}
