/**
 * search_p95_ms: the slash-command search path (searchArchive ordered by relevance, then renderSlackItemList)
 * over an archive, with varied queries as people type them: one word, two words, words in a third of the
 * archive, stop words among real words, two-letter prefixes, a longer prefix, a quoted phrase, a country.
 *
 * Alone: `npx tsx bench/search-latency.ts [items] [sqlite|postgres]` grows an archive to 10,000, 100,000, …
 * up to `items` (default 100,000) and prints p50/p95 per query kind at each size.
 */
import { pathToFileURL } from "node:url";
import { searchArchive } from "../src/commands/search-archive.js";
import { renderSlackItemList } from "../src/render/slack-blocks.js";
import { openStore } from "../src/store/open-store.js";
import type { Store } from "../src/store/store.js";
import { loadHeadlines } from "../tests/support/labelled-headlines.js";
import { startTestPostgres, tempSqliteUrl } from "../tests/support/temp-db.js";
import { growArchive } from "./grow-archive.js";
import { atMost, type Figure, percentile, wallMs } from "./measure.js";

/** What kind of query a person typed (the per-kind figures are printed by kind). */
export type SearchQueryKind =
  | "word"
  | "two words"
  | "common word"
  | "stop words"
  | "two letters"
  | "prefix"
  | "phrase"
  | "country";

const COMMON = ["trafficking", "scam", "Myanmar", "police", "Cambodia", "compound", "workers", "online"];
const WITH_STOP_WORDS = [
  "the police",
  "scam in the Philippines",
  "trafficking of the workers",
  "what is a scam compound",
  "the",
  "rescued from the scam centres",
];
const TWO_LETTERS = ["sc", "tr", "My", "Ca", "po", "fo", "hu", "ch"];
const COUNTRIES = ["Myanmar", "Cambodia", "Laos", "Thailand", "Philippines", "Vietnam"];
const KINDS: SearchQueryKind[] = [
  "word",
  "two words",
  "common word",
  "stop words",
  "two letters",
  "prefix",
  "phrase",
  "country",
];

/** `count` queries with their kind, in turn over the kinds, built from the headlines' own words. */
export function searchQueryKinds(count: number): { kind: SearchQueryKind; query: string }[] {
  const words = loadHeadlines()
    .flatMap((h) => h.title.split(/[^\p{L}\p{N}]+/u))
    .filter((w) => w.length >= 4);
  return Array.from({ length: count }, (_, i) => {
    const a = words[(i * 7919) % words.length]!;
    const b = words[(i * 104_729 + 13) % words.length]!;
    const turn = Math.floor(i / KINDS.length);
    const kind = KINDS[i % KINDS.length]!;
    const pick = (list: string[]) => list[turn % list.length]!;
    const query = {
      word: a,
      "two words": `${a} ${b}`,
      "common word": pick(COMMON),
      "stop words": pick(WITH_STOP_WORDS),
      "two letters": pick(TWO_LETTERS),
      prefix: a.slice(0, 5),
      phrase: `"${a} ${b}"`,
      country: pick(COUNTRIES),
    }[kind];
    return { kind, query };
  });
}

/** Queries as people type them (searchQueryKinds without the kinds). */
export function searchQueries(count: number): string[] {
  return searchQueryKinds(count).map((q) => q.query);
}

/**
 * The slash-command path once: search (relevant first, 10 hits) and render; returns the wall ms, this
 * process's CPU ms (all of SQLite's work; on Postgres, only the client's), and the hits.
 */
async function timeSearch(
  store: Store,
  query: string,
  now: Date,
): Promise<{ ms: number; cpuMs: number; hits: number }> {
  const t0 = wallMs();
  const cpu0 = process.cpuUsage();
  const items = await searchArchive(store, { query, limit: 10, order: "relevant" });
  renderSlackItemList(`Search: ${query}`, items, { now });
  const cpu = process.cpuUsage(cpu0);
  return { ms: wallMs() - t0, cpuMs: (cpu.user + cpu.system) / 1000, hits: items.length };
}

/** p95 (and p50) latency of search + render over the given store, after a few warm-up queries. */
export async function benchSearchLatency(store: Store, queries: string[]): Promise<Figure> {
  const samples = await sampleSearches(
    store,
    queries.map((query) => ({ kind: "word" as const, query })),
  );
  return atMost(percentile(samples.all, 95), "ms", 50);
}

/** Per-kind and overall latencies (ms) of the slash-command search path, after a few warm-up queries. */
export async function sampleSearches(
  store: Store,
  queries: { kind: SearchQueryKind; query: string }[],
): Promise<{ all: number[]; cpu: number[]; byKind: Map<SearchQueryKind, number[]> }> {
  const now = new Date();
  for (const { query } of queries.slice(0, 5)) await timeSearch(store, query, now);
  const all: number[] = [];
  const cpu: number[] = [];
  const byKind = new Map<SearchQueryKind, number[]>();
  let hits = 0;
  for (const { kind, query } of queries) {
    const sample = await timeSearch(store, query, now);
    all.push(sample.ms);
    cpu.push(sample.cpuMs);
    byKind.set(kind, [...(byKind.get(kind) ?? []), sample.ms]);
    hits += sample.hits;
  }
  if (hits === 0) throw new Error("no query found anything: the archive is empty or search is broken");
  return { all, cpu, byKind };
}

/** One line per query kind, one for all, and one for this process's CPU: p50 and p95 in ms. */
export function describeSamples(samples: {
  all: number[];
  cpu: number[];
  byKind: Map<SearchQueryKind, number[]>;
}): string {
  const line = (name: string, values: number[]) =>
    `  ${name.padEnd(12)} p50 ${percentile(values, 50).toFixed(1).padStart(7)} ms  p95 ${percentile(
      values,
      95,
    )
      .toFixed(1)
      .padStart(7)} ms`;
  return [...samples.byKind]
    .map(([kind, values]) => line(kind, values))
    .concat(line("all", samples.all), line("all (cpu)", samples.cpu))
    .join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const target = Number(process.argv[2] ?? 100_000);
  const backend = process.argv[3] === "postgres" ? "postgres" : "sqlite";
  // A fourth argument names an archive to grow and keep (a sqlite: or postgres: URL), to reuse between runs.
  const kept = process.argv[4] ?? null;
  const sizes = [10_000, 100_000, 1_000_000].filter((n) => n < target).concat(target);
  const postgres = backend === "postgres" && kept === null ? await startTestPostgres() : null;
  const sqlite = backend === "sqlite" && kept === null ? tempSqliteUrl() : null;
  const url = kept ?? (postgres ? await postgres.createDatabase() : (sqlite?.url ?? ""));
  const store = await openStore(url);
  try {
    for (const size of sizes) {
      const seconds = await growArchive(store, size);
      process.stdout.write(
        `${backend}: grew to ${size.toLocaleString("en")} items in ${seconds.toFixed(1)} s\n`,
      );
      const samples = await sampleSearches(store, searchQueryKinds(400));
      process.stdout.write(`${describeSamples(samples)}\n`);
    }
  } finally {
    await store.close();
    if (postgres) {
      await postgres.dropDatabase(url);
      await postgres.stop();
    }
    sqlite?.cleanup();
  }
}
