/**
 * The spine end to end: feeds in the six outlet formats plus broken ones on a loopback server, the real CLI,
 * a real SQLite file. One poll stores every good item once; a second poll is conditional and stores nothing;
 * broken feeds are listed with their reasons; search finds the items.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FeedServer, startFeedServer } from "../support/feed-server.js";
import { BILLION_LAUGHS, HTML_PAGE, randomBytesRoute, textRoute } from "../support/hostile-feeds.js";
import { loadHeadlines } from "../support/labelled-headlines.js";
import { buildOutletFeeds, feedBytes, type OutletFeed } from "../support/outlet-feeds.js";
import { runCli } from "../support/run-cli.js";

let server: FeedServer;
let dir: string;
let env: Record<string, string>;
let outletFeeds: OutletFeed[];

beforeAll(async () => {
  server = await startFeedServer();
  outletFeeds = buildOutletFeeds(loadHeadlines(), new Date());
  const feeds = outletFeeds.map((f) => {
    server.setRoute(f.path, { body: feedBytes(f), contentType: f.contentType, etag: `"${f.format}-v1"` });
    return { ...f.feed, url: server.url(f.path) };
  });
  const broken = {
    "broken-html": server.setRoute(
      "/broken/page.html",
      textRoute(200, "text/html; charset=utf-8", HTML_PAGE),
    ),
    "broken-500": server.setRoute("/broken/500.xml", textRoute(500, "text/plain", "upstream exploded\n")),
    "broken-garbage": server.setRoute("/broken/garbage.xml", randomBytesRoute({ bytes: 4096, seed: 7 })),
    "broken-entities": server.setRoute(
      "/broken/laughs.xml",
      textRoute(200, "application/xml", BILLION_LAUGHS),
    ),
  };
  for (const [id, url] of Object.entries(broken))
    feeds.push({ id, outlet: "Broken", url, interval: 10, language: "en", enabled: true });
  dir = mkdtempSync(join(tmpdir(), "tw-cli-"));
  writeFileSync(join(dir, "feeds.json"), JSON.stringify({ feeds }));
  env = {
    FEEDS_FILE: join(dir, "feeds.json"),
    DATABASE_URL: `sqlite:${join(dir, "tracewire.db")}`,
    TRACEWIRE_ALLOW_PRIVATE_HOSTS: "1",
  };
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function exportedUrls(): Promise<string[]> {
  const out = await runCli(["export", "--format", "jsonl"], { env });
  expect(out.code).toBe(0);
  return out.stdout
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { url: string }).url);
}

describe("tracewire poll", () => {
  it("stores every good item once, reports each broken feed, exits 0", async () => {
    const poll = await runCli(["poll"], { env });
    expect(poll.stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(poll.code).toBe(0);
    for (const f of outletFeeds)
      expect(poll.stdout).toMatch(new RegExp(`new +${f.feed.id} .*: ${f.headlines.length} new`));
    for (const id of ["broken-html", "broken-500", "broken-garbage", "broken-entities"]) {
      expect(poll.stdout).toMatch(new RegExp(`failed +${id} `));
    }
    const urls = await exportedUrls();
    const expected = outletFeeds.reduce((n, f) => n + f.headlines.length, 0);
    expect(urls).toHaveLength(expected);
    expect(new Set(urls).size).toBe(expected);
    expect(urls.some((u) => u.includes("maca=") || u.includes("traffic_source="))).toBe(false);
  });

  it("lists every broken feed by id with its own reason", async () => {
    const feeds = await runCli(["feeds", "--json"], { env });
    expect(feeds.code).toBe(0);
    const rows = JSON.parse(feeds.stdout) as {
      id: string;
      state: string;
      lastError: string | null;
      lastStatus: number | null;
    }[];
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get("broken-html")?.lastError).toMatch(/not a feed/i);
    expect(byId.get("broken-500")?.lastError).toMatch(/500/);
    expect(byId.get("broken-500")?.lastStatus).toBe(500);
    expect(byId.get("broken-garbage")?.state).toBe("failing");
    expect(byId.get("broken-entities")?.lastError).toMatch(/entit|DOCTYPE|DTD/i);
    for (const f of outletFeeds) expect(byId.get(f.feed.id)?.state).toBe("ok");
  });

  it("sends conditional requests on the second poll and stores nothing new", async () => {
    const before = server.requests.length;
    const poll = await runCli(["poll"], { env });
    expect(poll.code).toBe(0);
    const second = server.requests.slice(before).filter((r) => outletFeeds.some((f) => r.path === f.path));
    expect(second).toHaveLength(outletFeeds.length);
    for (const request of second) expect(request.headers["if-none-match"]).toBeDefined();
    expect(poll.stdout).toMatch(/0 new items/);
    const expected = outletFeeds.reduce((n, f) => n + f.headlines.length, 0);
    expect(await exportedUrls()).toHaveLength(expected);
  });

  it("finds stored items with search --json", async () => {
    const search = await runCli(["search", "scam", "--json"], { env });
    expect(search.code).toBe(0);
    const hits = JSON.parse(search.stdout) as {
      title: string;
      url: string;
      outlet: string;
      published: string;
    }[];
    expect(hits.length).toBeGreaterThanOrEqual(3);
    for (const hit of hits) {
      expect(hit.url).toMatch(/^https?:\/\//);
      expect(hit.outlet).not.toBe("");
      expect(Date.parse(hit.published)).not.toBeNaN();
    }
    expect(hits.some((h) => /scam/i.test(h.title))).toBe(true);
    const outlets = new Set(hits.map((h) => h.outlet));
    expect(outlets.has("Google News")).toBe(false);
  });
});

describe("bad configuration", () => {
  it("a broken feeds.json gives one clear message and exit 2", async () => {
    const file = join(dir, "bad-feeds.json");
    writeFileSync(
      file,
      JSON.stringify({ feeds: [{ id: "voa", outlet: "VOA", url: "ftp://example.org/feed" }] }),
    );
    const out = await runCli(["poll"], { env: { ...env, FEEDS_FILE: file } });
    expect(out.code).toBe(2);
    expect(out.stderr.trim()).toBe(
      `tracewire: ${file}: feeds[0] (id "voa").url: expected an http(s) URL, got "ftp://example.org/feed"`,
    );
  });

  it("an unknown command gets usage and exit 2", async () => {
    const out = await runCli(["pol"], { env });
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/unknown command 'pol'/);
  });
});
