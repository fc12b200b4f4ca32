import { afterEach, describe, expect, it } from "vitest";
import { subscribeDeps } from "../../src/app/subscribe-deps.js";
import { createSubscription } from "../../src/commands/subscribe.js";
import { createMetrics } from "../../src/worker/metrics.js";
import { startScheduler } from "../../src/worker/scheduler.js";
import { createClock } from "../support/clock.js";
import { type FeedServer, startFeedServer } from "../support/feed-server.js";
import { type LabelledHeadline, loadHeadlines } from "../support/labelled-headlines.js";
import { headlineRss } from "./headline-rss.js";
import { createWorkerContext, feedEntry, type WorkerContext } from "./worker-context.js";

const seaHeadlines = (): LabelledHeadline[] => loadHeadlines().filter((h) => h.label === "sea_trafficking");

let server: FeedServer | undefined;
let w: WorkerContext | undefined;

afterEach(async () => {
  await server?.close();
  await w?.cleanup();
  server = undefined;
  w = undefined;
});

async function setUp(feeds: { id: string; path: string; interval?: number }[], start: Date) {
  server = await startFeedServer();
  const headlines = seaHeadlines();
  for (const [i, f] of feeds.entries()) {
    server.setRoute(f.path, {
      body: headlineRss(headlines.slice(i * 5, i * 5 + 5), start),
      contentType: "application/rss+xml",
    });
  }
  w = await createWorkerContext(feeds.map((f) => feedEntry(f.id, server!.url(f.path), f.interval ?? 10)));
  return { server, w };
}

/** One feed and a console digest at 08:00 in Bangkok (01:00 UTC), subscribed at `now`. */
async function subscribeBangkokDigest(now: Date) {
  const { w } = await setUp([{ id: "vod", path: "/vod.xml" }], now);
  const sub = await createSubscription(
    subscribeDeps(w.ctx),
    { target: "console", mode: "digest", scope: "all", schedule: "0 8 * * *", tz: "Asia/Bangkok" },
    now,
  );
  return { w, sub };
}

/** How many times the first SEA headline was printed to the console. */
function timesFirstHeadlineShown(output: string): number {
  return output.split(seaHeadlines()[0]!.title.slice(0, 40)).length - 1;
}

