import { describe, expect, it } from "vitest";
import { emptyFeedState, type FeedConfig, type FeedState } from "../../src/model/feed.js";
import { defaultFilter, type Subscription } from "../../src/model/subscription.js";
import { dueDigests, dueFeeds, missedDigests, nextPollAt } from "../../src/worker/due-work.js";

const TEN_MIN = 10 * 60_000;
const SINCE = new Date("2026-11-25T00:00:00Z");

function state(overrides: Partial<FeedState>): FeedState {
  return { ...emptyFeedState("vod-english", "https://vodenglish.news/feed/"), ...overrides };
}

function feed(id: string, overrides: Partial<FeedConfig> = {}): FeedConfig {
  return {
    id,
    outlet: id,
    url: `https://example.org/${id}.xml`,
    interval: 10,
    language: "en",
    enabled: true,
    ...overrides,
  };
}

function digest(id: string, schedule: string, tz: string | null): Subscription {
  return {
    id,
    target: "console",
    mode: "digest",
    filter: defaultFilter(),
    schedule,
    tz,
    quiet: null,
    createdAt: "2026-11-01T00:00:00.000Z",
    backfillHours: 24,
    state: "ok",
    lastError: null,
    lastDeliveryAt: null,
  };
}

describe("nextPollAt", () => {
  it.each([
    [
      "a feed never polled starts when the scheduler starts, without jitter",
      null,
      0,
      "2026-11-25T00:00:00.000Z",
    ],
    [
      "a feed never polled is spread by the jitter's share of its interval",
      null,
      0.01,
      "2026-11-25T00:00:06.000Z",
    ],
    ["a feed never polled starts within 10 s, whatever its interval", null, 0.09, "2026-11-25T00:00:10.000Z"],
    [
      "a healthy feed comes due one interval after its last poll",
      state({ lastPolledAt: "2026-11-25T06:00:00.000Z" }),
      0,
      "2026-11-25T06:10:00.000Z",
    ],
    [
      "jitter only shortens the interval, so an item waits at most one interval",
      state({ lastPolledAt: "2026-11-25T06:00:00.000Z" }),
      0.1,
      "2026-11-25T06:09:00.000Z",
    ],
    [
      "jitter beyond 10% is capped",
      state({ lastPolledAt: "2026-11-25T06:00:00.000Z" }),
      0.9,
      "2026-11-25T06:09:00.000Z",
    ],
    [
      "a failing feed waits for its backoff",
      state({
        lastPolledAt: "2026-11-25T06:00:00.000Z",
        consecutiveFailures: 3,
        nextAttemptAt: "2026-11-25T06:40:00.000Z",
      }),
      0,
      "2026-11-25T06:40:00.000Z",
    ],
    [
      "a rate-limited feed is not asked again before its Retry-After",
      state({
        lastPolledAt: "2026-11-25T06:00:00.000Z",
        consecutiveFailures: 1,
        lastErrorCode: "FEED_RATE_LIMITED",
        nextAttemptAt: "2026-11-25T07:00:00.000Z",
      }),
      0,
      "2026-11-25T07:00:00.000Z",
    ],
    [
      "a healthy feed's own next attempt does not delay it (the interval decides)",
      state({ lastPolledAt: "2026-11-25T06:00:00.000Z", nextAttemptAt: "2026-11-25T06:10:05.000Z" }),
      0.1,
      "2026-11-25T06:09:00.000Z",
    ],
  ])("%s", (_name, feedState, jitter, expected) => {
    expect(nextPollAt(feedState, TEN_MIN, jitter, SINCE).toISOString()).toBe(expected);
  });
});

describe("dueFeeds", () => {
  const now = new Date("2026-11-25T06:10:00Z");
  const feeds = [
    feed("due"),
    feed("later"),
    feed("in-flight"),
    feed("disabled", { enabled: false }),
    feed("unknown"),
  ];
  const dueAt = new Map([
    ["due", Date.parse("2026-11-25T06:09:59Z")],
    ["later", Date.parse("2026-11-25T06:10:01Z")],
    ["in-flight", Date.parse("2026-11-25T06:00:00Z")],
    ["disabled", Date.parse("2026-11-25T06:00:00Z")],
  ]);

  it("picks enabled feeds whose time has come and that are not still being polled", () => {
    const due = dueFeeds(feeds, dueAt, new Set(["in-flight"]), now).map((f) => f.id);
    expect(due).toEqual(["due", "unknown"]);
  });
});

