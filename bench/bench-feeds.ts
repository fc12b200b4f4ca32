/**
 * Load for the benchmarks: `count` feeds of `itemsPerFeed` items each, in the outlets' real formats
 * (tests/support/outlet-feeds.ts), with the real labelled headlines' text repeated under unique article URLs.
 * Deterministic for a given `now`, so the feed host (a child process) and the bench build the same bytes.
 */
import type { FeedConfig } from "../src/model/feed.js";
import type { LabelledHeadline } from "../tests/support/labelled-headlines.js";
import { buildOutletFeeds, feedBytes, OUTLET_FORMATS } from "../tests/support/outlet-feeds.js";

export interface BenchFeed {
  path: string;
  contentType: string;
  bytes: Buffer;
  /** The body as text, for rss-parser's reference parse. */
  body: string;
  feed: Omit<FeedConfig, "url">;
}

/** A small seeded PRNG (mulberry32), so every process builds the same text. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function seedOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

const vocabularies = new WeakMap<LabelledHeadline[], string[]>();
function vocabularyOf(pool: LabelledHeadline[]): string[] {
  let words = vocabularies.get(pool);
  if (!words) {
    words = pool.flatMap((h) => `${h.title} ${h.summary ?? ""}`.split(/\s+/)).filter((w) => w !== "");
    vocabularies.set(pool, words);
  }
  return words;
}

/** Load text: a real headline's shape with most of its words swapped for others of the same corpus. */
function remix(text: string, vocabulary: string[], random: () => number): string {
  return text
    .split(/\s+/)
    .map((word) => (random() < 0.6 ? vocabulary[Math.floor(random() * vocabulary.length)]! : word))
    .join(" ");
}

/**
 * `n` headlines shaped like the real ones in `pool`, each under its own article URL (tagged with `tag`). With
 * `remixed`, the words are reshuffled over the corpus so that thousands of items are not thousands of copies of
 * a hundred stories (which story grouping would rightly treat as one story each).
 */
export function uniqueHeadlines(
  pool: LabelledHeadline[],
  n: number,
  tag: string,
  remixed = true,
): LabelledHeadline[] {
  const vocabulary = vocabularyOf(pool);
  const random = seededRandom(seedOf(tag));
  return Array.from({ length: n }, (_, i) => {
    const h = pool[i % pool.length]!;
    const url = new URL(h.url);
    url.pathname = `${url.pathname.replace(/\/$/, "")}-${tag}-${i}`;
    if (!remixed) return { ...h, url: url.toString() };
    const summary = h.summary === undefined ? {} : { summary: remix(h.summary, vocabulary, random) };
    return { ...h, url: url.toString(), title: remix(h.title, vocabulary, random), ...summary };
  });
}

/** `count` feeds, feed i in outlet format i mod 6, each with `itemsPerFeed` items unique to it. */
export function makeBenchFeeds(
  pool: LabelledHeadline[],
  count: number,
  itemsPerFeed: number,
  now: Date,
  tag = "b",
  remixed = true,
): BenchFeed[] {
  const formats = OUTLET_FORMATS.length;
  return Array.from({ length: count }, (_, i) => {
    const format = OUTLET_FORMATS[i % formats]!;
    // buildOutletFeeds deals headlines round-robin over the six formats: six times as many gives this one its share.
    const headlines = uniqueHeadlines(pool, itemsPerFeed * formats, `${tag}${i}`, remixed);
    const outlet = buildOutletFeeds(headlines, now).find((f) => f.format === format)!;
    return {
      path: `/f${i}${outlet.path}`,
      contentType: outlet.contentType,
      bytes: feedBytes(outlet),
      body: outlet.body,
      feed: { ...outlet.feed, id: `${outlet.feed.id}-${i}` },
    };
  });
}

/** The labelled set new items come from in the alert benchmark: the feeds never carry it (alert-latency.ts). */
export const ALERT_SET = "collected-holdout-2";