describe("scheduler with a controllable clock", () => {
  it("polls each feed on its own interval", async () => {
    const clock = createClock("2026-11-25T06:00:00Z");
    const { server, w } = await setUp(
      [
        { id: "every-10", path: "/ten.xml", interval: 10 },
        { id: "every-30", path: "/thirty.xml", interval: 30 },
      ],
      clock.now(),
    );
    const scheduler = startScheduler(w.ctx, { now: clock.now, random: () => 0, cron: false });
    const polledAt = async (minutes: number): Promise<string[]> => {
      clock.set(new Date(Date.parse("2026-11-25T06:00:00Z") + minutes * 60_000));
      return (await scheduler.pollDueFeeds()).map((r) => r.feed.id).sort();
    };
    expect(await polledAt(0)).toEqual(["every-10", "every-30"]);
    expect(await polledAt(5)).toEqual([]);
    expect(await polledAt(10)).toEqual(["every-10"]);
    expect(await polledAt(20)).toEqual(["every-10"]);
    expect(await polledAt(30)).toEqual(["every-10", "every-30"]);
    expect(server.requestsTo("/ten.xml")).toHaveLength(4);
    expect(server.requestsTo("/thirty.xml")).toHaveLength(2);
    await scheduler.stop();
  });

  it("never starts a second poll of a feed that is still in flight", async () => {
    const clock = createClock("2026-11-25T06:00:00Z");
    const { server, w } = await setUp([], clock.now());
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const body = headlineRss(seaHeadlines().slice(0, 3), clock.now());
    server.setRoute("/slow.xml", async (_req, res) => {
      await gate;
      res.writeHead(200, { "content-type": "application/rss+xml" }).end(body);
    });
    w.ctx.feeds.push(feedEntry("slow", server.url("/slow.xml"), 1));
    const scheduler = startScheduler(w.ctx, { now: clock.now, random: () => 0, cron: false });
    const first = scheduler.pollDueFeeds();
    await expect.poll(() => server.requestsTo("/slow.xml").length).toBe(1);
    clock.advance(5 * 60_000);
    expect(await scheduler.pollDueFeeds()).toEqual([]);
    release();
    expect((await first).map((r) => r.kind)).toEqual(["new"]);
    expect(server.requestsTo("/slow.xml")).toHaveLength(1);
    await scheduler.stop();
  });

  it("records polls and new items in the metrics", async () => {
    const clock = createClock("2026-11-25T06:00:00Z");
    const { w } = await setUp([{ id: "vod", path: "/vod.xml" }], clock.now());
    const registry = createMetrics();
    const scheduler = startScheduler(w.ctx, {
      now: clock.now,
      random: () => 0,
      cron: false,
      metrics: registry.metrics,
    });
    await scheduler.pollDueFeeds();
    const text = await registry.render();
    expect(text).toContain('tracewire_polls_total{result="new"} 1');
    expect(text).toContain("tracewire_items_new_total 5");
    await scheduler.stop();
  });

  it("sends a Bangkok 08:00 digest at 01:00 UTC, once, even with two replicas", async () => {
    const clock = createClock("2026-11-25T00:30:00Z");
    const { w, sub } = await subscribeBangkokDigest(clock.now());
    const replicaA = startScheduler(w.ctx, { now: clock.now, random: () => 0, cron: false });
    const replicaB = startScheduler(
      { ...w.ctx, owner: "replica-b" },
      { now: clock.now, random: () => 0, cron: false },
    );
    await replicaA.pollDueFeeds();
    const queued = await w.ctx.store.listOutbox({ subscriptionId: sub.id });
    expect(queued.length).toBeGreaterThan(0);

    clock.set("2026-11-25T00:59:30Z");
    await replicaA.runMinuteTick();
    expect(w.output()).toBe("");

    clock.set("2026-11-25T01:00:05Z");
    await Promise.all([replicaA.runMinuteTick(), replicaB.runMinuteTick()]);
    clock.set("2026-11-25T01:00:40Z");
    await replicaB.runMinuteTick();
    const sent = await w.ctx.store.listOutbox({ subscriptionId: sub.id, state: "sent" });
    expect(sent).toHaveLength(queued.length);
    expect(timesFirstHeadlineShown(w.output())).toBe(1);
    await replicaA.stop();
    await replicaB.stop();
  });

  it("sends a Berlin weekday digest at 07:00 UTC in winter and not on Saturday", async () => {
    const clock = createClock("2026-11-27T06:30:00Z");
    const { w } = await setUp([{ id: "vod", path: "/vod.xml" }], clock.now());
    const sub = await createSubscription(
      subscribeDeps(w.ctx),
      { target: "console", mode: "digest", scope: "all", schedule: "0 8 * * 1-5", tz: "Europe/Berlin" },
      clock.now(),
    );
    const scheduler = startScheduler(w.ctx, { now: clock.now, random: () => 0, cron: false });
    await scheduler.pollDueFeeds();
    clock.set("2026-11-27T07:00:10Z"); // Friday 08:00:10 in Berlin
    await scheduler.runMinuteTick();
    const fridaySent = (await w.ctx.store.listOutbox({ subscriptionId: sub.id, state: "sent" })).length;
    expect(fridaySent).toBeGreaterThan(0);

    // New items on Saturday wait for Monday.
    clock.set("2026-11-28T06:30:00Z");
    server!.setRoute("/vod.xml", {
      body: headlineRss(seaHeadlines().slice(10, 13), clock.now()),
      contentType: "application/rss+xml",
    });
    await scheduler.pollDueFeeds();
    clock.set("2026-11-28T07:00:10Z");
    await scheduler.runMinuteTick();
    expect(await w.ctx.store.listOutbox({ subscriptionId: sub.id, state: "sent" })).toHaveLength(fridaySent);
    clock.set("2026-11-30T07:00:10Z"); // Monday
    await scheduler.runMinuteTick();
    expect((await w.ctx.store.listOutbox({ subscriptionId: sub.id, state: "sent" })).length).toBeGreaterThan(
      fridaySent,
    );
    await scheduler.stop();
  });

  it("sends the 08:00 Bangkok digest missed while no worker ran when one starts, once across replicas", async () => {
    const clock = createClock("2026-11-25T00:30:00Z");
    const { w, sub } = await subscribeBangkokDigest(clock.now());
    const before = startScheduler(w.ctx, { now: clock.now, random: () => 0, cron: false });
    await before.pollDueFeeds();
    const queued = await w.ctx.store.listOutbox({ subscriptionId: sub.id });
    expect(queued.length).toBeGreaterThan(0);
    await before.stop(); // down from 00:30 to 03:20 UTC: 08:00 Bangkok (01:00 UTC) passes unseen

    clock.set("2026-11-25T03:20:10Z");
    const replicaA = startScheduler(w.ctx, { now: clock.now, random: () => 0, cron: false });
    const replicaB = startScheduler({ ...w.ctx, owner: "replica-b" }, { now: clock.now, cron: false });
    await Promise.all([replicaA.runMinuteTick(), replicaB.runMinuteTick()]);
    expect(await w.ctx.store.listOutbox({ subscriptionId: sub.id, state: "sent" })).toHaveLength(
      queued.length,
    );
    expect(timesFirstHeadlineShown(w.output())).toBe(1);

    // A restart later the same day does not send that digest again.
    await replicaA.stop();
    await replicaB.stop();
    const outputBefore = w.output();
    clock.set("2026-11-25T05:00:10Z");
    const restarted = startScheduler(w.ctx, { now: clock.now, random: () => 0, cron: false });
    await restarted.runMinuteTick();
    expect(w.output()).toBe(outputBefore);
    await restarted.stop();
  });

  it("does not send, on start, a digest whose time came before the subscription or over 12 hours ago", async () => {
    const clock = createClock("2026-11-25T01:30:00Z"); // 08:30 in Bangkok, half an hour after the digest time
    const { w, sub } = await subscribeBangkokDigest(clock.now());
    const first = startScheduler(w.ctx, { now: clock.now, random: () => 0, cron: false });
    await first.pollDueFeeds();
    await first.runMinuteTick();
    await first.stop();
    expect(w.output()).toBe("");
    clock.set("2026-11-26T14:00:10Z"); // down through the next 08:00, 13 hours ago
    const later = startScheduler(w.ctx, { now: clock.now, random: () => 0, cron: false });
    await later.runMinuteTick();
    expect(w.output()).toBe("");
    expect(await w.ctx.store.listOutbox({ subscriptionId: sub.id, state: "sent" })).toHaveLength(0);
    await later.stop();
  });

  it("holds alerts found in Bangkok's quiet hours and releases them at 07:00 Bangkok", async () => {
    // 23:00 in Bangkok.
    const clock = createClock("2026-11-25T16:00:00Z");
    const { server, w } = await setUp([{ id: "vod", path: "/vod.xml" }], clock.now());
    // Real headlines the classifier rates normal or background, and one it rates breaking
    // ("Chinese police order arrest of alleged Myanmar crime family …").
    const headlines = seaHeadlines();
    const picked = [11, 13, 14, 21, 15].map((i) => headlines[i]!);
    server.setRoute("/vod.xml", {
      body: headlineRss(picked, clock.now()),
      contentType: "application/rss+xml",
    });
    const sub = await createSubscription(
      subscribeDeps(w.ctx),
      { target: "console", mode: "alert", scope: "all", tz: "Asia/Bangkok", quiet: "22:00-07:00" },
      clock.now(),
    );
    const scheduler = startScheduler(w.ctx, { now: clock.now, random: () => 0, cron: false });
    await scheduler.pollDueFeeds();
    const rows = await w.ctx.store.listOutbox({ subscriptionId: sub.id });
    const held = rows.filter((row) => row.state === "pending");
    expect(held.length).toBeGreaterThan(0);
    // Breaking news goes out during quiet hours; the rest waits for 07:00 Bangkok (00:00 UTC).
    expect(rows.filter((row) => row.state === "sent")).toHaveLength(1);
    expect(w.output()).toContain("Chinese police order arrest");
    for (const row of held) expect(row.notBefore).toBe("2026-11-26T00:00:00.000Z");

    clock.set("2026-11-25T23:59:10Z");
    await scheduler.runMinuteTick();
    expect(await w.ctx.store.listOutbox({ subscriptionId: sub.id, state: "pending" })).toHaveLength(
      held.length,
    );

    clock.set("2026-11-26T00:00:10Z");
    await scheduler.runMinuteTick();
    expect(await w.ctx.store.listOutbox({ subscriptionId: sub.id, state: "pending" })).toEqual([]);
    expect(await w.ctx.store.listOutbox({ subscriptionId: sub.id, state: "sent" })).toHaveLength(rows.length);
    await scheduler.stop();
  });

  it("stop() returns within its bound while a poll hangs, and polls nothing afterwards", async () => {
    const clock = createClock("2026-11-25T06:00:00Z");
    const { server, w } = await setUp([], clock.now());
    server.setRoute("/hang.xml", () => new Promise<void>(() => {}));
    w.ctx.feeds.push(feedEntry("hang", server.url("/hang.xml"), 1));
    const scheduler = startScheduler(w.ctx, {
      now: clock.now,
      random: () => 0,
      cron: false,
      stopTimeoutMs: 200,
    });
    void scheduler.pollDueFeeds();
    await expect.poll(() => server.requestsTo("/hang.xml").length).toBe(1);
    await scheduler.stop();
    expect(scheduler.running).toBe(false);
    clock.advance(60 * 60_000);
    expect(await scheduler.pollDueFeeds()).toEqual([]);
  });
});