describe("dueDigests", () => {
  const subscriptions = [
    digest("bangkok-8am", "0 8 * * *", "Asia/Bangkok"),
    digest("berlin-weekdays", "0 8 * * 1-5", "Europe/Berlin"),
    digest("utc-8am", "0 8 * * *", null),
    { ...digest("an-alert", "0 8 * * *", "Asia/Bangkok"), mode: "alert" as const },
  ];

  it.each([
    // 08:00 in Bangkok (UTC+7) is 01:00 UTC.
    ["2026-11-25T01:00:00Z", ["bangkok-8am"]],
    ["2026-11-25T01:00:59Z", ["bangkok-8am"]],
    ["2026-11-25T01:01:00Z", []],
    ["2026-11-25T00:59:59Z", []],
    // 08:00 in Berlin in winter (CET, UTC+1) is 07:00 UTC on a Wednesday.
    ["2026-11-25T07:00:30Z", ["berlin-weekdays"]],
    // …and in summer (CEST, UTC+2) 06:00 UTC.
    ["2026-07-01T06:00:00Z", ["berlin-weekdays"]],
    // Saturday 28 November: no weekday digest in Berlin.
    ["2026-11-28T07:00:00Z", []],
    // Subscriptions without a zone follow the process's zone (UTC here).
    ["2026-11-25T08:00:00Z", ["utc-8am"]],
  ])("at %s the due digests are %j", (at, expected) => {
    const due = dueDigests(subscriptions, new Date(at), "UTC");
    expect(due.map((d) => d.subscriptionId)).toEqual(expected);
  });

  it("names the tick by its scheduled minute, so replicas claim the same key", () => {
    const early = dueDigests(subscriptions, new Date("2026-11-25T01:00:01Z"), "UTC");
    const late = dueDigests(subscriptions, new Date("2026-11-25T01:00:58Z"), "UTC");
    expect(early).toEqual(late);
    expect(early[0]!.tick).toBe("2026-11-25T01:00Z");
  });

  it("skips a subscription whose schedule cannot be read and still returns the others", () => {
    const broken = { ...digest("broken", "0 8 31 2 *", "Asia/Bangkok") };
    const due = dueDigests([broken, ...subscriptions], new Date("2026-11-25T01:00:00Z"), "UTC");
    expect(due.map((d) => d.subscriptionId)).toEqual(["bangkok-8am"]);
  });
});

describe("missedDigests", () => {
  const subscriptions = [
    digest("bangkok-8am", "0 8 * * *", "Asia/Bangkok"),
    digest("berlin-weekdays", "0 8 * * 1-5", "Europe/Berlin"),
    { ...digest("an-alert", "0 8 * * *", "Asia/Bangkok"), mode: "alert" as const },
  ];
  const missed = (at: string, list = subscriptions) =>
    missedDigests(list, new Date(at), "UTC").map((d) => `${d.subscriptionId} ${d.tick}`);

  it("names each digest subscription's last tick of the past 12 hours, not the current minute's", () => {
    // 03:20 UTC: Bangkok's 08:00 (01:00 UTC) passed; Berlin's 08:00 of the day before is over 12 hours back.
    expect(missed("2026-11-25T03:20:00Z")).toEqual(["bangkok-8am 2026-11-25T01:00Z"]);
    expect(missed("2026-11-25T01:00:30Z")).toEqual([]);
    expect(missed("2026-11-25T12:30:00Z")).toEqual([
      "bangkok-8am 2026-11-25T01:00Z",
      "berlin-weekdays 2026-11-25T07:00Z",
    ]);
    expect(missed("2026-11-25T12:30:00Z").map((m) => m.split(" ")[1])).toEqual(
      dueDigests(subscriptions, new Date("2026-11-25T01:00:00Z"), "UTC")
        .concat(dueDigests(subscriptions, new Date("2026-11-25T07:00:00Z"), "UTC"))
        .map((d) => d.tick),
    );
  });

  it("never names a tick from before the subscription existed, nor from an unreadable schedule", () => {
    const late = { ...digest("late", "0 8 * * *", "Asia/Bangkok"), createdAt: "2026-11-25T02:00:00.000Z" };
    const broken = digest("broken", "0 8 31 2 *", "Asia/Bangkok");
    expect(missed("2026-11-25T03:20:00Z", [late, broken])).toEqual([]);
    expect(missed("2026-11-26T03:20:00Z", [late, broken])).toEqual(["late 2026-11-26T01:00Z"]);
  });
});
