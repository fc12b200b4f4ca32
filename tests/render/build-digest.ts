/**
 * Builds StoredItems, Stories and Digests from the real labelled headlines in
 * tests/render/fixtures/headlines-dev.jsonl (a copy of ../shared/data/headlines-dev.jsonl). The
 * classification is derived from each headline's label, topics and country codes; urgency is spread over
 * the stories by position so every badge appears.
 */
import { readFileSync } from "node:fs";
import type { Classification, Topic, Urgency } from "../../src/model/classification.js";
import type { StoredItem } from "../../src/model/item.js";
import type { Digest, Story } from "../../src/model/story.js";

export interface Headline {
  title: string;
  summary?: string;
  outlet: string;
  url: string;
  date?: string;
  label: string;
  topics?: Topic[];
  country_codes?: string[];
}

/** The 103 labelled headlines, in file order. */
export function readHeadlines(): Headline[] {
  const text = readFileSync(new URL("./fixtures/headlines-dev.jsonl", import.meta.url), "utf8");
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Headline);
}

/** "2022-09" → 2022-09-01T00:00Z, moved on by `index` hours so that no two items share a time. */
function publishedAt(date: string | undefined, index: number): string {
  const [y = "2024", m = "01", d = "01"] = (date ?? "2024").split("-");
  const base = Date.UTC(Number(y), Number(m) - 1, Number(d));
  return new Date(base + index * 3_600_000).toISOString();
}

/** A stored item for headline number `index`, classified from its label. */
export function itemFromHeadline(h: Headline, index: number, urgency: Urgency = "normal"): StoredItem {
  const classification: Classification = {
    relevant: h.label === "sea_trafficking" || h.label === "trafficking_other_region",
    sea: h.label === "sea_trafficking",
    topics: h.topics ?? [],
    countries: h.country_codes ?? [],
    urgency,
    score: h.label === "sea_trafficking" ? 0.9 : 0.2,
    reasons: h.topics?.length ? [`topic ${h.topics[0]}`, `label ${h.label}`] : [`label ${h.label}`],
    entities: [],
    version: "test",
  };
  const at = publishedAt(h.date, index);
  return {
    id: `item-${index}`,
    feedId: `feed-${h.outlet.toLowerCase().replace(/\W+/g, "-")}`,
    outlet: h.outlet,
    url: h.url,
    link: h.url,
    guid: null,
    title: h.title,
    summary: h.summary ?? "",
    publishedAt: at,
    publishedEstimated: h.date === undefined,
    firstSeenAt: at,
    language: "en",
    classification,
    storyId: null,
    feedIds: [],
  };
}

/**
 * The item as if published `hours` before `now`: the labels and colours for breaking news follow freshness
 * (src/model/fresh-news.ts), and the headlines' own dates are years old.
 */
export function publishedBefore(item: StoredItem, hours: number, now: Date): StoredItem {
  const at = new Date(now.getTime() - hours * 3_600_000).toISOString();
  return { ...item, publishedAt: at, firstSeenAt: at };
}

/** The urgency given to story number `i`: every 9th breaking, every 5th background, else normal. */
export function urgencyFor(i: number): Urgency {
  if (i % 9 === 0) return "breaking";
  if (i % 5 === 0) return "background";
  return "normal";
}

/** A story led by `lead` with `also` as the other outlets' reports. */
export function storyOf(id: string, lead: StoredItem, also: StoredItem[] = []): Story {
  return { id, lead: { ...lead, storyId: id }, also: also.map((a) => ({ ...a, storyId: id })) };
}

/**
 * A digest of `count` stories (at most 80) led by the first headlines; the headlines after the 80th are
 * attached as "also" reports to every fourth story.
 */
export function buildDigest(count = 80, groupBy: Digest["groupBy"] = "country"): Digest {
  const headlines = readHeadlines();
  const spare = headlines.slice(80).map((h, j) => itemFromHeadline(h, 80 + j));
  const stories = headlines.slice(0, Math.min(count, 80)).map((h, i) => {
    const also =
      i % 4 === 0
        ? spare.slice((i / 4) % spare.length, ((i / 4) % spare.length) + 1 + (i % 8 === 0 ? 1 : 0))
        : [];
    return storyOf(`story-${i}`, itemFromHeadline(h, i, urgencyFor(i)), also);
  });
  return { subscriptionId: "sub-test", generatedAt: "2026-11-25T08:00:00.000Z", groupBy, stories };
}
