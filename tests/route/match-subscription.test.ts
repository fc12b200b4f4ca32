import { describe, expect, it } from "vitest";
import type { Subscription, SubscriptionFilter } from "../../src/model/subscription.js";
import { defaultFilter } from "../../src/model/subscription.js";
import { matchSubscription } from "../../src/route/match-subscription.js";
import { buildStoredItem, HEADLINES, type ItemOverrides } from "./build-stored-item.js";

function subscription(filter: Partial<SubscriptionFilter> = {}): Subscription {
  return {
    id: "sub-1",
    target: "console",
    mode: "digest",
    filter: { ...defaultFilter(), ...filter },
    schedule: "0 8 * * *",
    tz: "Asia/Bangkok",
    quiet: null,
    createdAt: "2023-11-01T00:00:00.000Z",
    backfillHours: 24,
    state: "ok",
    lastError: null,
    lastDeliveryAt: null,
  };
}

// Items carry real headlines (headlines-dev.jsonl) with the classification their label implies.
const cambodia: ItemOverrides = {
  ...HEADLINES.cambodiaRaids,
  classification: { countries: ["KH"], topics: ["law_enforcement", "forced_labour", "scam_compounds"] },
};
const handover: ItemOverrides = { ...HEADLINES.myanmarHandover };
const vietnam: ItemOverrides = {
  ...HEADLINES.vietnamDrugs,
  classification: { relevant: false, sea: true, countries: ["VN"], topics: [], score: 0.12 },
};
const epstein: ItemOverrides = {
  ...HEADLINES.epstein,
  classification: { relevant: true, sea: false, countries: ["US"], topics: ["sex_trafficking"], score: 0.8 },
};
const laos: ItemOverrides = {
  ...HEADLINES.laosRescue,
  classification: { countries: ["LA", "IN"], topics: ["rescue_repatriation"], urgency: "breaking" },
};
const thai: ItemOverrides = {
  ...HEADLINES.thaiTesco,
  classification: { countries: ["TH"], topics: ["forced_labour"], urgency: "background" },
};

describe("matchSubscription", () => {
  it.each<[string, ItemOverrides, Partial<SubscriptionFilter>, boolean, string]>([
    [
      "an unclassified item never matches",
      { ...handover, classification: null },
      { scope: "all" },
      false,
      "not classified yet",
    ],
    ["an irrelevant item says its score", vietnam, {}, false, "not relevant (score 0.12)"],
    ["scope sea leaves out the rest of the world", epstein, {}, false, "outside Southeast Asia"],
    ["scope all lets it through", epstein, { scope: "all" }, true, "matched: relevant, US, urgency normal"],
    [
      "a Cambodian story reaches a Cambodia filter",
      cambodia,
      { countries: ["KH", "MM"] },
      true,
      "matched: relevant, KH, urgency normal",
    ],
    ["a Thai story does not", thai, { countries: ["KH", "MM"] }, false, "country TH not in KH,MM"],
    ["several countries are listed", handover, { countries: ["KH"] }, false, "countries MM,CN not in KH"],
    [
      "an item with no country misses a country filter",
      { ...handover, classification: { countries: [] } },
      { countries: ["KH"] },
      false,
      "no country found (wanted KH)",
    ],
    [
      "any topic in common matches",
      laos,
      { topics: ["rescue_repatriation", "corruption"] },
      true,
      "matched: relevant, LA,IN, rescue_repatriation, urgency breaking",
    ],
    [
      "no topic in common",
      handover,
      { topics: ["rescue_repatriation"] },
      false,
      "topic law_enforcement not in rescue_repatriation",
    ],
    [
      "outlets ignore case",
      handover,
      { outlets: ["japan today"] },
      true,
      "matched: relevant, MM,CN, Japan Today, urgency normal",
    ],
    [
      "another outlet",
      handover,
      { outlets: ["Reuters", "VOA"] },
      false,
      "outlet Japan Today not in Reuters,VOA",
    ],
    [
      "background news below a normal minimum",
      thai,
      { minUrgency: "normal" },
      false,
      "urgency background below normal",
    ],
    [
      "breaking news above any minimum",
      laos,
      { minUrgency: "breaking" },
      true,
      "matched: relevant, LA,IN, urgency breaking",
    ],
    [
      "normal news below a breaking minimum",
      handover,
      { minUrgency: "breaking" },
      false,
      "urgency normal below breaking",
    ],
    [
      "a keyword in the summary",
      cambodia,
      { keywords: ["sar kheng"] },
      true,
      'matched: relevant, KH, keyword "sar kheng", urgency normal',
    ],
    [
      "a keyword phrase in the title, any case",
      handover,
      { keywords: ["Shwe Kokko", "TELECOM FRAUD"] },
      true,
      'matched: relevant, MM,CN, keyword "TELECOM FRAUD", urgency normal',
    ],
    [
      "no keyword",
      cambodia,
      { keywords: ["KK Park", "Shwe Kokko"] },
      false,
      "no keyword (KK Park, Shwe Kokko) in title or summary",
    ],
  ])("%s", (_name, item, filter, matched, why) => {
    expect(matchSubscription(buildStoredItem(item), subscription(filter))).toEqual({ matched, why });
  });
});

describe("matchSubscription by language (issue 16)", () => {
  const thai: ItemOverrides = { ...cambodia, language: "th" };
  const english: ItemOverrides = { ...cambodia, language: "en" };
  const chinese: ItemOverrides = { ...cambodia, language: "zh" };

  it("a --languages th subscription takes the Thai story and leaves the others, saying why", () => {
    const sub = subscription({ languages: ["th"] });
    expect(matchSubscription(buildStoredItem(thai), sub)).toMatchObject({ matched: true });
    expect(matchSubscription(buildStoredItem(thai), sub).why).toContain("language th");
    expect(matchSubscription(buildStoredItem(english), sub)).toEqual({
      matched: false,
      why: "language en not in th",
    });
    expect(matchSubscription(buildStoredItem(chinese), sub)).toEqual({
      matched: false,
      why: "language zh not in th",
    });
  });

  it("a subscription without --languages takes every language", () => {
    const sub = subscription();
    for (const item of [thai, english, chinese])
      expect(matchSubscription(buildStoredItem(item), sub).matched).toBe(true);
  });

  it("an English-only subscription is one that asked for en", () => {
    const sub = subscription({ languages: ["en"] });
    expect(matchSubscription(buildStoredItem(english), sub).matched).toBe(true);
    expect(matchSubscription(buildStoredItem(thai), sub).matched).toBe(false);
  });

  it("reads an item stored with a full tag by its primary language", () => {
    const sub = subscription({ languages: ["zh"] });
    expect(matchSubscription(buildStoredItem({ ...cambodia, language: "zh-Hant-TW" }), sub).matched).toBe(
      true,
    );
  });
});
