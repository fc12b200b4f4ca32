/**
 * The spine, driven with an injected fetch (a function answering FetchResult values, recording each request)
 * and a real SQLite file: what a 304, a Retry-After and the item cap leave in the store, and a relevant
 * headline going all the way to the console.
 */
import { PassThrough } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { createTerminalPlatform } from "../../src/deliver/terminal/terminal-platform.js";
import { rateLimitedError } from "../../src/fetch/feed-fetch-errors.js";
import type { FeedRequest, FetchResult } from "../../src/fetch/fetch-feed.js";
import { silentLogger } from "../../src/log.js";
import type { FeedConfig } from "../../src/model/feed.js";
import { pollFeeds, type SpineDeps } from "../../src/pipeline/poll-feeds.js";
import { openStore } from "../../src/store/open-store.js";
import type { Store } from "../../src/store/store.js";
import { buildSubscription } from "../support/build-item.js";
import { createClock, type TestClock } from "../support/clock.js";
import { loadHeadlines } from "../support/labelled-headlines.js";
import { tempSqliteUrl } from "../support/temp-db.js";
import { headlineRss } from "../worker/headline-rss.js";

const FEED: FeedConfig = {
  id: "vod",
  outlet: "VOD English",
  url: "https://vodenglish.news/feed/",
  interval: 10,
  language: "en",
  enabled: true,
};

const seaHeadlines = () => loadHeadlines().filter((h) => h.label === "sea_trafficking");

let cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

/** A store on a fresh SQLite file, a clock, a console sink and a fetch that answers `answer` and records. */
async function setUp(answer: (request: FeedRequest, call: number) => FetchResult, maxItemsPerFeed = 500) {
  const db = tempSqliteUrl();
  const store: Store = await openStore(db.url);
  cleanups.push(
    () => db.cleanup(),
    () => store.close(),
  );
  const clock: TestClock = createClock("2026-11-25T06:00:00Z");
  const requests: FeedRequest[] = [];
  const sink = new PassThrough();
  let printed = "";
  sink.on("data", (chunk: Buffer) => {
    printed += chunk.toString("utf8");
  });
  const deps: SpineDeps = {
    store,
    fetch: async (request) => {
      requests.push(request);
      return answer(request, requests.length);
    },
    platforms: { forTarget: () => createTerminalPlatform(sink) },
    logger: silentLogger(),
    now: clock.now,
    owner: "test",
    ignoreSchedule: true,
    maxItemsPerFeed,
    allowPrivateHosts: false,
    color: false,
  };
  return { store, clock, requests, deps, printed: () => printed };
}

function ok(body: string, validators: { etag?: string; lastModified?: string } = {}): FetchResult {
  return {
    kind: "ok",
    status: 200,
    body: Buffer.from(body),
    contentType: "application/rss+xml",
    etag: validators.etag ?? null,
    lastModified: validators.lastModified ?? null,
    finalUrl: FEED.url,
    bytes: Buffer.byteLength(body),
  };
}

