import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FeedRequest, type FetchResult, fetchFeed } from "../../src/fetch/fetch-feed.js";
import { USER_AGENT } from "../../src/fetch/fetch-options.js";
import { type FeedServer, startFeedServer } from "../support/feed-server.js";

/** Loopback servers need the switch; small caps keep the suite fast. */
const OPEN = { allowPrivateHosts: true, timeoutMs: 1500, maxBytes: 256 * 1024, maxDecodedBytes: 1024 * 1024 };
const FEED = '<?xml version="1.0"?><rss version="2.0"><channel><title>fetch test</title></channel></rss>';

let server: FeedServer;
let dir: string;

beforeAll(async () => {
  server = await startFeedServer();
  dir = mkdtempSync(join(tmpdir(), "tracewire-fetch-"));
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

function fresh(url: string): FeedRequest {
  return { url, etag: null, lastModified: null };
}

function failure(result: FetchResult): { code: string; message: string; status: number | null } {
  if (result.kind !== "failed") throw new Error(`expected a failure, got ${result.kind}`);
  return { code: result.error.code, message: result.error.message, status: result.error.status };
}

describe("conditional GET", () => {
  it("sends the stored ETag and Last-Modified back and gets not-modified without a body", async () => {
    const url = server.setRoute("/cond.xml", {
      body: FEED,
      etag: '"v1"',
      lastModified: "Tue, 24 Nov 2026 10:00:00 GMT",
    });
    const first = await fetchFeed(fresh(url), OPEN);
    expect(first).toMatchObject({ kind: "ok", status: 200, etag: '"v1"' });
    expect(first.kind === "ok" && first.lastModified).toBe("Tue, 24 Nov 2026 10:00:00 GMT");

    const second = await fetchFeed(
      { url, etag: '"v1"', lastModified: "Tue, 24 Nov 2026 10:00:00 GMT" },
      OPEN,
    );
    expect(second).toEqual({
      kind: "not-modified",
      status: 304,
      etag: '"v1"',
      lastModified: "Tue, 24 Nov 2026 10:00:00 GMT",
    });
    const [, conditional] = server.requestsTo("/cond.xml");
    expect(conditional?.headers["if-none-match"]).toBe('"v1"');
    expect(conditional?.headers["if-modified-since"]).toBe("Tue, 24 Nov 2026 10:00:00 GMT");
  });

  it("sends no validators for a feed never fetched", async () => {
    const url = server.setRoute("/first-time.xml", { body: FEED, etag: '"a"' });
    await fetchFeed(fresh(url), OPEN);
    const [request] = server.requestsTo("/first-time.xml");
    expect(request?.headers["if-none-match"]).toBeUndefined();
    expect(request?.headers["if-modified-since"]).toBeUndefined();
  });

  it("gets the new body and new ETag when the feed changed", async () => {
    const url = server.setRoute("/changed.xml", { body: FEED, etag: '"v2"' });
    const result = await fetchFeed({ url, etag: '"v1"', lastModified: null }, OPEN);
    expect(result).toMatchObject({ kind: "ok", etag: '"v2"' });
    expect(result.kind === "ok" && result.body.toString()).toBe(FEED);
  });

  it("serves a fixture file with its own ETag and answers 304 to it", async () => {
    const file = join(dir, "feed.xml");
    writeFileSync(file, FEED);
    const url = server.serveFile("/file.xml", file, "application/rss+xml");
    const first = await fetchFeed(fresh(url), OPEN);
    if (first.kind !== "ok") throw new Error(`expected ok, got ${first.kind}`);
    expect(first.contentType).toBe("application/rss+xml");
    const second = await fetchFeed({ url, etag: first.etag, lastModified: first.lastModified }, OPEN);
    expect(second.kind).toBe("not-modified");
  });
});

describe("what the feed server sees", () => {
  it("names tracewire and its project URL in the User-Agent and accepts compressed bodies", async () => {
    const url = server.setRoute("/ua.xml", { body: FEED });
    await fetchFeed(fresh(url), OPEN);
    const [request] = server.requestsTo("/ua.xml");
    expect(request?.headers["user-agent"]).toBe(USER_AGENT);
    expect(USER_AGENT).toMatch(
      /^tracewire\/\d+\.\d+\.\d+ \(\+https:\/\/github\.com\/tracewire\/tracewire\)$/,
    );
    expect(request?.headers["accept-encoding"]).toBe("gzip, deflate, br");
  });
});

describe("compressed bodies", () => {
  it.each(["gzip", "deflate", "br"] as const)("decodes a %s body", async (encoding) => {
    const url = server.setRoute(`/enc-${encoding}.xml`, { body: FEED, encoding });
    const result = await fetchFeed(fresh(url), OPEN);
    if (result.kind !== "ok") throw new Error(`expected ok, got ${JSON.stringify(result)}`);
    expect(result.body.toString()).toBe(FEED);
    expect(result.bytes).toBeLessThan(Buffer.byteLength(FEED) + 32);
  });

  it("reports a body that says gzip but is not", async () => {
    const url = server.setRoute("/fake-gzip.xml", { body: FEED, headers: { "content-encoding": "gzip" } });
    const result = await fetchFeed(fresh(url), OPEN);
    expect(failure(result).code).toBe("FEED_NETWORK");
    expect(failure(result).message).toMatch(/^body cannot be decoded: gzip: /);
  });

  it("reports a Content-Encoding it cannot decode", async () => {
    const url = server.setRoute("/zstd.xml", { body: FEED, headers: { "content-encoding": "zstd" } });
    expect(failure(await fetchFeed(fresh(url), OPEN)).message).toBe(
      'body cannot be decoded: unsupported Content-Encoding "zstd"',
    );
  });
});

describe("redirects", () => {
  it("follows a redirect and reports the final URL", async () => {
    const target = server.setRoute("/moved-here.xml", { body: FEED });
    const url = server.setRoute("/old.xml", { status: 301, headers: { location: "/moved-here.xml" } });
    const result = await fetchFeed(fresh(url), OPEN);
    expect(result).toMatchObject({ kind: "ok", finalUrl: target });
  });

  it("refuses a redirect to a non-http scheme", async () => {
    const url = server.setRoute("/to-file.xml", { status: 302, headers: { location: "file:///etc/passwd" } });
    const error = failure(await fetchFeed(fresh(url), OPEN));
    expect(error.code).toBe("FEED_BAD_URL");
    expect(error.message).toBe(
      'unsupported scheme "file:": only http and https URLs are fetched, after a redirect to file:///etc/passwd',
    );
  });
});

describe("HTTP failures", () => {
  it("reports a 500 with its status line", async () => {
    const url = server.setRoute("/broken.xml", { status: 500, body: "oops" });
    expect(failure(await fetchFeed(fresh(url), OPEN))).toEqual({
      code: "FEED_HTTP_STATUS",
      message: "HTTP 500 Internal Server Error",
      status: 500,
    });
  });

  it("reports a 404 with a hint that the feed may have moved", async () => {
    const url = server.url("/nothing-here.xml");
    const result = await fetchFeed(fresh(url), OPEN);
    expect(failure(result).message).toBe("HTTP 404 Not Found");
    expect(result.kind === "failed" && result.error.describe()).toBe(
      `${url}: HTTP 404 Not Found\n  hint: the feed may have moved; check its URL`,
    );
  });

  it("reports a 429 as rate-limited until the time Retry-After gives", async () => {
    const url = server.setRoute("/busy.xml", { status: 429, headers: { "retry-after": "3600" } });
    const now = () => new Date("2026-11-25T05:00:00Z");
    const result = await fetchFeed(fresh(url), { ...OPEN, now });
    expect(failure(result)).toEqual({
      code: "FEED_RATE_LIMITED",
      message: "rate-limited until 2026-11-25T06:00:00Z (Retry-After 3600)",
      status: 429,
    });
    expect(result.kind === "failed" && result.error.retryAfterMs).toBe(3_600_000);
  });

  it("reads an HTTP-date Retry-After on a 503", async () => {
    const url = server.setRoute("/maintenance.xml", {
      status: 503,
      headers: { "retry-after": "Wed, 25 Nov 2026 05:30:00 GMT" },
    });
    const result = await fetchFeed(fresh(url), { ...OPEN, now: () => new Date("2026-11-25T05:00:00Z") });
    expect(failure(result)).toEqual({
      code: "FEED_HTTP_STATUS",
      message: "HTTP 503 Service Unavailable (retry after 1800 s)",
      status: 503,
    });
    expect(result.kind === "failed" && result.error.retryAfterMs).toBe(1_800_000);
  });

  it("reports a 200 with an empty body as empty", async () => {
    const url = server.setRoute("/empty.xml", { body: "" });
    expect(failure(await fetchFeed(fresh(url), OPEN))).toEqual({
      code: "FEED_EMPTY",
      message: "empty response: HTTP 200 with no body",
      status: 200,
    });
  });

  it("reports a refused connection and names the host", async () => {
    const gone = await startFeedServer();
    const url = gone.url("/feed.xml");
    await gone.close();
    const error = failure(await fetchFeed(fresh(url), OPEN));
    expect(error.code).toBe("FEED_NETWORK");
    expect(error.message).toBe(`connection refused by 127.0.0.1:${gone.port} (ECONNREFUSED)`);
  });
});

describe("bad URLs", () => {
  it.each([
    "file:///etc/passwd",
    "ftp://example.org/feed.xml",
    "gopher://example.org/1",
    "javascript:alert(1)",
  ])("refuses %s without fetching it", async (url) => {
    const error = failure(await fetchFeed(fresh(url), OPEN));
    expect(error.code).toBe("FEED_BAD_URL");
    expect(error.message).toMatch(/^unsupported scheme "[a-z]+:": only http and https URLs are fetched$/);
  });

  it("refuses text that is not a URL", async () => {
    expect(failure(await fetchFeed(fresh("rss.dw.com/rdf/rss-en-all"), OPEN))).toEqual({
      code: "FEED_BAD_URL",
      message: 'not a URL: "rss.dw.com/rdf/rss-en-all"',
      status: null,
    });
  });
});
