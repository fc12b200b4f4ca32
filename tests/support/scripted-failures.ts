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

interface Outage<Extra> {
  until: number;
  failure: ScriptedFailure<Extra>;
}

/** A queue of one-shot failures plus an optional outage window. */
export class FailureScript<Extra> {
  private queue: ScriptedFailure<Extra>[] = [];
  private outage: Outage<Extra> | null = null;

  /** The next n matching requests fail this way. */
  failNext(n: number, failure: ScriptedFailure<Extra>): void {
    for (let i = 0; i < n; i++) this.queue.push(failure);
  }

  /** Every matching request fails this way for the next `ms` milliseconds. */
  failFor(ms: number, failure: ScriptedFailure<Extra>): void {
    this.outage = { until: Date.now() + ms, failure };
  }

  /** Ends any outage and forgets queued failures. */
  clear(): void {
    this.queue = [];
    this.outage = null;
  }

  /** The failure for this request, if any (consumes one queued failure). */
  take(): ScriptedFailure<Extra> | null {
    const next = this.queue.shift();
    if (next) return next;
    if (this.outage && Date.now() < this.outage.until) return this.outage.failure;
    this.outage = null;
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
