/** `tracewire migrate`, `tracewire db copy` and `tracewire db optimize`. */
import { existsSync } from "node:fs";
import { loadEnv } from "../config/load-env.js";
import { ConfigError, UsageError } from "../errors.js";
import { openStore, parseDatabaseUrl, type StoreLocation } from "../store/open-store.js";
import { say } from "./with-context.js";

/** Applies pending migrations to the store DATABASE_URL names. */
export async function migrateVerb(): Promise<void> {
  const env = loadEnv();
  const store = await openStore(env.DATABASE_URL, { poolSize: env.DATABASE_POOL_SIZE });
  await store.close();
  say(`migrations applied (${store.kind})`);
}

/**
 * Copies everything from one store to another. Both addresses are checked before either store is opened, and
 * a SQLite source must already exist: a typo in --from is exit 2 naming the flag, with nothing created.
 */
export async function dbCopyVerb(options: { from: string; to: string }): Promise<void> {
  const source = storeLocation("--from", options.from);
  storeLocation("--to", options.to);
  if (source.kind === "sqlite" && source.path !== ":memory:" && !existsSync(source.path)) {
    throw new UsageError(`no SQLite database at ${source.path}`, {
      where: "--from",
      hint: "db copy reads an existing store and never creates one; check the path (the default archive is sqlite:./data/tracewire.db)",
    });
  }
  const { copyStore } = await import("../store/copy-store.js");
  const from = await openStore(options.from);
  const to = await openStore(options.to);
  try {
    const counts = await copyStore(from, to);
    say(
      `copied ${counts.items} items, ${counts.subscriptions} subscriptions, ${counts.outbox} deliveries, ` +
        `${counts.feeds} feed states`,
    );
  } finally {
    await Promise.allSettled([from.close(), to.close()]);
  }
}

/** A store address given on the command line, read as DATABASE_URL is; a bad one names its flag. */
function storeLocation(flag: string, value: string): StoreLocation {
  try {
    return parseDatabaseUrl(value);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    throw new UsageError(error.message.replace(/^DATABASE_URL: /, ""), {
      where: flag,
      hint: `for example ${flag} sqlite:./data/tracewire.db or ${flag} postgres://user@host/db`,
    });
  }
}

/** Refreshes statistics and compacts the search index of the store DATABASE_URL names. */
export async function dbOptimizeVerb(): Promise<void> {
  const env = loadEnv();
  const store = await openStore(env.DATABASE_URL, { poolSize: env.DATABASE_POOL_SIZE });
  try {
    const started = Date.now();
    await store.optimize();
    say(`optimized the ${store.kind} store in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await store.close();
  }
}
