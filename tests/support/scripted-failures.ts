/**
 * Failures a stand-in platform can be told to produce: the next n requests, or every request for a while.
 * Shared by fake-slack.ts and fake-discord.ts.
 */
import type { IncomingMessage, ServerResponse } from "node:http";

export type ScriptedFailure<Extra> =
  | { status: 429; retryAfter: number; global?: boolean }
  | { status: 500 | 502 | 503 }
  | { drop: true }
  | { delayMs: number }
  | Extra;

interface Entry<Extra> {
  failure: ScriptedFailure<Extra>;
  /** Only requests for this channel / webhook id fail; undefined = any. */
  only: string | undefined;
}

interface Outage<Extra> extends Entry<Extra> {
  until: number;
}

/** A queue of one-shot failures plus an optional outage window. */
export class FailureScript<Extra> {
  private queue: Entry<Extra>[] = [];
  private outage: Outage<Extra> | null = null;

  /** The next n requests (for `only`, when given) fail this way. */
  failNext(n: number, failure: ScriptedFailure<Extra>, only?: string): void {
    for (let i = 0; i < n; i++) this.queue.push({ failure, only });
  }

  /** Every request (for `only`, when given) fails this way for the next `ms` milliseconds. */
  failFor(ms: number, failure: ScriptedFailure<Extra>, only?: string): void {
    this.outage = { until: Date.now() + ms, failure, only };
  }

  /** Ends any outage and forgets queued failures. */
  clear(): void {
    this.queue = [];
    this.outage = null;
  }

  /** The failure for a request to `key` (channel or webhook id), if any; consumes one queued failure. */
  take(key: string): ScriptedFailure<Extra> | null {
    const index = this.queue.findIndex((entry) => entry.only === undefined || entry.only === key);
    if (index >= 0) return this.queue.splice(index, 1)[0]!.failure;
    if (this.outage && Date.now() >= this.outage.until) this.outage = null;
    if (this.outage && (this.outage.only === undefined || this.outage.only === key))
      return this.outage.failure;
    return null;
  }
}

/** Destroys the socket without answering, as a dropped connection looks to the client. */
export function dropConnection(req: IncomingMessage, res: ServerResponse): void {
  res.socket?.destroy();
  req.socket.destroy();
}

/** Reads a request body as text (bounded at 8 MiB). */
export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 8 * 1024 * 1024) throw new Error("request body over 8 MiB");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** Sleeps; used for `{ delayMs }` failures. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
