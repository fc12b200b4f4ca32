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
  outboxRowFromRow,
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
import { toSqliteStoreError } from "./sqlite-store-error.js";

/** Opens (or creates) the SQLite store at a file path or ":memory:". Does not migrate. */
export function openSqliteStore(path: string, options: SqliteOpenOptions = {}): SqliteStore {
  return new SqliteStore(openSqliteDatabase(path, options), path === ":memory:" ? path : resolve(path));
}

const ITEM_COLUMNS = `i.id, i.feed_id, i.outlet, i.url, i.link, i.guid, i.title, i.summary, i.published_at,
  i.published_estimated, i.first_seen_at, i.language, i.story_id, i.relevant, i.sea, i.urgency, i.score, i.topics,
  i.countries, i.reasons, i.class_version`;

export class SqliteStore implements Store {
  readonly kind = "sqlite" as const;
  private readonly statements = new Map<string, Database.Statement>();

  constructor(
    private readonly db: Database.Database,
    readonly file: string,
  ) {}

  /** Runs work against the file, turning SQLite failures into StoreErrors that name it. */
  private run<T>(work: () => T): Promise<T> {
    try {
      return Promise.resolve(work());
    } catch (error) {
      return Promise.reject(toSqliteStoreError(error, this.file));
    }
  }