describe("scheduler on the real clock", () => {
  it("delivers a new item from a 1-second feed to its alert channel within the interval plus 2 s", async () => {
    server = await startFeedServer();
    const headlines = seaHeadlines();
    server.setRoute("/live.xml", {
      body: headlineRss(headlines.slice(0, 2), new Date()),
      contentType: "application/rss+xml",
    });
    w = await createWorkerContext([feedEntry("live", server.url("/live.xml"), 1)]);
    await createSubscription(
      subscribeDeps(w.ctx),
      { target: "console", mode: "alert", scope: "all" },
      new Date(),
    );
    const scheduler = startScheduler(w.ctx, { feedIntervalMs: () => 1000 });
    try {
      await expect
        .poll(() => server!.requestsTo("/live.xml").length, { timeout: 5000 })
        .toBeGreaterThanOrEqual(1);
      const fresh = headlines[20]!;
      server.setRoute("/live.xml", {
        body: headlineRss([fresh, ...headlines.slice(0, 2)], new Date(), 0),
        contentType: "application/rss+xml",
      });
      // Interval (1 s) + 2 s, plus one cron tick of slack for the test run itself.
      await expect
        .poll(() => w!.output().includes(fresh.title.slice(0, 40)), { timeout: 4000, interval: 100 })
        .toBe(true);
    } finally {
      await scheduler.stop();
    }
  });
});