describe("pollFeeds", () => {
  it("keeps the validators of the last 200 when a 304 carries none, and asks with them next time", async () => {
    const rss = headlineRss(seaHeadlines().slice(0, 3), new Date("2026-11-25T06:00:00Z"));
    const { store, clock, requests, deps } = await setUp((_, call) =>
      call === 1
        ? ok(rss, { etag: '"v1"', lastModified: "Wed, 25 Nov 2026 05:00:00 GMT" })
        : { kind: "not-modified", status: 304, etag: null, lastModified: null },
    );
    await pollFeeds([FEED], deps);
    clock.advance(11 * 60_000);
    const second = await pollFeeds([FEED], deps);
    clock.advance(11 * 60_000);
    await pollFeeds([FEED], deps);

    expect(second.results.map((r) => r.kind)).toEqual(["unchanged"]);
    const state = await store.getFeedState(FEED.id);
    expect(state).toMatchObject({
      etag: '"v1"',
      lastModified: "Wed, 25 Nov 2026 05:00:00 GMT",
      lastStatus: 304,
    });
    expect(requests.slice(1).map((r) => [r.etag, r.lastModified])).toEqual([
      ['"v1"', "Wed, 25 Nov 2026 05:00:00 GMT"],
      ['"v1"', "Wed, 25 Nov 2026 05:00:00 GMT"],
    ]);
  });

  it("does not ask a rate-limited feed again before its Retry-After, although its interval has passed", async () => {
    const { store, clock, requests, deps } = await setUp((request) => ({
      kind: "failed",
      error: rateLimitedError(request.url, 3_600_000, "3600", clock.now()),
    }));
    const first = await pollFeeds([FEED], deps);
    clock.advance(30 * 60_000); // three intervals of 10 minutes, half the hour asked for
    const second = await pollFeeds([FEED], deps);

    expect(first.results.map((r) => r.kind)).toEqual(["failed"]);
    expect(second.results).toMatchObject([
      { kind: "skipped", reason: "not before 2026-11-25T07:00:00.000Z" },
    ]);
    expect(requests).toHaveLength(1);
    expect(await store.getFeedState(FEED.id)).toMatchObject({
      lastErrorCode: "FEED_RATE_LIMITED",
      nextAttemptAt: "2026-11-25T07:00:00.000Z",
    });
    clock.advance(30 * 60_000);
    await pollFeeds([FEED], deps);
    expect(requests).toHaveLength(2);
  });

  it("stores no more items of one feed than the cap it is given", async () => {
    const headlines = loadHeadlines().slice(0, 30);
    const rss = headlineRss(headlines, new Date("2026-11-25T06:00:00Z"));
    const { store, deps } = await setUp(() => ok(rss), 10);
    const cycle = await pollFeeds([FEED], deps);

    expect(cycle.itemsStored).toBe(10);
    expect(await store.listItems({ limit: 100 })).toHaveLength(10);
    expect(await store.getFeedState(FEED.id)).toMatchObject({ itemsSeen: 10 });
  });

  it("takes a relevant headline from the feed to an alert subscription's channel", async () => {
    const headline = seaHeadlines()[0]!;
    const rss = headlineRss([headline], new Date("2026-11-25T06:00:00Z"));
    const { store, deps, printed } = await setUp(() => ok(rss));
    const subscription = buildSubscription({
      mode: "alert",
      filter: { ...buildSubscription().filter, scope: "all" },
    });
    await store.addSubscription(subscription);
    const cycle = await pollFeeds([FEED], deps);

    expect(cycle).toMatchObject({ itemsStored: 1, queued: 1, delivery: { sent: 1, messages: 1, failed: 0 } });
    expect(printed()).toContain(headline.title.slice(0, 40));
    expect(await store.listOutbox({ subscriptionId: subscription.id, state: "sent" })).toHaveLength(1);
  });

  it("skips a disabled feed without asking for it", async () => {
    const { requests, deps } = await setUp(() => ok(""));
    const cycle = await pollFeeds([{ ...FEED, enabled: false }], deps);
    expect(cycle).toMatchObject({ results: [], itemsStored: 0, queued: 0 });
    expect(requests).toHaveLength(0);
  });
});

describe("pollFeeds, one cycle shared by replicas", () => {
  it("polls each of more feeds than one claim window once, over two replicas, and reports the rest skipped", async () => {
    const rss = headlineRss(seaHeadlines().slice(0, 1), new Date("2026-11-25T06:00:00Z"));
    const { requests, deps } = await setUp(() => ok(rss));
    const feeds: FeedConfig[] = Array.from({ length: 150 }, (_, i) => ({
      ...FEED,
      id: `feed-${i}`,
      url: `https://news${i}.example/feed/`,
    }));
    const cycleStartedAt = deps.now();
    const [a, b] = await Promise.all(
      ["replica-a", "replica-b"].map((owner) =>
        pollFeeds(feeds, { ...deps, owner, cycleStartedAt }, { oneCycle: true, concurrency: 4 }),
      ),
    );
    const fetched = requests.map((r) => r.url).sort();
    expect(fetched).toEqual([...new Set(fetched)]);
    expect(fetched).toHaveLength(feeds.length);
    for (const cycle of [a, b]) expect(cycle?.results).toHaveLength(feeds.length);
    const polledBy = (cycle: typeof a) => cycle?.results.filter((r) => r.kind !== "skipped").length ?? 0;
    expect(polledBy(a) + polledBy(b)).toBe(feeds.length);
  });
});
