/**
 * `npm run bench` (full) and `npm run bench -- --quick` (under a minute: smaller sizes, a shorter slash-command
 * load, no replicas, Postgres only when the environment names one). Runs every benchmark on loopback, prints
 * the table, how the archive-bound figures grow with the archive (bench/scale-run.ts: 10,000 → 100,000 →
 * 1,000,000 items on SQLite and Postgres in a full run) and how long the run took, and writes
 * bench/results.json. Never part of `npm test`; nothing here asserts.
 */
import { resolve } from "node:path";
import { externalPostgresUrl, startTestPostgres, type TestPostgres } from "../tests/support/temp-db.js";
import { benchAlertLatency } from "./alert-latency.js";
import { benchClassifyRate } from "./classify-rate.js";
import { benchColdStart } from "./cold-start.js";
import { benchCycleCost } from "./cycle-cost.js";
import { distIsStale } from "./dist-is-stale.js";
import { formatGrowthTable, scaledName } from "./growth-table.js";
import { benchLanguageDetect } from "./language-detect.js";
import { type Figures, formatTable, skippedFigure, writeResults } from "./measure.js";
import { benchReplicaSpeedup } from "./replica-speedup.js";
import { runScale } from "./scale-run.js";
import { benchSlashLoad, slashLoadSizes } from "./slash-load.js";
import { ensureBuilt } from "./spawn-tracewire.js";

const quick = process.argv.includes("--quick");
const started = Date.now();
const sizes = quick
  ? {
      feeds: 50,
      items: 50,
      archives: [5_000, 20_000],
      archive: 20_000,
      memorySizes: [20_000],
      memoryFeeds: 20,
      webRounds: 20,
      queries: 50,
      classifySeconds: 1,
      coldRuns: 2,
      alertRounds: 1,
    }
  : {
      feeds: 200,
      items: 50,
      archives: [10_000, 100_000, 1_000_000],
      archive: 100_000,
      memorySizes: [10_000, 100_000, 1_000_000],
      memoryFeeds: 200,
      webRounds: 100,
      queries: 200,
      classifySeconds: 3,
      coldRuns: 5,
      alertRounds: 3,
    };

const figures: Figures = {};
const step = async (name: string, run: () => Promise<Figures> | Figures): Promise<void> => {
  const t0 = Date.now();
  process.stderr.write(`bench: ${name}…`);
  try {
    Object.assign(figures, await run());
    process.stderr.write(` ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  } catch (error) {
    process.stderr.write(` failed: ${error instanceof Error ? error.message : String(error)}\n`);
  }
};

ensureBuilt(!quick || distIsStale());
await step("classify", () => benchClassifyRate({ seconds: sizes.classifySeconds }));
await step("language detection", () => benchLanguageDetect());
await step("poll cycle", () => benchCycleCost({ feeds: sizes.feeds, items: sizes.items }));

let pg: TestPostgres | null = null;
if (!quick || externalPostgresUrl()) {
  await step("start Postgres", async () => {
    pg = await startTestPostgres();
    return {};
  });
}
const postgres = pg as TestPostgres | null;

const scale = await runScale(
  {
    sizes: sizes.archives,
    main: sizes.archive,
    queries: sizes.queries,
    webRounds: sizes.webRounds,
    memorySizes: sizes.memorySizes,
    feeds: sizes.memoryFeeds,
    items: sizes.items,
    started: new Date(),
    step: (name, run) => step(name, run),
  },
  postgres,
);
Object.assign(figures, scale.figures);
if (!postgres) {
  for (const size of sizes.archives) {
    figures[scaledName("search_p95_ms_postgres", size, sizes.archive)] = skippedFigure(
      "ms",
      "≤ 50",
      "--quick without DATABASE_URL=postgres://…",
    );
  }
}

await step("cold start", () => benchColdStart({ runs: sizes.coldRuns }));
await step("alert latency", () => benchAlertLatency({ feeds: 5, rounds: sizes.alertRounds }));

const slash = slashLoadSizes(quick);
await step(`slash load (SQLite, ${slash.rate}/s for ${slash.seconds} s)`, () =>
  benchSlashLoad({ ...slash, store: "sqlite" }),
);
if (postgres) {
  await step(`slash load (Postgres, ${slash.rate}/s for ${slash.seconds} s)`, async () => {
    const url = await postgres.createDatabase();
    try {
      return await benchSlashLoad({ ...slash, store: { postgresUrl: url } });
    } finally {
      await postgres.dropDatabase(url);
    }
  });
} else {
  const why = "--quick without DATABASE_URL=postgres://…";
  figures["slash_load_p99_ms_postgres"] = skippedFigure("ms", "≤ 3,000", why);
  figures["slash_load_within_3s_postgres"] = skippedFigure("%", "≥ 100", why);
  figures["slash_load_errors_postgres"] = skippedFigure("", "≤ 0", why);
}

const replicaFigures = [
  "replica_speedup",
  "replica_speedup_6",
  "replica_repeated_deliveries",
  "replica_feeds_polled_twice",
  "pg_statements_per_poll",
  "pg_statements_per_delivery",
];
if (postgres && !quick) {
  await step("replicas (Postgres, 2,000 feeds)", () => benchReplicaSpeedup(postgres, { feeds: 2_000 }));
} else {
  for (const name of replicaFigures) figures[name] = skippedFigure("", "", quick ? "--quick" : "no Postgres");
}
await postgres?.stop();

/** Every figure of a full run, in the order printed; the scale run's sizes each add their own names. */
const scaled = (base: string) => sizes.archives.map((size) => scaledName(base, size, sizes.archive));
const memoryScaled = (base: string) => sizes.memorySizes.map((size) => scaledName(base, size, sizes.archive));
const expected = [
  "cycle_cost_ratio",
  "repoll_ratio",
  "repoll_body_bytes",
  "classify_per_s",
  "classify_per_s_mixed",
  "language_detect_accuracy",
  "language_detect_worst",
  ...scaled("search_p95_ms"),
  ...scaled("search_p95_ms_postgres"),
  ...scaled("web_p95_ms"),
  ...memoryScaled("worker_rss_mb"),
  ...memoryScaled("export_rss_mb"),
  "cold_start_ms",
  "alert_latency_ms",
  "slash_load_p99_ms",
  "slash_load_within_3s",
  "slash_load_errors",
  "slash_load_p99_ms_postgres",
  "slash_load_within_3s_postgres",
  "slash_load_errors_postgres",
  ...replicaFigures,
];
for (const name of expected) figures[name] ??= skippedFigure("", "", "failed: see above");
const ordered = Object.fromEntries(expected.map((name) => [name, figures[name]!]));
console.log(formatTable(ordered));
console.log(`\nHow the archive-bound figures grow (same run):\n${formatGrowthTable(scale.growth)}`);
writeResults(resolve(import.meta.dirname, "results.json"), ordered);
const minutes = (Date.now() - started) / 60_000;
console.log(
  `\n${quick ? "quick run" : "full run"} took ${minutes.toFixed(1)} min; written to bench/results.json`,
);
