/**
 * The scale run (issue 21.2): one archive grown 10,000 → 100,000 → 1,000,000 items (about a year of a
 * 50-feed deployment), with the figures that depend on its size measured at each step, on SQLite and on
 * Postgres. The size called `main` keeps the figure's plain name (search_p95_ms, …: the figures of earlier
 * runs); 1,000,000 adds `_1m` and the others `_<n>k`. Returns the figures and the growth rows.
 */
import { openStore } from "../src/store/open-store.js";
import type { Store } from "../src/store/store.js";
import { type TestPostgres, tempSqliteUrl } from "../tests/support/temp-db.js";
import { exportPeakRssMb } from "./export-memory.js";
import { archiveClock, growArchive } from "./grow-archive.js";
import { type GrowthRow, scaledName } from "./growth-table.js";
import { atMost, type Figure, type Figures, ratioFigure } from "./measure.js";
import { benchSearchLatency, searchQueries } from "./search-latency.js";
import { benchWebLatency } from "./web-latency.js";
import { benchWorkerRss } from "./worker-rss.js";

export interface ScaleOptions {
  /** Archive sizes, smallest first. */
  sizes: number[];
  /** The size whose figures keep their plain names. */
  main: number;
  queries: number;
  /** Rounds of the web pages per size. */
  webRounds: number;
  /** The sizes at which the worker's and export's memory are measured (each run starts a process). */
  memorySizes: number[];
  /** The worker-memory run's feeds (each with `items` items). */
  feeds: number;
  items: number;
  /** The time the archive's year ends (its items are spread over the year before, oldest stored first). */
  started: Date;
  /** Called before each step, for the progress line. */
  step: (name: string, run: () => Promise<Figures>) => Promise<void>;
}

/** Collects figures into growth rows as they are measured. */
class Growth {
  readonly rows = new Map<string, GrowthRow>();
  add(base: string, size: number, figure: Figure | undefined): void {
    if (!figure || figure.skipped) return;
    const row = this.rows.get(base) ?? { figure: base, unit: figure.unit, values: new Map() };
    row.values.set(size, figure.value);
    this.rows.set(base, row);
  }
}

const label = (n: number) => n.toLocaleString("en");

/** SQLite: search, the web pages, the worker's memory and export's memory at each size. */
async function sqliteScale(options: ScaleOptions, growth: Growth, figures: Figures): Promise<void> {
  const { started } = options;
  const archive = tempSqliteUrl();
  const queries = searchQueries(options.queries);
  let exportFirst: number | undefined;
  try {
    for (const size of options.sizes) {
      const name = (base: string) => scaledName(base, size, options.main);
      const record = (base: string, figure: Figure | undefined) => {
        growth.add(base, size, figure);
        if (figure) figures[name(base)] = figure;
      };
      await options.step(`grow the SQLite archive to ${label(size)} items`, async () => {
        const store = await openStore(archive.url);
        try {
          await growArchive(store, size, started);
        } finally {
          await store.close();
        }
        return {};
      });
      await options.step(`search and web pages (SQLite, ${label(size)} items)`, async () => {
        const store = await openStore(archive.url);
        try {
          record("search_p95_ms", await benchSearchLatency(store, queries));
          record(
            "web_p95_ms",
            await benchWebLatency(store, { rounds: options.webRounds, now: archiveClock(size, started) }),
          );
        } finally {
          await store.close();
        }
        return {};
      });
      if (!options.memorySizes.includes(size)) continue;
      await options.step(`worker memory (${label(size)} archived)`, async () => {
        const result = await benchWorkerRss({
          feeds: options.feeds,
          items: options.items,
          archivePath: archive.path,
          figure: "worker_rss_mb",
        });
        record("worker_rss_mb", result["worker_rss_mb"]);
        return {};
      });
      await options.step(`export memory (${label(size)} items)`, async () => {
        const peak = await exportPeakRssMb(archive.path);
        exportFirst ??= peak;
        // Flat in the number of items: within 1.5 × the smallest archive's export, or 150 MB outright.
        const figure = ratioFigure(peak, exportFirst, "MB", { max: 1.5 });
        record("export_rss_mb", { ...figure, pass: figure.pass || atMost(peak, "MB", 150).pass });
        return {};
      });
    }
  } finally {
    archive.cleanup();
  }
}

/** Postgres: search at each size, on one database grown in place. */
async function postgresScale(
  options: ScaleOptions,
  pg: TestPostgres,
  growth: Growth,
  figures: Figures,
): Promise<void> {
  const { started } = options;
  const url = await pg.createDatabase();
  const queries = searchQueries(options.queries);
  let store: Store | null = null;
  try {
    store = await openStore(url);
    for (const size of options.sizes) {
      const open = store;
      await options.step(`grow the Postgres archive to ${label(size)} items`, async () => {
        await growArchive(open, size, started);
        return {};
      });
      await options.step(`search (Postgres, ${label(size)} items)`, async () => {
        const figure = await benchSearchLatency(open, queries);
        growth.add("search_p95_ms_postgres", size, figure);
        figures[scaledName("search_p95_ms_postgres", size, options.main)] = figure;
        return {};
      });
    }
  } finally {
    await store?.close();
    await pg.dropDatabase(url);
  }
}

/** Runs the scale steps; Postgres only when `pg` is given. */
export async function runScale(
  options: ScaleOptions,
  pg: TestPostgres | null,
): Promise<{ figures: Figures; growth: GrowthRow[] }> {
  const growth = new Growth();
  const figures: Figures = {};
  await sqliteScale(options, growth, figures);
  if (pg) await postgresScale(options, pg, growth, figures);
  return { figures, growth: [...growth.rows.values()] };
}
