/**
 * The embedded store: one SQLite file (better-sqlite3, WAL). Takes model values, returns model values;
 * every multi-row write is one transaction, claims are immediate transactions so several processes on one
 * file stay correct. A damaged or locked file is reported as a StoreError naming the file, never reset.
 */
import { resolve } from "node:path";
import type Database from "better-sqlite3";
import type { Classification } from "../../model/classification.js";
import type { FeedState } from "../../model/feed.js";
import type { Item, StoredItem } from "../../model/item.js";
import type { OutboxEntry, OutboxRow } from "../../model/outbox.js";
import type { Story } from "../../model/story.js";
import type { Subscription } from "../../model/subscription.js";
import { feedStateFromRow, type Row, subscriptionFromRow, toIso } from "../schema.js";
import type { ClaimOptions, ItemQuery, Store } from "../store.js";
import { migrateSqlite } from "./migrate-sqlite.js";
import { openSqliteDatabase, type SqliteOpenOptions } from "./open-sqlite-database.js";
import { SqliteConnection } from "./sqlite-connection.js";
import { SqliteItems } from "./sqlite-items.js";
import { SqliteOutbox } from "./sqlite-outbox.js";

/** Opens (or creates) the SQLite store at a file path or ":memory:". Does not migrate. */
export function openSqliteStore(path: string, options: SqliteOpenOptions = {}): SqliteStore {
  return new SqliteStore(openSqliteDatabase(path, options), path === ":memory:" ? path : resolve(path));
}

export class SqliteStore implements Store {
  readonly kind = "sqlite" as const;
  private readonly c: SqliteConnection;
  private readonly items: SqliteItems;
  private readonly outbox: SqliteOutbox;

  constructor(db: Database.Database, file: string) {
    this.c = new SqliteConnection(db, file);
    this.items = new SqliteItems(this.c);
    this.outbox = new SqliteOutbox(this.c);
  }

  /** The database file (absolute path, or ":memory:"). */
  get file(): string {
    return this.c.file;
  }

  migrate(): Promise<void> {
    return this.c.run(() => {
      migrateSqlite(this.c.db, this.c.file);
    });
  }

  ping(): Promise<void> {
    return this.c.run(() => {
      this.c.stmt("SELECT 1").get();
    });
  }

  optimize(): Promise<void> {
    return this.c.run(() => {
      // Merges the full-text index's segments into one b-tree, then refreshes the planner's statistics.
      this.c.db.exec("INSERT INTO items_fts(items_fts) VALUES ('optimize'); ANALYZE;");
    });
  }

  close(): Promise<void> {
    return this.c.run(() => {
      if (this.c.db.open) this.c.db.close();
    });
  }

  // --- feeds ---

  getFeedState(feedId: string): Promise<FeedState | null> {
    return this.c.run(() => {
      const row = this.c.stmt("SELECT * FROM feed_states WHERE feed_id = ?").get(feedId) as Row | undefined;
      return row ? feedStateFromRow(row) : null;
    });
  }

  saveFeedState(state: FeedState): Promise<void> {
    return this.c.run(() => {
      this.c
        .stmt(
          `INSERT INTO feed_states (feed_id, url, etag, last_modified, last_status, last_error, last_error_code,
           consecutive_failures, last_polled_at, last_success_at, next_attempt_at, items_seen, last_new_item_at)
         VALUES (@feedId, @url, @etag, @lastModified, @lastStatus, @lastError, @lastErrorCode, @consecutiveFailures,
           @lastPolledAt, @lastSuccessAt, @nextAttemptAt, @itemsSeen, @lastNewItemAt)
         ON CONFLICT (feed_id) DO UPDATE SET url = excluded.url, etag = excluded.etag,
           last_modified = excluded.last_modified, last_status = excluded.last_status, last_error = excluded.last_error,
           last_error_code = excluded.last_error_code, consecutive_failures = excluded.consecutive_failures,
           last_polled_at = excluded.last_polled_at, last_success_at = excluded.last_success_at,
           next_attempt_at = excluded.next_attempt_at, items_seen = excluded.items_seen,
           last_new_item_at = excluded.last_new_item_at`,
        )
        .run({
          ...state,
          lastPolledAt: toIso(state.lastPolledAt),
          lastSuccessAt: toIso(state.lastSuccessAt),
          nextAttemptAt: toIso(state.nextAttemptAt),
          lastNewItemAt: toIso(state.lastNewItemAt),
        });
    });
  }

