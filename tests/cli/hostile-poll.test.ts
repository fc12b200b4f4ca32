/**
 * Hostile feeds beside good ones in one `tracewire poll` (issue 8): every good item stored, every hostile
 * feed reported with its own reason, memory bounded, the rate-limited feed left alone until its
 * Retry-After — and, without TRACEWIRE_ALLOW_PRIVATE_HOSTS, a loopback feed is never fetched at all.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FeedServer, startFeedServer } from "../support/feed-server.js";
import { addHostileRoutes, HOSTILE_PATHS, type HostileName } from "../support/hostile-feeds.js";
import { loadHeadlines } from "../support/labelled-headlines.js";
import { buildOutletFeeds, feedBytes, type OutletFeed } from "../support/outlet-feeds.js";
import { type CliResult, runCli } from "../support/run-cli.js";

let server: FeedServer;
let dir: string;
let env: Record<string, string>;
let good: OutletFeed[];
let first: CliResult;

const REASONS: Record<HostileName, RegExp> = {
  trickle: /timed out/,
  silent: /timed out/,
  redirectLoop: /too many redirects/,
  hugeBody: /too large/,
  gzipBomb: /too large/,
  billionLaughs: /entit|DOCTYPE|DTD/i,
  randomBytes: /not a feed/,
  htmlPage: /not a feed/,
  serverError: /HTTP 500/,
  rateLimited: /rate-limited until/,
};

beforeAll(async () => {
  server = await startFeedServer();
  good = buildOutletFeeds(loadHeadlines(), new Date());
  const feeds = good.map((f) => {
    server.setRoute(f.path, { body: feedBytes(f), contentType: f.contentType, etag: `"${f.format}"` });
    return { ...f.feed, url: server.url(f.path) };
  });
  const urls = await addHostileRoutes(server);
  for (const name of Object.keys(urls) as HostileName[]) {
    feeds.push({
      id: `hostile-${name.toLowerCase()}`,
      outlet: "Hostile",
      url: urls[name],
      interval: 10,
      language: "en",
      enabled: true,
    });
  }
  dir = mkdtempSync(join(tmpdir(), "tw-hostile-"));
  writeFileSync(join(dir, "feeds.json"), JSON.stringify({ feeds }));
  env = {
    FEEDS_FILE: join(dir, "feeds.json"),
    DATABASE_URL: `sqlite:${join(dir, "tracewire.db")}`,
    TRACEWIRE_ALLOW_PRIVATE_HOSTS: "1",
  };
  first = await runCli(["poll", "--json"], { env, timeoutMs: 150_000 });
}, 180_000);

afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("a poll beside hostile feeds", () => {
  it("finishes, exits 0 and stays within 400 MB", () => {
    expect(first.stderr).not.toMatch(/unexpected failure/);
    expect(first.code).toBe(0);
    expect(first.peakRssMb).toBeGreaterThan(0);
    expect(first.peakRssMb).toBeLessThanOrEqual(400);
  });

  it("stores every good item", () => {
    const summary = JSON.parse(first.stdout) as { feeds: { id: string; result: string; new?: number }[] };
    for (const f of good) {
      expect(summary.feeds.find((r) => r.id === f.feed.id)).toMatchObject({
        result: "new",
        new: f.headlines.length,
      });
    }
  });

  it("lists each hostile feed in `tracewire feeds` with its own reason", async () => {
    const out = await runCli(["feeds", "--json"], { env });
    const rows = new Map(
      (JSON.parse(out.stdout) as { id: string; state: string; lastError: string }[]).map((r) => [r.id, r]),
    );
    for (const [name, reason] of Object.entries(REASONS)) {
      const row = rows.get(`hostile-${name.toLowerCase()}`);
      expect(row?.state, name).toBe("failing");
      expect(row?.lastError, name).toMatch(reason);
    }
  });

  it("does not ask the rate-limited feed again before its Retry-After", async () => {
    const before = server.requestsTo(HOSTILE_PATHS.rateLimited).length;
    const again = await runCli(["poll", "--json"], {
      env: { ...env, TRACEWIRE_FETCH_TIMEOUT_MS: "2000" },
      timeoutMs: 60_000,
    });
    expect(again.code).toBe(0);
    expect(server.requestsTo(HOSTILE_PATHS.rateLimited).length).toBe(before);
    const summary = JSON.parse(again.stdout) as { feeds: { id: string; result: string; reason?: string }[] };
    expect(summary.feeds.find((r) => r.id === "hostile-ratelimited")).toMatchObject({ result: "skipped" });
  });
});

describe("without TRACEWIRE_ALLOW_PRIVATE_HOSTS", () => {
  it("never fetches a loopback feed and says why", async () => {
    const before = server.requests.length;
    const privateDir = mkdtempSync(join(tmpdir(), "tw-ssrf-"));
    try {
      const strictEnv = { ...env, DATABASE_URL: `sqlite:${join(privateDir, "t.db")}` };
      delete (strictEnv as Record<string, string | undefined>)["TRACEWIRE_ALLOW_PRIVATE_HOSTS"];
      const out = await runCli(["poll"], { env: strictEnv, timeoutMs: 60_000 });
      expect(out.code).toBe(0);
      expect(server.requests.length).toBe(before);
      const feeds = await runCli(["feeds", "--json"], { env: strictEnv });
      for (const row of JSON.parse(feeds.stdout) as { lastError: string }[]) {
        expect(row.lastError).toMatch(/127\.0\.0\.1 is a loopback address/);
      }
    } finally {
      rmSync(privateDir, { recursive: true, force: true });
    }
  });
});
