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
import type { OutboxRow } from "../../model/outbox.js";
import type { Story } from "../../model/story.js";
import type { Subscription } from "../../model/subscription.js";
import {
  assembleStories,
  clampLimit,
  feedStateFromRow,
  type Row,
  storedItemFromRow,
  subscriptionFromRow,
  toIso,
} from "../schema.js";
import type { ClaimOptions, ItemQuery, OutboxEntry, Store } from "../store.js";
import { toFtsQuery } from "./fts-query.js";
import { itemFilterSql } from "./item-filter-sql.js";
import { migrateSqlite } from "./migrate-sqlite.js";
import { openSqliteDatabase, type SqliteOpenOptions } from "./open-sqlite-database.js";
import { SqliteConnection } from "./sqlite-connection.js";
import { SqliteOutbox } from "./sqlite-outbox.js";

/** Opens (or creates) the SQLite store at a file path or ":memory:". Does not migrate. */
export function openSqliteStore(path: string, options: SqliteOpenOptions = {}): SqliteStore {
  return new SqliteStore(openSqliteDatabase(path, options), path === ":memory:" ? path : resolve(path));
}

const ITEM_COLUMNS = `i.id, i.feed_id, i.outlet, i.url, i.link, i.guid, i.title, i.summary, i.published_at,
  i.published_estimated, i.first_seen_at, i.language, i.story_id, i.relevant, i.sea, i.urgency, i.score, i.topics,
  i.countries, i.reasons, i.class_version`;

export class SqliteStore implements Store {
  readonly kind = "sqlite" as const;
  private readonly c: SqliteConnection;
  private readonly outbox: SqliteOutbox;

