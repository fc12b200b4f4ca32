import { describe, expect, it } from "vitest";
import type { StoredItem } from "../../src/model/item.js";
import type { Subscription, SubscriptionFilter } from "../../src/model/subscription.js";
import { defaultFilter } from "../../src/model/subscription.js";
import { type PlannedStory, planDeliveries } from "../../src/route/plan-deliveries.js";
import { buildStoredItem, HEADLINES } from "./build-stored-item.js";

// 16:00Z is 23:00 in Bangkok: inside quiet hours 22:00-07:00, which end at 00:00Z.
const now = new Date("2023-11-21T16:00:00.000Z");
const quietEnd = "2023-11-22T00:00:00.000Z";

type SubscriptionOverrides = Partial<Omit<Subscription, "filter">> & { filter?: Partial<SubscriptionFilter> };

function subscription(overrides: SubscriptionOverrides = {}): Subscription {
  const { filter, ...rest } = overrides;
  return {
    id: "sub",
    target: "console",
    mode: "digest",
    schedule: "0 8 * * *",
    tz: "Asia/Bangkok",
    quiet: null,
    createdAt: "2023-11-20T00:00:00.000Z",
    backfillHours: 24,
    state: "ok",
    lastError: null,
    lastDeliveryAt: null,
    ...rest,
    filter: { ...defaultFilter(), ...filter },
  };
}

function story(lead: StoredItem, ...also: StoredItem[]): PlannedStory {
  return { storyId: lead.id, lead, items: [lead, ...also] };
}

// Real headlines (headlines-dev.jsonl) on 21 Nov 2023: Japan Today and Reuters on the Myanmar hand-over.
const japanToday = buildStoredItem({
  id: "jt",
  ...HEADLINES.myanmarHandover,
  publishedAt: "2023-11-21T03:00:00.000Z",
});
const reuters = buildStoredItem({ id: "reuters", publishedAt: "2023-11-21T06:00:00.000Z" });
const handover = story(japanToday, reuters);
const cambodia = story(
  buildStoredItem({
    id: "vod",
    ...HEADLINES.cambodiaRaids,
    publishedAt: "2023-11-21T08:00:00.000Z",
    classification: { countries: ["KH"], topics: ["law_enforcement", "scam_compounds"] },
  }),
);
const laosBreaking = story(
  buildStoredItem({
    id: "scroll",
    ...HEADLINES.laosRescue,
    publishedAt: "2023-11-21T12:00:00.000Z",
    classification: { countries: ["LA", "IN"], topics: ["rescue_repatriation"], urgency: "breaking" },
  }),
);
// The same breaking headline, published 8 hours before `now`: no longer fresh (BREAKING_FRESH_HOURS).
const laosBreakingStale = story(
  buildStoredItem({
    id: "scroll-stale",
    ...HEADLINES.laosRescue,
    publishedAt: "2023-11-21T08:00:00.000Z",
    classification: { countries: ["LA", "IN"], topics: ["rescue_repatriation"], urgency: "breaking" },
  }),
);
const notRelevant = story(
  buildStoredItem({
    id: "bbc",
    ...HEADLINES.vietnamDrugs,
    publishedAt: "2023-11-21T09:00:00.000Z",
    classification: { relevant: false, countries: ["VN"], topics: [], score: 0.12 },
  }),
);
const archived = story(
  buildStoredItem({
    id: "old",
    ...HEADLINES.thaiTesco,
    publishedAt: "2023-11-18T23:59:00.000Z",
    classification: { countries: ["TH"], topics: ["forced_labour"] },
  }),
);

