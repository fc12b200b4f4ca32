/** `tracewire migrate`, `tracewire db copy` and `tracewire db optimize`. */
import { loadEnv } from "../config/load-env.js";
import { openStore } from "../store/open-store.js";
import { say } from "./with-context.js";

/** Applies pending migrations to the store DATABASE_URL names. */
export async function migrateVerb(): Promise<void> {
  const env = loadEnv();
  const store = await openStore(env.DATABASE_URL, { poolSize: env.DATABASE_POOL_SIZE });
  await store.close();
  say(`migrations applied (${store.kind})`);
}

/** Copies everything from one store to another. */
export async function dbCopyVerb(options: { from: string; to: string }): Promise<void> {
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