  constructor(db: Database.Database, file: string) {
    this.c = new SqliteConnection(db, file);
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

  // --- items ---

  insertItems(items: Item[], classify?: (item: Item) => Classification): Promise<StoredItem[]> {
    return this.c.run(() => {
      const insert = this.c.stmt(
        `INSERT INTO items (id, feed_id, outlet, url, link, guid, title, summary, published_at, published_estimated,
           first_seen_at, language, relevant, sea, urgency, score, topics, countries, reasons, class_version)
         VALUES (@id, @feedId, @outlet, @url, @link, @guid, @title, @summary, @publishedAt, @publishedEstimated,
           @firstSeenAt, @language, @relevant, @sea, @urgency, @score, @topics, @countries, @reasons, @version)
         ON CONFLICT DO NOTHING`,
      );
      const byUrl = this.c.stmt("SELECT id FROM items WHERE url = ?");
      const byGuid = this.c.stmt("SELECT id FROM items WHERE guid = ?");
      const byId = this.c.stmt("SELECT id FROM items WHERE id = ?");
      const idOf = (row: unknown) => (row as { id: string } | undefined)?.id;
      // The stored item behind a repeat: by canonical URL, else guid, else id.
      const existing = (item: Item): string | undefined =>
        idOf(byUrl.get(item.url)) ??
        (item.guid === null ? undefined : idOf(byGuid.get(item.guid))) ??
        idOf(byId.get(item.id));
      const seen = this.c.stmt(
        "INSERT INTO item_feeds (item_id, feed_id, seen_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
      );
      const write = this.c.db.transaction((batch: Item[]) => {
        const fresh: StoredItem[] = [];
        for (const item of batch) {
          const firstSeenAt = toIso(item.firstSeenAt) ?? item.firstSeenAt;
          // Known items are found first, so only new ones are classified (under the write lock: no race).
          const known = existing(item);
          if (known !== undefined) {
            seen.run(known, item.feedId, firstSeenAt);
            continue;
          }
          const classification = classify ? classify(item) : null;
          const inserted = insert.run({
            ...item,
            publishedAt: toIso(item.publishedAt) ?? item.publishedAt,
            firstSeenAt,
            publishedEstimated: item.publishedEstimated ? 1 : 0,
            ...classificationColumns(classification),
          });
          if (inserted.changes === 0) continue;
          seen.run(item.id, item.feedId, firstSeenAt);
          if (classification) this.indexClassification(item.id, classification);
          fresh.push({ ...item, classification, storyId: null, feedIds: [item.feedId] });
        }
        return fresh;
      });
      return write.immediate(items);
    });
  }

  saveClassifications(results: { itemId: string; classification: Classification }[]): Promise<void> {
    return this.c.run(() => {
      const update = this.c.stmt(
        `UPDATE items SET relevant = @relevant, sea = @sea, urgency = @urgency, score = @score, topics = @topics,
           countries = @countries, reasons = @reasons, class_version = @version WHERE id = @id`,
      );
      const clearCountries = this.c.stmt("DELETE FROM item_countries WHERE item_id = ?");
      const clearTopics = this.c.stmt("DELETE FROM item_topics WHERE item_id = ?");
      const write = this.c.db.transaction(() => {
        for (const { itemId, classification } of results) {
          const changed = update.run({ id: itemId, ...classificationColumns(classification) });
          if (changed.changes === 0) continue;
          clearCountries.run(itemId);
          clearTopics.run(itemId);
          this.indexClassification(itemId, classification);
        }
      });
      write.immediate();
    });
  }

  /** Adds an item's countries and topics to the lookup tables (inside the caller's transaction). */
  private indexClassification(itemId: string, c: Classification): void {
    const addCountry = this.c.stmt("INSERT OR IGNORE INTO item_countries (country, item_id) VALUES (?, ?)");
    const addTopic = this.c.stmt("INSERT OR IGNORE INTO item_topics (topic, item_id) VALUES (?, ?)");
    for (const country of c.countries) addCountry.run(country.toUpperCase(), itemId);
    for (const topic of c.topics) addTopic.run(topic, itemId);
  }

  getItems(ids: string[]): Promise<StoredItem[]> {
    return this.c.run(() => {
      const rows = this.c
        .stmt(`SELECT ${ITEM_COLUMNS} FROM items i WHERE i.id IN (SELECT value FROM json_each(?))`)
        .all(JSON.stringify(ids)) as Row[];
      const byId = new Map(this.withFeedIds(rows).map((item) => [item.id, item]));
      return ids.flatMap((id) => {
        const item = byId.get(id);
        return item ? [item] : [];
      });
    });
  }

  listItems(query: ItemQuery): Promise<StoredItem[]> {
    return this.c.run(() => {
      const { conditions, params } = itemFilterSql(query);
      const where = conditions.length > 0 ? `WHERE ${conditions.join(" AND ")}` : "";
      const rows = this.c
        .stmt(`SELECT ${ITEM_COLUMNS} FROM items i ${where} ORDER BY i.published_at DESC, i.seq DESC LIMIT ?`)
        .all(...params, clampLimit(query.limit)) as Row[];
      return this.withFeedIds(rows);
    });
  }

  searchItems(text: string, query: ItemQuery): Promise<StoredItem[]> {
    return this.c.run(() => {
      const match = toFtsQuery(text);
      if (match === null) return [];
      const { conditions, params } = itemFilterSql(query);
      // Title matches weigh ten times a summary match (bm25 is lower-is-better); newest first among equals.
      // The ranking runs on narrow rows; only the winners' full rows are read (sorting wide rows is slow).
      const rows = this.c
        .stmt(
          `SELECT ${ITEM_COLUMNS} FROM (
           SELECT i.seq, bm25(items_fts, 10.0, 1.0) AS score, i.published_at AS published
           FROM items_fts JOIN items i ON i.seq = items_fts.rowid
           WHERE items_fts MATCH ? ${conditions.map((c) => `AND ${c}`).join(" ")}
           ORDER BY score, published DESC, i.seq DESC LIMIT ?
         ) top JOIN items i ON i.seq = top.seq
         ORDER BY top.score, top.published DESC, top.seq DESC`,
        )
        .all(match, ...params, clampLimit(query.limit)) as Row[];
      return this.withFeedIds(rows);
    });
  }

  countItems(): Promise<number> {
    return this.c.run(() => (this.c.stmt("SELECT count(*) AS n FROM items").get() as { n: number }).n);
  }

  /** Attaches to each items row the feeds that carried it, first seen first. */
  private withFeedIds(rows: Row[]): StoredItem[] {
    if (rows.length === 0) return [];
    const links = this.c
      .stmt(
        `SELECT item_id, feed_id FROM item_feeds WHERE item_id IN (SELECT value FROM json_each(?))
       ORDER BY seen_at, feed_id`,
      )
      .all(JSON.stringify(rows.map((row) => row["id"]))) as { item_id: string; feed_id: string }[];
    const feeds = new Map<string, string[]>();
    for (const link of links) {
      const list = feeds.get(link.item_id) ?? [];
      list.push(link.feed_id);
      feeds.set(link.item_id, list);
    }
    return rows.map((row) => storedItemFromRow(row, feeds.get(String(row["id"])) ?? []));
  }

  // --- stories ---

  assignStories(assignments: { itemId: string; storyId: string }[]): Promise<void> {
    return this.c.run(() => {
      const update = this.c.stmt("UPDATE items SET story_id = ? WHERE id = ?");
      this.c.db
        .transaction(() => {
          for (const { itemId, storyId } of assignments) update.run(storyId, itemId);
        })
        .immediate();
    });
  }

  getStories(storyIds: string[]): Promise<Story[]> {
    return this.c.run(() => {
      const rows = this.c
        .stmt(
          `SELECT ${ITEM_COLUMNS} FROM items i
         WHERE i.story_id IN (SELECT value FROM json_each(@ids))
            OR (i.id IN (SELECT value FROM json_each(@ids)) AND i.story_id IS NULL)
         ORDER BY i.published_at, i.seq`,
        )
        .all({ ids: JSON.stringify(storyIds) }) as Row[];
      return assembleStories(storyIds, this.withFeedIds(rows));
    });
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

/** The items columns of a classification, as named statement parameters (all null for none). */
function classificationColumns(c: Classification | null): Record<string, string | number | null> {
  return {
    relevant: c ? (c.relevant ? 1 : 0) : null,
    sea: c ? (c.sea ? 1 : 0) : null,
    urgency: c?.urgency ?? null,
    score: c?.score ?? null,
    topics: c ? JSON.stringify(c.topics) : null,
    countries: c ? JSON.stringify(c.countries) : null,
    reasons: c ? JSON.stringify(c.reasons) : null,
    version: c?.version ?? null,
  };
}
