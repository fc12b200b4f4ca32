/**
 * The replica store: Postgres through a pg pool. Same contract as the SQLite store; safe for many processes:
 * identity by ON CONFLICT DO NOTHING, outbox claims with FOR UPDATE SKIP LOCKED, feed leases by conditional
 * upsert, migrations under an advisory lock. Every write runs in a transaction; a dropped connection is retried
 * with backoff when repeating cannot do anything twice.
 */
import { composeStore } from "../compose-store.js";
import type { Store } from "../store.js";
import { PgArchiveStats } from "./pg-archive-stats.js";
import { PgBriefings } from "./pg-briefings.js";
import { PgFeedback } from "./pg-feedback.js";
import { PgFeeds } from "./pg-feeds.js";
import { PgItems } from "./pg-items.js";
import { PgLifecycle } from "./pg-lifecycle.js";
import { PgOutbox } from "./pg-outbox.js";
import { PgRequests } from "./pg-requests.js";
import { PgRunner, type PgRunnerOptions } from "./pg-runner.js";
import { PgSubscriptions } from "./pg-subscriptions.js";
import { PgWatchlist } from "./pg-watchlist.js";

export type PostgresStoreOptions = PgRunnerOptions;

/**
 * Opens a pool on a postgres:// URL (no connection is made until first use) and the store's parts on it.
 * Does not migrate.
 */
export function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Store {
  const db = new PgRunner(url, options);
  return composeStore(
    new PgLifecycle(db),
    new PgFeeds(db),
    new PgItems(db),
    new PgSubscriptions(db),
    new PgOutbox(db),
    new PgRequests(db),
    new PgBriefings(db),
    new PgFeedback(db),
    new PgWatchlist(db),
    new PgArchiveStats(db),
  );
}
