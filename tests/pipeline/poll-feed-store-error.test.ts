/**
 * A store error is that feed's failure (issue 15.2): when the database refuses one feed's items (here a trigger
 * in the real SQLite file raises for that feed), the feed is recorded as failing with the database's reason and
 * backs off like any other failure, while the other feed's items are stored, routed and delivered.
 */
import { PassThrough } from "node:stream";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { createTerminalPlatform } from "../../src/deliver/terminal/terminal-platform.js";
import type { FetchResult } from "../../src/fetch/fetch-feed.js";
import { silentLogger } from "../../src/log.js";
import type { FeedConfig } from "../../src/model/feed.js";
import { pollFeeds, type SpineDeps } from "../../src/pipeline/poll-feeds.js";
import { openStore } from "../../src/store/open-store.js";
import { buildSubscription } from "../support/build-item.js";
import { createClock } from "../support/clock.js";
import { loadHeadlines } from "../support/labelled-headlines.js";
import { tempSqliteUrl } from "../support/temp-db.js";
import { headlineRss } from "../worker/headline-rss.js";

const feed = (id: string): FeedConfig => ({
  id,
  outlet: `Outlet ${id}`,
  url: `https://${id}.example.org/feed/`,
  interval: 10,
  language: "en",
  enabled: true,
});
const GOOD = feed("good");
const REFUSED = feed("refused");

let cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

describe("pollFeeds when the database refuses one feed's items", () => {
  it("records that feed as failing with the reason and backs it off; the other feed is delivered", async () => {
    const db = tempSqliteUrl();
    const store = await openStore(db.url);
    cleanups.push(
      () => db.cleanup(),
      () => store.close(),
    );
    const raw = new Database(db.path);
    raw.exec(`CREATE TRIGGER refuse_one_feed BEFORE INSERT ON items WHEN NEW.feed_id = 'refused'
      BEGIN SELECT RAISE(ABORT, 'value too long for this column'); END`);
    raw.close();

    const headlines = loadHeadlines().filter((h) => h.label === "sea_trafficking");
    const at = new Date("2026-11-25T06:00:00Z");
    const bodies = new Map([
      [GOOD.url, headlineRss(headlines.slice(0, 2), at)],
      [REFUSED.url, headlineRss(headlines.slice(2, 5), at)],
    ]);
    const clock = createClock("2026-11-25T06:00:00Z");
    const sink = new PassThrough();
    let printed = "";
    sink.on("data", (chunk: Buffer) => {
      printed += chunk.toString("utf8");
    });
    const deps: SpineDeps = {
      store,
      fetch: async (request): Promise<FetchResult> => {
        const body = bodies.get(request.url) ?? "";
        return {
          kind: "ok",
          status: 200,
          body: Buffer.from(body),
          contentType: "application/rss+xml",
          etag: null,
          lastModified: null,
          finalUrl: request.url,
          bytes: Buffer.byteLength(body),
        };
      },
      platforms: { forTarget: () => createTerminalPlatform(sink) },
      logger: silentLogger(),
      now: clock.now,
      owner: "test",
      allowPrivateHosts: false,
      color: false,
    };
    await store.addSubscription(
      buildSubscription({ mode: "alert", filter: { ...buildSubscription().filter, scope: "all" } }),
    );

    const cycle = await pollFeeds([REFUSED, GOOD], deps);

    const byId = new Map(cycle.results.map((result) => [result.feed.id, result]));
    expect(byId.get("good")).toMatchObject({ kind: "new" });
    expect(byId.get("refused")).toMatchObject({ kind: "failed" });
    expect(cycle.itemsStored).toBe(2);
    expect(cycle.delivery).toMatchObject({ sent: 2, failed: 0 });
    expect(printed).toContain(headlines[0]!.title.slice(0, 40));

    const state = await store.getFeedState("refused");
    expect(state?.consecutiveFailures).toBe(1);
    expect(state?.lastError).toContain("value too long for this column");
    expect(Date.parse(state?.nextAttemptAt ?? "")).toBeGreaterThanOrEqual(
      clock.now().getTime() + REFUSED.interval * 60_000,
    );
    expect((await store.listItems({ feedId: "refused" })).length).toBe(0);

    // The worker's own schedule (no ignoreSchedule) does not ask the failing feed again before its backoff.
    clock.advance(60_000);
    const again = await pollFeeds([REFUSED], deps);
    expect(again.results[0]).toMatchObject({ kind: "skipped" });
  });
});