describe("planDeliveries", () => {
  it.each<[string, SubscriptionOverrides, PlannedStory[], string[]]>([
    ["a digest gets every matching story once", {}, [handover, cambodia, notRelevant], ["jt", "vod"]],
    [
      "a country filter keeps only its country",
      { filter: { countries: ["KH"] } },
      [handover, cambodia],
      ["vod"],
    ],
    [
      "a story matches when any of its reports matches",
      { filter: { outlets: ["Reuters"] } },
      [handover, cambodia],
      ["jt"],
    ],
    ["the archive before the backfill horizon is left out", {}, [archived, cambodia], ["vod"]],
    ["a longer backfill reaches further", { backfillHours: 72 }, [archived, cambodia], ["old", "vod"]],
    [
      "a failing target still queues",
      { state: "failing", lastError: "channel_not_found" },
      [cambodia],
      ["vod"],
    ],
    ["nothing relevant, nothing planned", {}, [notRelevant], []],
  ])("%s", (_name, overrides, stories, expected) => {
    const entries = planDeliveries(stories, [subscription(overrides)], now);
    expect(entries.map((entry) => entry.storyId)).toEqual(expected);
    for (const entry of entries)
      expect(entry).toMatchObject({ subscriptionId: "sub", mode: "digest", notBefore: now.toISOString() });
  });

  it.each<[string, Partial<Subscription>, PlannedStory, string]>([
    ["an alert outside quiet hours is due now", { quiet: "01:00-06:00" }, cambodia, now.toISOString()],
    ["an alert in quiet hours waits for their end", { quiet: "22:00-07:00" }, cambodia, quietEnd],
    ["a breaking alert ignores quiet hours", { quiet: "22:00-07:00" }, laosBreaking, now.toISOString()],
    [
      "a breaking alert published 8 hours ago waits for the end of quiet hours",
      { quiet: "22:00-07:00" },
      laosBreakingStale,
      quietEnd,
    ],
    [
      "quiet hours are read in the subscription's zone",
      { quiet: "22:00-07:00", tz: "Europe/Berlin" },
      cambodia,
      now.toISOString(),
    ],
    ["no quiet hours, due now", { quiet: null }, cambodia, now.toISOString()],
  ])("%s", (_name, overrides, planned, notBefore) => {
    expect(planDeliveries([planned], [subscription({ ...overrides, mode: "alert" })], now)).toEqual([
      { subscriptionId: "sub", storyId: planned.storyId, mode: "alert", notBefore },
    ]);
  });

  it("at 03:15 in Phnom Penh, quiet 22:00-07:00, breaking stories 8 to 12 hours old all wait until 07:00", () => {
    // 03:15 ICT (UTC+7) is 20:15Z the day before; the quiet hours end at 07:00 ICT, 00:00Z.
    const at0315 = new Date("2023-11-21T20:15:00.000Z");
    const stale = [8, 9, 10, 11, 12].map((hours) =>
      story(
        buildStoredItem({
          ...HEADLINES.cambodiaRaids,
          publishedAt: new Date(at0315.getTime() - hours * 3_600_000).toISOString(),
          classification: { countries: ["KH"], topics: ["scam_compounds"], urgency: "breaking" },
        }),
      ),
    );
    const sub = subscription({
      mode: "alert",
      quiet: "22:00-07:00",
      tz: "Asia/Phnom_Penh",
      createdAt: at0315.toISOString(),
      filter: { countries: ["KH"] },
    });
    const entries = planDeliveries(stale, [sub], at0315);
    expect(entries).toHaveLength(5);
    for (const entry of entries) expect(entry.notBefore).toBe("2023-11-22T00:00:00.000Z");
  });

  it("plans each subscription on its own", () => {
    const subscriptions = [
      subscription({ id: "slack-digest" }),
      subscription({ id: "discord-alert", mode: "alert", quiet: "22:00-07:00" }),
      subscription({ id: "cambodia-webhook", filter: { countries: ["KH"] } }),
    ];
    expect(planDeliveries([handover, cambodia], subscriptions, now)).toEqual([
      { subscriptionId: "slack-digest", storyId: "jt", mode: "digest", notBefore: now.toISOString() },
      { subscriptionId: "slack-digest", storyId: "vod", mode: "digest", notBefore: now.toISOString() },
      { subscriptionId: "discord-alert", storyId: "jt", mode: "alert", notBefore: quietEnd },
      { subscriptionId: "discord-alert", storyId: "vod", mode: "alert", notBefore: quietEnd },
      { subscriptionId: "cambodia-webhook", storyId: "vod", mode: "digest", notBefore: now.toISOString() },
    ]);
  });

  it("no subscriptions, no deliveries", () => {
    expect(planDeliveries([handover], [], now)).toEqual([]);
  });
});
