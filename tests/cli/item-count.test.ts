/**
 * How many items a poll stores, end to end (real CLI, real SQLite file, feeds on a loopback server): the
 * operator's TRACEWIRE_MAX_ITEMS_PER_FEED is the cap that holds, and posts that share one page but have their
 * own guids (`…/26.html#a080605`, `…/26.html#a030658`) are stored as separate items.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FeedServer, startFeedServer } from "../support/feed-server.js";
import { type HeadlineRssItem, headlineRss } from "../support/headline-rss.js";
import { type LabelledHeadline, loadHeadlines } from "../support/labelled-headlines.js";
import { runCli } from "../support/run-cli.js";

let server: FeedServer;
let dirs: string[] = [];
let headlines: LabelledHeadline[];

beforeAll(async () => {
  server = await startFeedServer();
  headlines = loadHeadlines();
});

afterAll(async () => {
  await server.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

/** A fresh SQLite archive and feeds.json with one feed serving `items`; returns the CLI environment. */
function setUp(path: string, items: HeadlineRssItem[], extra: Record<string, string> = {}) {
  const url = server.setRoute(path, {
    body: headlineRss("test feed", items, new Date()),
    contentType: "application/rss+xml; charset=utf-8",
  });
  const dir = mkdtempSync(join(tmpdir(), "tw-count-"));
  dirs.push(dir);
  const feed = { id: "test-feed", outlet: "Test", url, interval: 15, language: "en", enabled: true };
  writeFileSync(join(dir, "feeds.json"), JSON.stringify({ feeds: [feed] }));
  return {
    FEEDS_FILE: join(dir, "feeds.json"),
    DATABASE_URL: `sqlite:${join(dir, "tracewire.db")}`,
    TRACEWIRE_ALLOW_PRIVATE_HOSTS: "1",
    ...extra,
  };
}

async function storedUrls(env: Record<string, string>): Promise<string[]> {
  const out = await runCli(["export", "--format", "jsonl"], { env });
  expect(out.code).toBe(0);
  return out.stdout
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { url: string }).url);
}

/** `count` items repeating the real headlines in order, each with its own link and guid. */
function repeatedHeadlines(count: number): HeadlineRssItem[] {
  return Array.from({ length: count }, (_, n) => {
    const headline = headlines[n % headlines.length]!;
    const link = `${headline.url.replace(/[?#].*$/, "")}?copy=${n}`;
    return { headline, link, guid: `copy-${n}` };
  });
}

describe("TRACEWIRE_MAX_ITEMS_PER_FEED", () => {
  it("stores all 700 items of a 700-item feed when the cap is 1000", async () => {
    const env = setUp("/big-1000.xml", repeatedHeadlines(700), { TRACEWIRE_MAX_ITEMS_PER_FEED: "1000" });
    const poll = await runCli(["poll"], { env, timeoutMs: 120_000 });
    expect(poll.code).toBe(0);
    expect(poll.stdout).toMatch(/test-feed .*: 700 new/);
    const urls = await storedUrls(env);
    expect(urls).toHaveLength(700);
    expect(new Set(urls).size).toBe(700);
  }, 180_000);

  it("keeps the first 600 items when the cap is 600", async () => {
    const env = setUp("/big-600.xml", repeatedHeadlines(700), { TRACEWIRE_MAX_ITEMS_PER_FEED: "600" });
    const poll = await runCli(["poll"], { env, timeoutMs: 120_000 });
    expect(poll.code).toBe(0);
    expect(await storedUrls(env)).toHaveLength(600);
  }, 180_000);
});

describe("posts that share one page", () => {
  it("stores 30 items whose links differ only by #fragment, each with its own guid", async () => {
    // One page holding a day's posts, each linked by its anchor (the blog shape of issue 13).
    const page = headlines[0]!.url.replace(/[?#].*$/, "");
    const items = headlines.slice(0, 30).map((headline, n) => ({
      headline,
      link: `${page}#a0806${String(n).padStart(2, "0")}`,
      guid: `${page}#a0806${String(n).padStart(2, "0")}`,
    }));
    const env = setUp("/day-page.xml", items);
    const poll = await runCli(["poll"], { env });
    expect(poll.code).toBe(0);
    const urls = await storedUrls(env);
    expect(urls).toHaveLength(30);
    expect(new Set(urls).size).toBe(30);
    expect(urls).toContain(`${page.replace(/^http:/, "https:")}#a080605`);

    const again = await runCli(["poll"], { env });
    expect(again.code).toBe(0);
    expect(await storedUrls(env)).toHaveLength(30);
  }, 120_000);
});
