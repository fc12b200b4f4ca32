import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FeedRequest, type FetchResult, fetchFeed } from "../../src/fetch/fetch-feed.js";
import { type FeedServer, startFeedServer } from "../support/feed-server.js";
import {
  addHostileRoutes,
  BILLION_LAUGHS,
  HOSTILE_PATHS,
  type HostileName,
  HTML_PAGE,
  hugeBodyRoute,
  trickleRoute,
} from "../support/hostile-feeds.js";

/** Loopback servers need the switch; a short deadline and small caps keep the suite fast. */
const OPEN = { allowPrivateHosts: true, timeoutMs: 1500, maxBytes: 256 * 1024, maxDecodedBytes: 1024 * 1024 };

let server: FeedServer;
let urls: Record<HostileName, string>;

beforeAll(async () => {
  server = await startFeedServer();
  urls = await addHostileRoutes(server);
});

afterAll(async () => {
  await server.close();
});

function fresh(url: string): FeedRequest {
  return { url, etag: null, lastModified: null };
}

function failure(result: FetchResult): { code: string; message: string } {
  if (result.kind !== "failed") throw new Error(`expected a failure, got ${result.kind}`);
  return { code: result.error.code, message: result.error.message };
}

describe("hostile feeds each fail with their own reason", () => {
  it("gives up on a body trickling one byte a second at the deadline", async () => {
    expect(failure(await fetchFeed(fresh(urls.trickle), OPEN))).toEqual({
      code: "FEED_TIMEOUT",
      message: "timed out after 1.5 s",
    });
  });

  it("gives up on a server that never answers at the deadline", async () => {
    expect(failure(await fetchFeed(fresh(urls.silent), OPEN))).toEqual({
      code: "FEED_TIMEOUT",
      message: "timed out after 1.5 s",
    });
  });

  it("stops a redirect loop after the redirect cap and says where it started", async () => {
    const before = server.requestsTo(HOSTILE_PATHS.redirectLoop).length;
    expect(failure(await fetchFeed(fresh(urls.redirectLoop), OPEN))).toEqual({
      code: "FEED_TOO_MANY_REDIRECTS",
      message: `too many redirects (5) starting at ${urls.redirectLoop}`,
    });
    expect(server.requestsTo(HOSTILE_PATHS.redirectLoop).length - before).toBe(6);
  });

  it("honours a smaller redirect cap", async () => {
    const before = server.requestsTo(HOSTILE_PATHS.redirectLoop).length;
    const result = await fetchFeed(fresh(urls.redirectLoop), { ...OPEN, maxRedirects: 2 });
    expect(failure(result).message).toBe(`too many redirects (2) starting at ${urls.redirectLoop}`);
    expect(server.requestsTo(HOSTILE_PATHS.redirectLoop).length - before).toBe(3);
  });

  it("stops reading a 240 MB body at the byte cap", async () => {
    expect(failure(await fetchFeed(fresh(urls.hugeBody), OPEN))).toEqual({
      code: "FEED_TOO_LARGE",
      message: "too large: more than 256 KB",
    });
  });

  it("refuses a body whose Content-Length is over the cap before reading it", async () => {
    const url = server.setRoute("/hostile/huge-declared.xml", hugeBodyRoute({ declareLength: true }));
    const result = await fetchFeed(fresh(url), OPEN);
    expect(failure(result)).toEqual({ code: "FEED_TOO_LARGE", message: "too large: more than 256 KB" });
    expect(result.kind === "failed" && result.error.status).toBe(200);
  });

  it("stops inflating a gzip bomb at the decoded cap, without the memory it asks for", async () => {
    const rssBefore = process.memoryUsage().rss;
    const result = await fetchFeed(fresh(urls.gzipBomb), { allowPrivateHosts: true, timeoutMs: 10_000 });
    expect(failure(result)).toEqual({
      code: "FEED_TOO_LARGE",
      message: "too large: more than 20 MB after decompression",
    });
    // The bomb inflates to 400 MB; the reader may hold at most the 20 MB cap.
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(150 * 1024 * 1024);
  });

  it("reports a 500 as an HTTP error", async () => {
    expect(failure(await fetchFeed(fresh(urls.serverError), OPEN))).toEqual({
      code: "FEED_HTTP_STATUS",
      message: "HTTP 500 Internal Server Error",
    });
  });

  it("reports a 429 with Retry-After: 3600 as rate-limited for an hour", async () => {
    const now = () => new Date("2026-11-25T05:00:00Z");
    const result = await fetchFeed(fresh(urls.rateLimited), { ...OPEN, now });
    expect(failure(result)).toEqual({
      code: "FEED_RATE_LIMITED",
      message: "rate-limited until 2026-11-25T06:00:00Z (Retry-After 3600)",
    });
    expect(result.kind === "failed" && result.error.retryAfterMs).toBe(3_600_000);
  });
});

describe("hostile content small enough to fetch is handed to the parser unchanged", () => {
  it.each([
    ["billionLaughs", BILLION_LAUGHS],
    ["htmlPage", HTML_PAGE],
  ] as const)("passes the %s body through as bytes, unexpanded", async (name, body) => {
    const result = await fetchFeed(fresh(urls[name]), OPEN);
    expect(result.kind === "ok" && result.body.toString("utf8")).toBe(body);
  });

  it("passes random bytes through byte for byte", async () => {
    const result = await fetchFeed(fresh(urls.randomBytes), OPEN);
    expect(result.kind === "ok" && result.body.length).toBe(64 * 1024);
  });
});

describe("the hostile server itself", () => {
  it("stops trickling as soon as the client gives up", async () => {
    let stopped: (bytes: number) => void = () => undefined;
    const done = new Promise<number>((resolve) => {
      stopped = resolve;
    });
    const url = server.setRoute(
      "/hostile/trickle-watched.xml",
      trickleRoute({ intervalMs: 100, onStop: stopped }),
    );
    const result = await fetchFeed(fresh(url), { ...OPEN, timeoutMs: 500 });
    expect(failure(result).code).toBe("FEED_TIMEOUT");
    // Five minutes at 100 ms would be 3000 bytes; the route stops with the connection instead.
    expect(await done).toBeLessThan(100);
  });

  it("ends trickling and silent connections when it closes, so no test run hangs", async () => {
    const own = await startFeedServer();
    const ownUrls = await addHostileRoutes(own);
    const slow = { ...OPEN, timeoutMs: 60_000 };
    const pending = [fetchFeed(fresh(ownUrls.trickle), slow), fetchFeed(fresh(ownUrls.silent), slow)];
    while (own.requests.length < 2) await new Promise((resolve) => setTimeout(resolve, 10));
    await own.close();
    const results = await Promise.all(pending);
    expect(results.map((result) => failure(result).code)).toEqual(["FEED_NETWORK", "FEED_NETWORK"]);
    expect(failure(results[0]!).message).toMatch(/^connection to 127\.0\.0\.1:\d+ dropped \(/);
  });
});
