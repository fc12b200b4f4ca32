/**
 * The replica store: Postgres through a pg pool. Same contract as the SQLite store; safe for many processes:
 * identity by ON CONFLICT DO NOTHING, outbox claims with FOR UPDATE SKIP LOCKED, feed leases by conditional
 * upsert, migrations under an advisory lock. Every write runs in a transaction; a dropped connection is retried
 * with backoff when repeating cannot do anything twice.
 */
import type { Classification } from "../../model/classification.js";
import type { FeedState } from "../../model/feed.js";
import type { Item, StoredItem } from "../../model/item.js";
import type { OutboxEntry, OutboxRow } from "../../model/outbox.js";
import type { Story } from "../../model/story.js";
import type { Subscription } from "../../model/subscription.js";
import { feedStateFromRow, subscriptionFromRow, toIso } from "../schema.js";
import type { ClaimOptions, ItemQuery, Store } from "../store.js";
import { migratePostgres } from "./migrate-postgres.js";
import { PgItems } from "./pg-items.js";
import { PgOutbox } from "./pg-outbox.js";
import { PgRunner, type PgRunnerOptions } from "./pg-runner.js";

export type PostgresStoreOptions = PgRunnerOptions;

/** Opens a pool on a postgres:// URL (no connection is made until first use). Does not migrate. */
export function openPostgresStore(url: string, options: PostgresStoreOptions = {}): PostgresStore {
  return new PostgresStore(url, options);
}

export class PostgresStore implements Store {
  readonly kind = "postgres" as const;
  private readonly db: PgRunner;
  private readonly server: string;
  private readonly items: PgItems;
  private readonly outbox: PgOutbox;

  constructor(url: string, options: PostgresStoreOptions = {}) {
    this.db = new PgRunner(url, options);
    this.server = this.db.server;
    this.items = new PgItems(this.db);
    this.outbox = new PgOutbox(this.db);
  }

  migrate(): Promise<void> {
    // Idempotent: a connection lost midway rolled its transaction back and dropped the advisory lock.
    return this.db.run(
      async (query) => {
        await migratePostgres(query, this.server);
      },
      { transaction: false, idempotent: true },
    );
  }

  ping(): Promise<void> {
    return this.db.read(async (query) => {
      await query("SELECT 1");
    });
  }

  optimize(): Promise<void> {
    // VACUUM merges the GIN index's pending entries and marks pages all-visible; ANALYZE refreshes statistics.
    // It cannot run inside a transaction, and running it twice is harmless.
    return this.db.run(
      async (query) => {
        await query("VACUUM (ANALYZE) items, item_feeds, item_countries, item_topics, outbox");
      },
      { transaction: false, idempotent: true },
    );
  }

  close(): Promise<void> {
    return this.db.close();
  }

  // --- feeds ---

  getFeedState(feedId: string): Promise<FeedState | null> {
    return this.db.read(async (query) => {
      const [row] = await query("SELECT * FROM feed_states WHERE feed_id = $1", [feedId]);
      return row ? feedStateFromRow(row) : null;
    });
  }

  saveFeedState(s: FeedState): Promise<void> {
    return this.db.write(async (query) => {
      await query(
        `INSERT INTO feed_states (feed_id, url, etag, last_modified, last_status, last_error, last_error_code,
           consecutive_failures, last_polled_at, last_success_at, next_attempt_at, items_seen, last_new_item_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
         ON CONFLICT (feed_id) DO UPDATE SET url = excluded.url, etag = excluded.etag,
           last_modified = excluded.last_modified, last_status = excluded.last_status, last_error = excluded.last_error,
           last_error_code = excluded.last_error_code, consecutive_failures = excluded.consecutive_failures,
           last_polled_at = excluded.last_polled_at, last_success_at = excluded.last_success_at,
           next_attempt_at = excluded.next_attempt_at, items_seen = excluded.items_seen,
           last_new_item_at = excluded.last_new_item_at`,
        [
          s.feedId,
          s.url,
          s.etag,
          s.lastModified,
          s.lastStatus,
          s.lastError,
          s.lastErrorCode,
          s.consecutiveFailures,
          toIso(s.lastPolledAt),
          toIso(s.lastSuccessAt),
          toIso(s.nextAttemptAt),
          s.itemsSeen,
          toIso(s.lastNewItemAt),
        ],
      );
    }, true);
  }

  listFeedStates(): Promise<FeedState[]> {
    return this.db.read(async (query) =>
      (await query("SELECT * FROM feed_states ORDER BY feed_id")).map(feedStateFromRow),
    );
  }

  claimFeed(feedId: string, owner: string, now: Date, leaseMs: number): Promise<boolean> {
    return this.db.write(async (query) => {
      const rows = await query(
        `INSERT INTO feed_leases (feed_id, owner, lease_until) VALUES ($1, $2, $3)
         ON CONFLICT (feed_id) DO UPDATE SET owner = excluded.owner, lease_until = excluded.lease_until
         WHERE feed_leases.lease_until <= $4 OR feed_leases.owner = excluded.owner
         RETURNING feed_id`,
        [feedId, owner, new Date(now.getTime() + leaseMs), now],
      );
      return rows.length === 1;
    });
  }

  releaseFeed(feedId: string, owner: string): Promise<void> {
    return this.db.write(async (query) => {
      await query("DELETE FROM feed_leases WHERE feed_id = $1 AND owner = $2", [feedId, owner]);
    }, true);
  }

  // --- items and stories ---

