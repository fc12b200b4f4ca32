/**
 * `npm run bench` (full) and `npm run bench -- --quick` (about a minute: smaller sizes, a shorter slash-command
 * load, no replicas, Postgres only when the environment names one). Runs every benchmark on loopback, prints the table and writes
 * bench/results.json. Never part of `npm test`; nothing here asserts.
 */
import { resolve } from "node:path";
import { openStore } from "../src/store/open-store.js";
import {
  externalPostgresUrl,
  startTestPostgres,
  type TestPostgres,
  tempSqliteUrl,
} from "../tests/support/temp-db.js";
import { benchAlertLatency } from "./alert-latency.js";
import { benchClassifyRate } from "./classify-rate.js";
import { benchColdStart } from "./cold-start.js";
import { benchCycleCost } from "./cycle-cost.js";
import { fillArchive } from "./fill-archive.js";
import { benchLanguageDetect } from "./language-detect.js";
import { type Figures, formatTable, skippedFigure, writeResults } from "./measure.js";
import { benchReplicaSpeedup } from "./replica-speedup.js";
import { benchSearchLatency, searchQueries } from "./search-latency.js";
import { benchSlashLoad, slashLoadSizes } from "./slash-load.js";
import { ensureBuilt } from "./spawn-tracewire.js";
import { benchWebLatency } from "./web-latency.js";
import { benchWorkerRss } from "./worker-rss.js";

const quick = process.argv.includes("--quick");
const sizes = quick
  ? { feeds: 50, items: 50, archive: 20_000, queries: 50, classifySeconds: 1, coldRuns: 3, alertRounds: 1 }
  : {
      feeds: 200,
      items: 50,
      archive: 100_000,
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

ensureBuilt(!quick);
await step("classify", () => benchClassifyRate({ seconds: sizes.classifySeconds }));
await step("language detection", () => benchLanguageDetect());
await step("poll cycle", () => benchCycleCost({ feeds: sizes.feeds, items: sizes.items }));

const archive = tempSqliteUrl();
await step(`search (SQLite, ${sizes.archive.toLocaleString("en")} items)`, async () => {
  const store = await openStore(archive.url);
  try {
    await fillArchive(store, sizes.archive);
    return { search_p95_ms: await benchSearchLatency(store, searchQueries(sizes.queries)) };
  } finally {
    await store.close();
  }
});

await step(`web archive (SQLite, ${sizes.archive.toLocaleString("en")} items)`, async () => {
  const store = await openStore(archive.url);
  try {
    return { web_p95_ms: await benchWebLatency(store) };
  } finally {
    await store.close();
  }
});

let pg: TestPostgres | null = null;
if (!quick || externalPostgresUrl()) {
  await step("start Postgres", async () => {
    pg = await startTestPostgres();
    return {};
  });
}
const postgres = pg as TestPostgres | null;
if (postgres) {
  await step(`search (Postgres, ${sizes.archive.toLocaleString("en")} items)`, async () => {
    const url = await postgres.createDatabase();
    const store = await openStore(url);
    try {
      await fillArchive(store, sizes.archive);
      return { search_p95_ms_postgres: await benchSearchLatency(store, searchQueries(sizes.queries)) };
    } finally {
      await store.close();
      await postgres.dropDatabase(url);
    }
  });
} else {
  figures["search_p95_ms_postgres"] = skippedFigure(
    "ms",
    "≤ 50",
    "--quick without DATABASE_URL=postgres://…",
  );
}

await step("worker RSS", () =>
  benchWorkerRss({ feeds: sizes.feeds, items: sizes.items, archivePath: archive.path }),
);
archive.cleanup();
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

if (postgres && !quick) {
  await step("replicas (Postgres)", () => benchReplicaSpeedup(postgres, { feeds: 1_000 }));
} else {
  figures["replica_speedup"] = skippedFigure("×", "≥ 2.5", quick ? "--quick" : "no Postgres");
}
await postgres?.stop();

const expected = [
  "cycle_cost_ratio",
  "repoll_ratio",
  "repoll_body_bytes",
  "classify_per_s",
  "classify_per_s_mixed",
  "language_detect_accuracy",
  "language_detect_worst",
  "search_p95_ms",
  "search_p95_ms_postgres",
  "web_p95_ms",
  "worker_rss_mb",
  "cold_start_ms",
  "alert_latency_ms",
  "slash_load_p99_ms",
  "slash_load_within_3s",
  "slash_load_errors",
  "slash_load_p99_ms_postgres",
  "slash_load_within_3s_postgres",
  "slash_load_errors_postgres",
  "replica_speedup",
];
for (const name of expected) figures[name] ??= skippedFigure("", "", "failed: see above");
const ordered = Object.fromEntries(expected.map((name) => [name, figures[name]!]));
console.log(formatTable(ordered));
writeResults(resolve(import.meta.dirname, "results.json"), ordered);
console.log(`\n${quick ? "quick run" : "full run"}; written to bench/results.json`);