  /** A prepared statement, prepared once per SQL text. */
  private stmt(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  migrate(): Promise<void> {
    return this.run(() => {
      migrateSqlite(this.db, this.file);
    });
  }

  ping(): Promise<void> {
    return this.run(() => {
      this.stmt("SELECT 1").get();
    });
  }

  close(): Promise<void> {
    return this.run(() => {
      if (this.db.open) this.db.close();
    });
  }

  // --- feeds ---

  getFeedState(feedId: string): Promise<FeedState | null> {
    return this.run(() => {
      const row = this.stmt("SELECT * FROM feed_states WHERE feed_id = ?").get(feedId) as Row | undefined;
      return row ? feedStateFromRow(row) : null;
    });
  }

  saveFeedState(state: FeedState): Promise<void> {
    return this.run(() => {
      this.stmt(
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
      ).run({
        ...state,
        lastPolledAt: toIso(state.lastPolledAt),
        lastSuccessAt: toIso(state.lastSuccessAt),
        nextAttemptAt: toIso(state.nextAttemptAt),
        lastNewItemAt: toIso(state.lastNewItemAt),
      });
    });
  }

  listFeedStates(): Promise<FeedState[]> {
    return this.run(() =>
      (this.stmt("SELECT * FROM feed_states ORDER BY feed_id").all() as Row[]).map(feedStateFromRow),
    );
  }

  claimFeed(feedId: string, owner: string, now: Date, leaseMs: number): Promise<boolean> {
    return this.run(() => {
      const result = this.stmt(
        `INSERT INTO feed_leases (feed_id, owner, lease_until) VALUES (?, ?, ?)
         ON CONFLICT (feed_id) DO UPDATE SET owner = excluded.owner, lease_until = excluded.lease_until
         WHERE feed_leases.lease_until <= ? OR feed_leases.owner = excluded.owner`,
      ).run(feedId, owner, new Date(now.getTime() + leaseMs).toISOString(), now.toISOString());
      return result.changes === 1;
    });
  }

  releaseFeed(feedId: string, owner: string): Promise<void> {
    return this.run(() => {
      this.stmt("DELETE FROM feed_leases WHERE feed_id = ? AND owner = ?").run(feedId, owner);
    });
  }

  // --- items ---

  insertItems(items: Item[]): Promise<Item[]> {
    return this.run(() => {
      const insert = this.stmt(
        `INSERT INTO items (id, feed_id, outlet, url, link, guid, title, summary, published_at, published_estimated,
           first_seen_at, language)
         VALUES (@id, @feedId, @outlet, @url, @link, @guid, @title, @summary, @publishedAt, @publishedEstimated,
           @firstSeenAt, @language)
         ON CONFLICT DO NOTHING`,
      );
      const existing = this.stmt(
        `SELECT id FROM (SELECT id, 1 AS o FROM items WHERE url = @url
           UNION ALL SELECT id, 2 FROM items WHERE guid = @guid
           UNION ALL SELECT id, 3 FROM items WHERE id = @id) ORDER BY o LIMIT 1`,
      );
      const seen = this.stmt(
        "INSERT INTO item_feeds (item_id, feed_id, seen_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
      );
      const write = this.db.transaction((batch: Item[]) => {
        const fresh: Item[] = [];
        for (const item of batch) {
          const publishedAt = toIso(item.publishedAt) ?? item.publishedAt;
          const firstSeenAt = toIso(item.firstSeenAt) ?? item.firstSeenAt;
          const result = insert.run({
            ...item,
            publishedAt,
            firstSeenAt,
            publishedEstimated: item.publishedEstimated ? 1 : 0,
          });
          if (result.changes === 1) {
            fresh.push(item);
            seen.run(item.id, item.feedId, firstSeenAt);
            continue;
          }
          const row = existing.get({ url: item.url, guid: item.guid, id: item.id }) as
            | { id: string }
            | undefined;
          if (row) seen.run(row.id, item.feedId, firstSeenAt);
        }
        return fresh;
      });
      return write.immediate(items);
    });
  }

  saveClassifications(results: { itemId: string; classification: Classification }[]): Promise<void> {
    return this.run(() => {
      const update = this.stmt(
        `UPDATE items SET relevant = ?, sea = ?, urgency = ?, score = ?, topics = ?, countries = ?, reasons = ?,
           class_version = ? WHERE id = ?`,
      );
      const clearCountries = this.stmt("DELETE FROM item_countries WHERE item_id = ?");
      const clearTopics = this.stmt("DELETE FROM item_topics WHERE item_id = ?");
      const addCountry = this.stmt("INSERT OR IGNORE INTO item_countries (country, item_id) VALUES (?, ?)");
      const addTopic = this.stmt("INSERT OR IGNORE INTO item_topics (topic, item_id) VALUES (?, ?)");
      const write = this.db.transaction(() => {
        for (const { itemId, classification: c } of results) {
          const changed = update.run(
            c.relevant ? 1 : 0,
            c.sea ? 1 : 0,
            c.urgency,
            c.score,
            JSON.stringify(c.topics),
            JSON.stringify(c.countries),
            JSON.stringify(c.reasons),
            c.version,
            itemId,
          );
          if (changed.changes === 0) continue;
          clearCountries.run(itemId);
          clearTopics.run(itemId);
          for (const country of c.countries) addCountry.run(country.toUpperCase(), itemId);
          for (const topic of c.topics) addTopic.run(topic, itemId);
        }
      });
      write.immediate();
    });
  }

  getItems(ids: string[]): Promise<StoredItem[]> {
    return this.run(() => {
      const rows = this.stmt(
        `SELECT ${ITEM_COLUMNS} FROM items i WHERE i.id IN (SELECT value FROM json_each(?))`,
      ).all(JSON.stringify(ids)) as Row[];
      const byId = new Map(this.withFeedIds(rows).map((item) => [item.id, item]));
      return ids.flatMap((id) => {
        const item = byId.get(id);
        return item ? [item] : [];
      });
    });
  }

  listItems(query: ItemQuery): Promise<StoredItem[]> {
    return this.run(() => {
      const { conditions, params } = itemFilterSql(query);
      const where = conditions.length > 0 ? `WHERE ${conditions.join(" AND ")}` : "";
      const rows = this.stmt(
        `SELECT ${ITEM_COLUMNS} FROM items i ${where} ORDER BY i.published_at DESC, i.seq DESC LIMIT ?`,
      ).all(...params, clampLimit(query.limit)) as Row[];
      return this.withFeedIds(rows);
    });
  }

  searchItems(text: string, query: ItemQuery): Promise<StoredItem[]> {
    return this.run(() => {
      const match = toFtsQuery(text);
      if (match === null) return [];
      const { conditions, params } = itemFilterSql(query);
      // Title matches weigh ten times a summary match (bm25 is lower-is-better); newest first among equals.
      // The ranking runs on narrow rows; only the winners' full rows are read (sorting wide rows is slow).
      const rows = this.stmt(
        `SELECT ${ITEM_COLUMNS} FROM (
           SELECT i.seq, bm25(items_fts, 10.0, 1.0) AS score, i.published_at AS published
           FROM items_fts JOIN items i ON i.seq = items_fts.rowid
           WHERE items_fts MATCH ? ${conditions.map((c) => `AND ${c}`).join(" ")}
           ORDER BY score, published DESC, i.seq DESC LIMIT ?
         ) top JOIN items i ON i.seq = top.seq
         ORDER BY top.score, top.published DESC, top.seq DESC`,
      ).all(match, ...params, clampLimit(query.limit)) as Row[];
      return this.withFeedIds(rows);
    });
  }

  countItems(): Promise<number> {
    return this.run(() => (this.stmt("SELECT count(*) AS n FROM items").get() as { n: number }).n);
  }

  /** Attaches to each items row the feeds that carried it, first seen first. */
  private withFeedIds(rows: Row[]): StoredItem[] {
    if (rows.length === 0) return [];
    const links = this.stmt(
      `SELECT item_id, feed_id FROM item_feeds WHERE item_id IN (SELECT value FROM json_each(?))
       ORDER BY seen_at, feed_id`,
    ).all(JSON.stringify(rows.map((row) => row["id"]))) as { item_id: string; feed_id: string }[];
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
    return this.run(() => {
      const update = this.stmt("UPDATE items SET story_id = ? WHERE id = ?");
      this.db
        .transaction(() => {
          for (const { itemId, storyId } of assignments) update.run(storyId, itemId);
        })
        .immediate();
    });
  }

  getStories(storyIds: string[]): Promise<Story[]> {
    return this.run(() => {
      const rows = this.stmt(
        `SELECT ${ITEM_COLUMNS} FROM items i
         WHERE i.story_id IN (SELECT value FROM json_each(@ids))
            OR (i.id IN (SELECT value FROM json_each(@ids)) AND i.story_id IS NULL)
         ORDER BY i.published_at, i.seq`,
      ).all({ ids: JSON.stringify(storyIds) }) as Row[];
      return assembleStories(storyIds, this.withFeedIds(rows));
    });
  }

  // --- subscriptions ---

  addSubscription(subscription: Subscription): Promise<void> {
    return this.run(() => {
      this.stmt(
        `INSERT INTO subscriptions (id, target, mode, filter, schedule, tz, quiet, created_at, backfill_hours, state,
           last_error, last_delivery_at)
         VALUES (@id, @target, @mode, @filter, @schedule, @tz, @quiet, @createdAt, @backfillHours, @state, @lastError,
           @lastDeliveryAt)
         ON CONFLICT (id) DO UPDATE SET target = excluded.target, mode = excluded.mode, filter = excluded.filter,
           schedule = excluded.schedule, tz = excluded.tz, quiet = excluded.quiet, created_at = excluded.created_at,
           backfill_hours = excluded.backfill_hours, state = excluded.state, last_error = excluded.last_error,
           last_delivery_at = excluded.last_delivery_at`,
      ).run({
        ...subscription,
        filter: JSON.stringify(subscription.filter),
        createdAt: toIso(subscription.createdAt),
        lastDeliveryAt: toIso(subscription.lastDeliveryAt),
      });
    });
  }

  getSubscription(id: string): Promise<Subscription | null> {
    return this.run(() => {
      const row = this.stmt("SELECT * FROM subscriptions WHERE id = ?").get(id) as Row | undefined;
      return row ? subscriptionFromRow(row) : null;
    });
  }

  listSubscriptions(): Promise<Subscription[]> {
    return this.run(() =>
      (this.stmt("SELECT * FROM subscriptions ORDER BY created_at, id").all() as Row[]).map(
        subscriptionFromRow,
      ),
    );
  }

  removeSubscription(id: string): Promise<boolean> {
    return this.run(() =>
      this.db
        .transaction(() => {
          // Undelivered rows go with the subscription; sent and failed rows stay as delivery history.
          this.stmt("DELETE FROM outbox WHERE subscription_id = ? AND state IN ('pending', 'sending')").run(
            id,
          );
          return this.stmt("DELETE FROM subscriptions WHERE id = ?").run(id).changes === 1;
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
    return this.run(() => {
      this.stmt(
        `UPDATE subscriptions SET state = ?, last_error = ?, last_delivery_at = coalesce(?, last_delivery_at)
         WHERE id = ?`,
      ).run(state, lastError, toIso(lastDeliveryAt), id);
    });
  }

  // --- outbox ---

  enqueue(entries: OutboxEntry[]): Promise<number> {
    return this.run(() => {
      const insert = this.stmt(
        `INSERT INTO outbox (subscription_id, story_id, mode, state, attempts, not_before, created_at)
         VALUES (?, ?, ?, 'pending', 0, ?, ?) ON CONFLICT DO NOTHING`,
      );
      const now = new Date().toISOString();
      return this.db
        .transaction(() => {
          let added = 0;
          for (const e of entries) {
            added += insert.run(e.subscriptionId, e.storyId, e.mode, toIso(e.notBefore), now).changes;
          }
          return added;
        })
        .immediate();
    });
  }

  importOutbox(rows: OutboxRow[]): Promise<number> {
    return this.run(() => {
      // A row copied while "sending" gets an already expired lease, so the new store claims it again.
      const insert = this.stmt(
        `INSERT INTO outbox (subscription_id, story_id, mode, state, attempts, not_before, created_at, sent_at,
           message_id, last_error, lease_until)
         VALUES (@subscriptionId, @storyId, @mode, @state, @attempts, @notBefore, @createdAt, @sentAt, @messageId,
           @lastError, CASE WHEN @state = 'sending' THEN '1970-01-01T00:00:00.000Z' END)
         ON CONFLICT DO NOTHING`,
      );
      return this.db
        .transaction(() => {
          let added = 0;
          for (const row of rows) {
            added += insert.run({
              subscriptionId: row.subscriptionId,
              storyId: row.storyId,
              mode: row.mode,
              state: row.state,
              attempts: row.attempts,
              notBefore: toIso(row.notBefore),
              createdAt: toIso(row.createdAt),
              sentAt: toIso(row.sentAt),
              messageId: row.messageId,
              lastError: row.lastError,
            }).changes;
          }
          return added;
        })
        .immediate();
    });
  }

  claimOutbox(options: ClaimOptions): Promise<OutboxRow[]> {
    return this.run(() => {
      const now = options.now.toISOString();
      const leaseUntil = new Date(options.now.getTime() + options.leaseMs).toISOString();
      const due = this.stmt(
        `SELECT id FROM outbox
         WHERE ((state = 'pending' AND not_before <= @now) OR (state = 'sending' AND lease_until <= @now))
           AND (@subscriptionId IS NULL OR subscription_id = @subscriptionId)
           AND (@mode IS NULL OR mode = @mode)
         ORDER BY id LIMIT @limit`,
      );
      const take = this.stmt(
        "UPDATE outbox SET state = 'sending', owner = ?, lease_until = ? WHERE id = ? RETURNING *",
      );
      return this.db
        .transaction(() => {
          const ids = due.all({
            now,
            subscriptionId: options.subscriptionId ?? null,
            mode: options.mode ?? null,
            limit: clampLimit(options.limit, 0),
          }) as { id: number }[];
          return ids.map(({ id }) => outboxRowFromRow(take.get(options.owner, leaseUntil, id) as Row));
        })
        .immediate();
    });
  }

  markSent(ids: number[], messageId: string | null, now: Date): Promise<void> {
    return this.updateOutbox(
      `UPDATE outbox SET state = 'sent', sent_at = ?, message_id = ?, last_error = NULL, owner = NULL,
         lease_until = NULL WHERE id = ?`,
      ids,
      [now.toISOString(), messageId],
    );
  }

  markRetry(ids: number[], notBefore: Date, error: string, rateLimited: boolean): Promise<void> {
    return this.updateOutbox(
      `UPDATE outbox SET state = 'pending', not_before = ?, last_error = ?, attempts = attempts + ?, owner = NULL,
         lease_until = NULL WHERE id = ?`,
      ids,
      [notBefore.toISOString(), error, rateLimited ? 0 : 1],
    );
  }

  markFailed(ids: number[], error: string): Promise<void> {
    return this.updateOutbox(
      "UPDATE outbox SET state = 'failed', last_error = ?, owner = NULL, lease_until = NULL WHERE id = ?",
      ids,
      [error],
    );
  }

  private updateOutbox(sql: string, ids: number[], params: unknown[]): Promise<void> {
    return this.run(() => {
      const update = this.stmt(sql);
      this.db
        .transaction(() => {
          for (const id of ids) update.run(...params, id);
        })
        .immediate();
    });
  }

  listOutbox(query: {
    subscriptionId?: string;
    state?: OutboxRow["state"];
    limit?: number;
  }): Promise<OutboxRow[]> {
    return this.run(() =>
      (
        this.stmt(
          `SELECT * FROM outbox WHERE (@subscriptionId IS NULL OR subscription_id = @subscriptionId)
             AND (@state IS NULL OR state = @state) ORDER BY id LIMIT @limit`,
        ).all({
          subscriptionId: query.subscriptionId ?? null,
          state: query.state ?? null,
          limit: clampLimit(query.limit, 1000),
        }) as Row[]
      ).map(outboxRowFromRow),
    );
  }

  listClaimOwners(): Promise<string[]> {
    return this.run(() =>
      (
        this.stmt(
          `SELECT owner FROM feed_leases UNION SELECT owner FROM outbox WHERE state = 'sending' AND owner IS NOT NULL
           ORDER BY owner`,
        ).all() as { owner: string }[]
      ).map((row) => row.owner),
    );
  }

  releaseClaims(owners: string[]): Promise<number> {
    return this.run(() => {
      const list = JSON.stringify(owners);
      return this.db
        .transaction(() => {
          this.stmt("DELETE FROM feed_leases WHERE owner IN (SELECT value FROM json_each(?))").run(list);
          // not_before is already past (the row was due when claimed), so the row is due again at once.
          return this.stmt(
            `UPDATE outbox SET state = 'pending', owner = NULL, lease_until = NULL
             WHERE state = 'sending' AND owner IN (SELECT value FROM json_each(?))`,
          ).run(list).changes;
        })
        .immediate();
    });
  }

  claimDigestTick(subscriptionId: string, tick: string): Promise<boolean> {
    return this.run(
      () =>
        this.stmt(
          "INSERT INTO digest_ticks (subscription_id, tick, taken_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
        ).run(subscriptionId, tick, new Date().toISOString()).changes === 1,
    );
  }

  // --- meta ---

  getMeta(key: string): Promise<string | null> {
    return this.run(() => {
      const row = this.stmt("SELECT value FROM meta WHERE key = ?").get(key) as { value: string } | undefined;
      return row ? row.value : null;
    });
  }

  setMeta(key: string, value: string): Promise<void> {
    return this.run(() => {
      this.stmt(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
      ).run(key, value);
    });
  }
}