  listFeedStates(): Promise<FeedState[]> {
    return this.c.run(() =>
      (this.c.stmt("SELECT * FROM feed_states ORDER BY feed_id").all() as Row[]).map(feedStateFromRow),
    );
  }

  claimFeed(feedId: string, owner: string, now: Date, leaseMs: number): Promise<boolean> {
    return this.c.run(() => {
      const result = this.c
        .stmt(
          `INSERT INTO feed_leases (feed_id, owner, lease_until) VALUES (?, ?, ?)
         ON CONFLICT (feed_id) DO UPDATE SET owner = excluded.owner, lease_until = excluded.lease_until
         WHERE feed_leases.lease_until <= ? OR feed_leases.owner = excluded.owner`,
        )
        .run(feedId, owner, new Date(now.getTime() + leaseMs).toISOString(), now.toISOString());
      return result.changes === 1;
    });
  }

  releaseFeed(feedId: string, owner: string): Promise<void> {
    return this.c.run(() => {
      this.c.stmt("DELETE FROM feed_leases WHERE feed_id = ? AND owner = ?").run(feedId, owner);
    });
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

  addSubscription(subscription: Subscription): Promise<void> {
    return this.c.run(() => {
      this.c
        .stmt(
          `INSERT INTO subscriptions (id, target, mode, filter, schedule, tz, quiet, created_at, backfill_hours, state,
           last_error, last_delivery_at)
         VALUES (@id, @target, @mode, @filter, @schedule, @tz, @quiet, @createdAt, @backfillHours, @state, @lastError,
           @lastDeliveryAt)
         ON CONFLICT (id) DO UPDATE SET target = excluded.target, mode = excluded.mode, filter = excluded.filter,
           schedule = excluded.schedule, tz = excluded.tz, quiet = excluded.quiet, created_at = excluded.created_at,
           backfill_hours = excluded.backfill_hours, state = excluded.state, last_error = excluded.last_error,
           last_delivery_at = excluded.last_delivery_at`,
        )
        .run({
          ...subscription,
          filter: JSON.stringify(subscription.filter),
          createdAt: toIso(subscription.createdAt),
          lastDeliveryAt: toIso(subscription.lastDeliveryAt),
        });
    });
  }

  getSubscription(id: string): Promise<Subscription | null> {
    return this.c.run(() => {
      const row = this.c.stmt("SELECT * FROM subscriptions WHERE id = ?").get(id) as Row | undefined;
      return row ? subscriptionFromRow(row) : null;
    });
  }

  listSubscriptions(): Promise<Subscription[]> {
    return this.c.run(() =>
      (this.c.stmt("SELECT * FROM subscriptions ORDER BY created_at, id").all() as Row[]).map(
        subscriptionFromRow,
      ),
    );
  }

  removeSubscription(id: string): Promise<boolean> {
    return this.c.run(() =>
      this.c.db
        .transaction(() => {
          // Undelivered rows go with the subscription; sent and failed rows stay as delivery history.
          this.c
            .stmt("DELETE FROM outbox WHERE subscription_id = ? AND state IN ('pending', 'sending')")
            .run(id);
          return this.c.stmt("DELETE FROM subscriptions WHERE id = ?").run(id).changes === 1;
        })
        .immediate(),
    );
  }

  setSubscriptionState(
    id: string,
    state: Subscription["state"],
    lastError: string | null,
    lastDeliveryAt?: string,
  ): Promise<void> {
    return this.c.run(() => {
      this.c
        .stmt(
          `UPDATE subscriptions SET state = ?, last_error = ?, last_delivery_at = coalesce(?, last_delivery_at)
         WHERE id = ?`,
        )
        .run(state, lastError, toIso(lastDeliveryAt), id);
    });
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
    return this.c.run(
      () =>
        this.c
          .stmt(
            "INSERT INTO digest_ticks (subscription_id, tick, taken_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
          )
          .run(subscriptionId, tick, new Date().toISOString()).changes === 1,
    );
  }

  // --- meta ---

  getMeta(key: string): Promise<string | null> {
    return this.c.run(() => {
      const row = this.c.stmt("SELECT value FROM meta WHERE key = ?").get(key) as
        | { value: string }
        | undefined;
      return row ? row.value : null;
    });
  }

  setMeta(key: string, value: string): Promise<void> {
    return this.c.run(() => {
      this.c
        .stmt(
          "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        )
        .run(key, value);
    });
  }
}
