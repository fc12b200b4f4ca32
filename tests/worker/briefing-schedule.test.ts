/**
 * The worker sends briefings on their own cron in their own zone (issue 19), through the real scheduler, a real
 * SQLite store and the real Slack client against the stand-in: once per tick across two replicas and a restart,
 * and a run whose message failed after its chart was uploaded (the connection dropped on
 * files.completeUploadExternal, as in a crash) is sent once when its lease lapses: the upload repeats, the
 * message does not.
 */
import { afterEach, describe, expect, it } from "vitest";
import { subscribeDeps } from "../../src/app/subscribe-deps.js";
import { createSubscription } from "../../src/commands/subscribe.js";
import { startScheduler } from "../../src/worker/scheduler.js";
import { createClock } from "../support/clock.js";
import { type FakeSlack, startFakeSlack } from "../support/fake-slack.js";
import { type FeedServer, startFeedServer } from "../support/feed-server.js";
import { loadHeadlines } from "../support/labelled-headlines.js";
import { headlineRss } from "./headline-rss.js";
import { createWorkerContext, feedEntry, type WorkerContext } from "./worker-context.js";

const CHANNEL = "C0WEEKLY001";
// Mondays 09:00 in Bangkok (the default briefing schedule) is 02:00 UTC; 30 Nov 2026 is a Monday.
const MONDAY_0900_BANGKOK = "2026-11-30T02:00:10Z";

let server: FeedServer | undefined;
let slack: FakeSlack | undefined;
let w: WorkerContext | undefined;

afterEach(async () => {
  await server?.close();
  await slack?.close();
  await w?.cleanup();
  server = undefined;
  slack = undefined;
  w = undefined;
});

async function setUp(now: Date): Promise<{ w: WorkerContext; slack: FakeSlack }> {
  server = await startFeedServer();
  slack = await startFakeSlack();
  const headlines = loadHeadlines().filter((h) => h.label === "sea_trafficking");
  server.setRoute("/vod.xml", {
    body: headlineRss(headlines.slice(0, 5), now),
    contentType: "application/rss+xml",
  });
  w = await createWorkerContext([feedEntry("vod", server.url("/vod.xml"))], {
    SLACK_BOT_TOKEN: "xoxb-test-token",
    SLACK_API_URL: slack.apiUrl,
  });
  await createSubscription(
    subscribeDeps(w.ctx),
    { target: `slack:${CHANNEL}`, mode: "briefing", scope: "all", tz: "Asia/Bangkok" },
    now,
  );
  return { w, slack };
}

const briefings = (slack: FakeSlack) =>
  slack.messages.filter((m) => m.channel === CHANNEL && m.method === "files.completeUploadExternal");

describe("briefings in the worker", () => {
  it("fires Mondays 09:00 in the subscription's zone, once across two replicas and a restart", async () => {
    const clock = createClock("2026-11-29T02:00:10Z"); // Sunday: not due
    const { w, slack } = await setUp(clock.now());
    const first = startScheduler(w.ctx, { now: clock.now, random: () => 0, cron: false });
    await first.pollDueFeeds();
    await first.runMinuteTick();
    expect(briefings(slack)).toHaveLength(0);
    await first.stop();

    clock.set(MONDAY_0900_BANGKOK);
    const replicaA = startScheduler(w.ctx, { now: clock.now, random: () => 0, cron: false });
    const replicaB = startScheduler({ ...w.ctx, owner: "replica-b" }, { now: clock.now, cron: false });
    await Promise.all([replicaA.runMinuteTick(), replicaB.runMinuteTick()]);
    await Promise.all([replicaA.runMinuteTick(), replicaB.runMinuteTick()]);
    expect(briefings(slack)).toHaveLength(1);
    await replicaA.stop();
    await replicaB.stop();

    clock.set("2026-11-30T02:30:10Z");
    const restarted = startScheduler(w.ctx, { now: clock.now, random: () => 0, cron: false });
    await restarted.runMinuteTick();
    expect(briefings(slack)).toHaveLength(1);
    await restarted.stop();
    expect(slack.violations).toEqual([]);
    expect(slack.pings).toEqual([]);
  });

  it("a run cut off between the upload and the message is sent once, after its lease lapses", async () => {
    const clock = createClock(MONDAY_0900_BANGKOK);
    const { w, slack } = await setUp(new Date("2026-11-30T01:00:00Z"));
    const scheduler = startScheduler(w.ctx, { now: clock.now, random: () => 0, cron: false });
    await scheduler.pollDueFeeds();
    slack.failNext(1, { drop: true }, CHANNEL);
    await scheduler.runMinuteTick();
    expect(briefings(slack)).toHaveLength(0);
    expect(slack.files).toHaveLength(1);
    await scheduler.stop();

    // Another replica a minute later: the run is still held (its lease has not lapsed), nothing is sent.
    clock.set("2026-11-30T02:01:10Z");
    const other = startScheduler({ ...w.ctx, owner: "replica-b" }, { now: clock.now, cron: false });
    await other.runMinuteTick();
    expect(briefings(slack)).toHaveLength(0);

    clock.set("2026-11-30T02:06:10Z");
    await other.runMinuteTick();
    await other.runMinuteTick();
    expect(briefings(slack)).toHaveLength(1);
    expect(slack.files).toHaveLength(2);
    expect(slack.files[1]!.channel).toBe(CHANNEL);
    expect(slack.files[0]!.channel).toBeNull();
    await other.stop();
    expect(slack.violations).toEqual([]);
  });
});
