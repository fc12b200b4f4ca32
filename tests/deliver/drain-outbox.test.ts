/**
 * The outbox drain against a Slack channel whose platform answers as Slack's errors are built
 * (slack-errors.ts): first rate-limited, then channel_not_found. The rows and the subscription are read back
 * from a real SQLite file; the outbox was filled by the spine from a real headline.
 */
import { afterEach, describe, expect, it } from "vitest";
import { type DeliverDeps, deliverDue } from "../../src/deliver/drain-outbox.js";
import type { Platform, PlatformMessage } from "../../src/deliver/platform.js";
import { slackCodeError, slackRateLimited } from "../../src/deliver/slack/slack-errors.js";
import { silentLogger } from "../../src/log.js";
import type { Target } from "../../src/model/subscription.js";
import { pollFeeds } from "../../src/pipeline/poll-feeds.js";
import { openStore } from "../../src/store/open-store.js";
import type { Store } from "../../src/store/store.js";
import { buildSubscription } from "../support/build-item.js";
import { createClock } from "../support/clock.js";
import { loadHeadlines } from "../support/labelled-headlines.js";
import { tempSqliteUrl } from "../support/temp-db.js";
import { headlineRss } from "../worker/headline-rss.js";

const TARGET = "slack:C0123ABCD";

let cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

/** A platform that answers each send with the next scripted error, recording what it was asked to send. */
function scriptedPlatform(
  answers: Error[],
): Platform & { sent: { target: Target; message: PlatformMessage }[] } {
  const sent: { target: Target; message: PlatformMessage }[] = [];
  return {
    sent,
    async send(target, message) {
      sent.push({ target, message });
      const answer = answers.shift();
      if (answer) throw answer;
      return { messageId: `ts-${sent.length}` };
    },
    async close() {},
  };
}

/** A SQLite store whose outbox holds one alert of a real headline for a Slack subscription. */
async function storeWithOneAlert(now: () => Date): Promise<Store> {
  const db = tempSqliteUrl();
  const store = await openStore(db.url);
  cleanups.push(
    () => db.cleanup(),
    () => store.close(),
  );
  await store.addSubscription(
    buildSubscription({
      target: TARGET,
      mode: "alert",
      filter: { ...buildSubscription().filter, scope: "all" },
    }),
  );
  const headline = loadHeadlines().find((h) => h.label === "sea_trafficking")!;
  const rss = Buffer.from(headlineRss([headline], now()));
  const url = "https://vodenglish.news/feed/";
  const cycle = await pollFeeds(
    [{ id: "vod", outlet: "VOD English", url, interval: 10, language: "en", enabled: true }],
    {
      store,
      fetch: async () => ({
        kind: "ok",
        status: 200,
        body: rss,
        contentType: "application/rss+xml",
        etag: null,
        lastModified: null,
        finalUrl: url,
        bytes: rss.length,
      }),
      platforms: { forTarget: () => scriptedPlatform([]) },
      logger: silentLogger(),
      now,
      owner: "test",
      allowPrivateHosts: false,
      color: false,
    },
    { deliver: async () => null },
  );
  expect(cycle.queued).toBe(1);
  return store;
}

describe("deliverDue", () => {
  it("waits out a rate limit without counting it, then gives up on a channel that is gone", async () => {
    const clock = createClock("2026-11-25T06:00:00Z");
    const store = await storeWithOneAlert(clock.now);
    const platform = scriptedPlatform([
      slackRateLimited("chat.postMessage", TARGET, 30_000),
      slackCodeError("channel_not_found", "chat.postMessage", TARGET, 200),
    ]);
    const deps: DeliverDeps = {
      store,
      platforms: { forTarget: () => platform },
      logger: silentLogger(),
      owner: "test",
      allowPrivateHosts: false,
      color: false,
    };

    const limited = await deliverDue(deps, { mode: "alert", now: clock.now });
    expect(limited).toEqual({ sent: 0, messages: 0, failed: 0, retrying: 1 });
    expect(await store.listOutbox({ subscriptionId: "sub-1" })).toMatchObject([
      {
        state: "pending",
        attempts: 0,
        notBefore: "2026-11-25T06:00:30.000Z",
        lastError:
          "slack:C0123ABCD: slack chat.postMessage to slack:C0123ABCD rate-limited: retry after 30 s",
      },
    ]);
    expect(await store.getSubscription("sub-1")).toMatchObject({ state: "ok", lastError: null });

    clock.advance(10_000);
    await deliverDue(deps, { mode: "alert", now: clock.now });
    expect(platform.sent).toHaveLength(1);

    clock.advance(21_000);
    const gone = await deliverDue(deps, { mode: "alert", now: clock.now });
    expect(gone).toEqual({ sent: 0, messages: 0, failed: 1, retrying: 0 });
    expect(platform.sent).toHaveLength(2);
    expect(platform.sent.map((s) => s.target)).toEqual([
      { kind: "slack", channel: "C0123ABCD" },
      { kind: "slack", channel: "C0123ABCD" },
    ]);
    const [row] = await store.listOutbox({ subscriptionId: "sub-1" });
    expect(row).toMatchObject({ state: "failed" });
    expect(row!.lastError).toMatch(
      /^slack:C0123ABCD: slack chat\.postMessage to slack:C0123ABCD failed: channel_not_found/,
    );
    const subscription = await store.getSubscription("sub-1");
    expect(subscription).toMatchObject({ state: "failing", lastError: row!.lastError });

    clock.advance(3_600_000);
    await deliverDue(deps, { mode: "alert", now: clock.now });
    expect(platform.sent).toHaveLength(2);
  });
});