  insertItems(items: Item[], classify?: (item: Item) => Classification): Promise<StoredItem[]> {
    return this.items.insertItems(items, classify);
  }

  saveClassifications(results: { itemId: string; classification: Classification }[]): Promise<void> {
    return this.items.saveClassifications(results);
  }

  getItems(ids: string[]): Promise<StoredItem[]> {
    return this.items.getItems(ids);
  }

  listItems(query: ItemQuery): Promise<StoredItem[]> {
    return this.items.listItems(query);
  }

  searchItems(text: string, query: ItemQuery): Promise<StoredItem[]> {
    return this.items.searchItems(text, query);
  }

  countItems(): Promise<number> {
    return this.items.countItems();
  }

  assignStories(assignments: { itemId: string; storyId: string }[]): Promise<void> {
    return this.items.assignStories(assignments);
  }

  getStories(storyIds: string[]): Promise<Story[]> {
    return this.items.getStories(storyIds);
  }

  // --- subscriptions ---

  addSubscription(s: Subscription): Promise<void> {
    return this.db.write(async (query) => {
      await query(
        `INSERT INTO subscriptions (id, target, mode, filter, schedule, tz, quiet, created_at, backfill_hours, state,
           last_error, last_delivery_at)
         VALUES ($1, $2, $3, $4::jsonb, $5, $6, $7, $8, $9, $10, $11, $12)
         ON CONFLICT (id) DO UPDATE SET target = excluded.target, mode = excluded.mode, filter = excluded.filter,
           schedule = excluded.schedule, tz = excluded.tz, quiet = excluded.quiet, created_at = excluded.created_at,
           backfill_hours = excluded.backfill_hours, state = excluded.state, last_error = excluded.last_error,
           last_delivery_at = excluded.last_delivery_at`,
        [
          s.id,
          s.target,
          s.mode,
          JSON.stringify(s.filter),
          s.schedule,
          s.tz,
          s.quiet,
          s.createdAt,
          s.backfillHours,
          s.state,
          s.lastError,
          s.lastDeliveryAt,
        ],
      );
    }, true);
  }

  getSubscription(id: string): Promise<Subscription | null> {
    return this.db.read(async (query) => {
      const [row] = await query("SELECT * FROM subscriptions WHERE id = $1", [id]);
      return row ? subscriptionFromRow(row) : null;
    });
  }

  listSubscriptions(): Promise<Subscription[]> {
    return this.db.read(async (query) =>
      (await query("SELECT * FROM subscriptions ORDER BY created_at, id")).map(subscriptionFromRow),
    );
  }

  removeSubscription(id: string): Promise<boolean> {
    return this.db.write(async (query) => {
      // Undelivered rows go with the subscription; sent and failed rows stay as delivery history.
      await query("DELETE FROM outbox WHERE subscription_id = $1 AND state IN ('pending', 'sending')", [id]);
      return (await query("DELETE FROM subscriptions WHERE id = $1 RETURNING id", [id])).length === 1;
    });
  }

  setSubscriptionState(
    id: string,
    state: Subscription["state"],
    lastError: string | null,
    lastDeliveryAt?: string,
  ): Promise<void> {
    return this.db.write(async (query) => {
      await query(
        `UPDATE subscriptions SET state = $1, last_error = $2,
           last_delivery_at = coalesce($3::timestamptz, last_delivery_at) WHERE id = $4`,
        [state, lastError, lastDeliveryAt ?? null, id],
      );
    }, true);
  }

  // --- outbox ---

  enqueue(entries: OutboxEntry[]): Promise<number> {
    return this.outbox.enqueue(entries);
  }

  importOutbox(rows: OutboxRow[]): Promise<number> {
    return this.outbox.importOutbox(rows);
  }

  claimOutbox(options: ClaimOptions): Promise<OutboxRow[]> {
    return this.outbox.claimOutbox(options);
  }

  markSent(ids: number[], messageId: string | null, now: Date): Promise<void> {
    return this.outbox.markSent(ids, messageId, now);
  }

  markRetry(ids: number[], notBefore: Date, error: string, rateLimited: boolean): Promise<void> {
    return this.outbox.markRetry(ids, notBefore, error, rateLimited);
  }

  markFailed(ids: number[], error: string): Promise<void> {
    return this.outbox.markFailed(ids, error);
  }

  listOutbox(query: {
    subscriptionId?: string;
    state?: OutboxRow["state"];
    limit?: number;
  }): Promise<OutboxRow[]> {
    return this.outbox.listOutbox(query);
  }

  listClaimOwners(): Promise<string[]> {
    return this.outbox.listClaimOwners();
  }

  releaseClaims(owners: string[]): Promise<number> {
    return this.outbox.releaseClaims(owners);
  }

  claimDigestTick(subscriptionId: string, tick: string): Promise<boolean> {
    return this.db.write(
      async (query) =>
        (
          await query(
            `INSERT INTO digest_ticks (subscription_id, tick, taken_at) VALUES ($1, $2, now())
             ON CONFLICT DO NOTHING RETURNING tick`,
            [subscriptionId, tick],
          )
        ).length === 1,
    );
  }

  // --- meta ---

  getMeta(key: string): Promise<string | null> {
    return this.db.read(async (query) => {
      const [row] = await query("SELECT value FROM meta WHERE key = $1", [key]);
      return row ? String(row["value"]) : null;
    });
  }

  setMeta(key: string, value: string): Promise<void> {
    return this.db.write(async (query) => {
      await query(
        "INSERT INTO meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
      );
    }, true);
  }
}
