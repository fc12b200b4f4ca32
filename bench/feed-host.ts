/**
 * The feed server of the benchmarks, run as a child process (`forkFeedHost`) so that its CPU is not counted
 * in the process being measured. Serves makeBenchFeeds' bytes on 127.0.0.1 with ETag / Last-Modified and 304s,
 * optional latency per request, and counts the body bytes it sends. Driven over IPC (see FeedHostMessage).
 */

import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { startFeedServer } from "../tests/support/feed-server.js";
import { loadHeadlines } from "../tests/support/labelled-headlines.js";
import { ALERT_SET, makeBenchFeeds } from "./bench-feeds.js";

export type FeedHostRequest =
  | { type: "start"; count: number; itemsPerFeed: number; now: string; latencyMs: number; tag?: string }
  | { type: "stats" }
  | { type: "reset" }
  | { type: "prepend"; index: number; tag: string; offset: number }
  | { type: "stop" };

export interface FeedHostStats {
  requests: number;
  ok: number;
  notModified: number;
  bodyBytes: number;
  /** Path → requests it got (any answer). */
  byPath: Record<string, number>;
  /** Path → Date.now() of each 200 response, in order. */
  served: Record<string, number[]>;
}

interface Entry {
  bytes: Buffer;
  contentType: string;
  etag: string;
  lastModified: string;
}

const entries = new Map<string, Entry>();
let stats: FeedHostStats = { requests: 0, ok: 0, notModified: 0, bodyBytes: 0, byPath: {}, served: {} };
let latencyMs = 0;
let server: Awaited<ReturnType<typeof startFeedServer>> | undefined;

function entryFor(bytes: Buffer, contentType: string): Entry {
  const etag = `"${createHash("sha1").update(bytes).digest("hex").slice(0, 16)}"`;
  return { bytes, contentType, etag, lastModified: new Date().toUTCString() };
}

function route(path: string) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
    const entry = entries.get(path)!;
    stats.requests += 1;
    stats.byPath[path] = (stats.byPath[path] ?? 0) + 1;
    const validators = { etag: entry.etag, "last-modified": entry.lastModified };
    if (req.headers["if-none-match"] === entry.etag) {
      stats.notModified += 1;
      res.writeHead(304, validators).end();
      return;
    }
    stats.ok += 1;
    stats.bodyBytes += entry.bytes.length;
    const served = stats.served[path] ?? [];
    served.push(Date.now());
    stats.served[path] = served;
    res.writeHead(200, {
      "content-type": entry.contentType,
      "content-length": String(entry.bytes.length),
      ...validators,
    });
    res.end(entry.bytes);
  };
}

async function handle(message: FeedHostRequest): Promise<unknown> {
  switch (message.type) {
    case "start": {
      latencyMs = message.latencyMs;
      const feeds = makeBenchFeeds(
        loadHeadlines(),
        message.count,
        message.itemsPerFeed,
        new Date(message.now),
        message.tag,
      );
      server = await startFeedServer();
      for (const f of feeds) {
        entries.set(f.path, entryFor(f.bytes, f.contentType));
        server.setRoute(f.path, route(f.path));
      }
      return { origin: server.origin };
    }
    case "stats":
      return stats;
    case "reset":
      stats = { requests: 0, ok: 0, notModified: 0, bodyBytes: 0, byPath: {}, served: {} };
      return stats;
    case "prepend": {
      // One new item at the top of feed `index`: same feed, new bytes, new ETag.
      const path = [...entries.keys()][message.index]!;
      // A different real headline each time, from a labelled set the feeds never carry: a headline the
      // feeds already carry (even reworded) would rightly join the story already sent, and alert nobody.
      const alerting = loadHeadlines(ALERT_SET).filter((h) => h.label === "sea_trafficking");
      const rotated = [...alerting.slice(message.offset), ...alerting.slice(0, message.offset)];
      const feeds = makeBenchFeeds(rotated, message.index + 1, 1, new Date(), message.tag, false);
      const fresh = feeds[message.index]!;
      entries.set(path, entryFor(fresh.bytes, fresh.contentType));
      return { at: Date.now() };
    }
    case "stop":
      await server?.close();
      setImmediate(() => process.exit(0));
      return {};
  }
}

process.on("message", (message: FeedHostRequest & { id: number }) => {
  handle(message).then(
    (reply) => process.send?.({ id: message.id, reply }),
    (error: unknown) => process.send?.({ id: message.id, error: String(error) }),
  );
});
