/**
 * A worker that says what it does (issue 14.7), read from its log at info over a scripted cycle: a poll that
 * found items logs one line, each post logs one line naming the target without its secret, and an idle minute
 * (a console digest every minute with nothing new) logs nothing.
 */
import { PassThrough } from "node:stream";
import { setImmediate as tick } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import { subscribeDeps } from "../../src/app/subscribe-deps.js";
import { createSubscription } from "../../src/commands/subscribe.js";
import { createLogger } from "../../src/log.js";
import { startScheduler } from "../../src/worker/scheduler.js";
import { createClock } from "../support/clock.js";
import { type FakeSlack, startFakeSlack } from "../support/fake-slack.js";
import { type FeedServer, startFeedServer } from "../support/feed-server.js";
import { loadHeadlines } from "../support/labelled-headlines.js";
import { headlineRss } from "./headline-rss.js";
import { createWorkerContext, feedEntry, type WorkerContext } from "./worker-context.js";

let server: FeedServer | undefined;
let slack: FakeSlack | undefined;
let w: WorkerContext | undefined;

afterEach(async () => {
  await Promise.all([server?.close(), slack?.close()]);
  await w?.cleanup();
});

/** A real pino logger at info writing JSON lines into memory; `lines()` gives the messages since `clear()`. */
function captureLog() {
  const sink = new PassThrough();
  let text = "";
  sink.on("data", (chunk: Buffer) => {
    text += chunk.toString("utf8");
  });
  return {
    logger: createLogger({ level: "info", pretty: false, destination: sink }),
    raw: () => text,
    lines: () =>
      text
        .split("\n")
        .filter(Boolean)
        .map((line) => (JSON.parse(line) as { msg: string }).msg),
    clear: () => {
      text = "";
    },
  };
}

describe("the worker's log at info", () => {
  it("one line per poll that found items, one per post without secrets, nothing for an idle minute", async () => {
    const start = new Date("2026-11-25T06:00:00Z");
    const clock = createClock(start);
    server = await startFeedServer();
    slack = await startFakeSlack();
    const headlines = loadHeadlines().filter((h) => h.label === "sea_trafficking");
    server.setRoute("/vod.xml", {
      body: headlineRss(headlines.slice(0, 3), start),
      contentType: "application/rss+xml",
    });
    w = await createWorkerContext([feedEntry("vod", server.url("/vod.xml"))]);
    const webhook = slack.webhookUrl("C0ALERTS01");
    const secret = webhook.split("/").pop()!;
    await createSubscription(
      subscribeDeps(w.ctx),
      { target: `slack-webhook:${webhook}`, mode: "alert", scope: "all" },
      clock.now(),
    );
    await createSubscription(
      subscribeDeps(w.ctx),
      { target: "console", mode: "digest", scope: "all", schedule: "* * * * *" },
      clock.now(),
    );
    const log = captureLog();
    const scheduler = startScheduler(
      { ...w.ctx, logger: log.logger },
      { now: clock.now, random: () => 0, cron: false },
    );
    try {
      await scheduler.pollDueFeeds();
      await tick();
      const polled = log.lines().filter((line) => line.startsWith("polled "));
      expect(polled).toEqual([expect.stringMatching(/^polled 1 feed: 3 new items, \d+ relevant, 0 failed$/)]);
      const posts = log.lines().filter((line) => line.startsWith("posted "));
      expect(posts.length).toBe(slack.messages.length);
      expect(posts.length).toBeGreaterThan(0);
      for (const line of posts) expect(line).toMatch(/^posted an alert to slack-webhook:.+: 1 story$/);
      expect(log.raw()).not.toContain(secret);

      clock.advance(60_000);
      await scheduler.runMinuteTick();
      expect(log.lines().filter((line) => line.startsWith("posted a digest to console"))).toHaveLength(1);

      log.clear();
      clock.advance(60_000);
      await scheduler.runMinuteTick();
      await scheduler.pollDueFeeds();
      await tick();
      expect(log.lines()).toEqual([]);
    } finally {
      await scheduler.stop();
    }
  });
});
