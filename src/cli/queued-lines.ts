/** One line per target that a one-shot command left messages for in the outbox (poll, digest --now). */
import type { QueuedForTarget } from "../deliver/drain-outbox.js";

/** "3 messages queued for discord-webhook:…/«redacted»: connection refused — the worker retries them". */
export function queuedLines(queued: QueuedForTarget[]): string[] {
  const byTarget = new Map<string, QueuedForTarget>();
  for (const entry of queued) {
    const key = `${entry.target}\n${entry.reason}`;
    const seen = byTarget.get(key);
    if (seen) byTarget.set(key, { ...seen, messages: seen.messages + entry.messages });
    else byTarget.set(key, entry);
  }
  return [...byTarget.values()].map(
    (entry) =>
      `${entry.messages} ${entry.messages === 1 ? "message" : "messages"} queued for ${entry.target}: ` +
      `${entry.reason} — the worker retries them (or run this again)`,
  );
}
