/**
 * The items part of the SQLite store: items with their classifications, feeds seen in, full-text search and
 * stories (see store.ts for each method's contract). Every multi-row write is one immediate transaction.
 */
import type { Classification } from "../../model/classification.js";
import type { Item, StoredItem } from "../../model/item.js";
import type { Story } from "../../model/story.js";
import { searchText } from "../../text/search-text.js";
import {
  assembleStories,
  clampLimit,
  pageCursor,
  queryTime,
  type Row,
  storedItemFromRow,
  toIso,
} from "../schema.js";
import type { ItemQuery, ItemStore } from "../store.js";
import { toFtsQuery, toFtsTitleQuery } from "./fts-query.js";
import { itemFilterSql } from "./item-filter-sql.js";
import { prefixWords } from "./prefix-words.js";
import type { SqliteConnection } from "./sqlite-connection.js";
import { toSqliteStoreError } from "./sqlite-store-error.js";

const ITEM_COLUMNS = `i.id, i.feed_id, i.outlet, i.url, i.link, i.guid, i.title, i.summary, i.published_at,
  i.published_estimated, i.first_seen_at, i.language, i.story_id, i.relevant, i.sea, i.urgency, i.score, i.topics,
  i.countries, i.reasons, i.entities, i.class_version`;

/** How many of the most recently stored full-text matches are ranked by relevance (see searchItems). */
const RANKED_MATCHES = 3_000;

/** One caller's insertItems, waiting for the next group commit. */
interface PendingInsert {
  items: Item[];
  classify: ((item: Item) => Classification) | undefined;
  resolve: (stored: StoredItem[]) => void;
  reject: (error: unknown) => void;
}

/** Items and stories on one SQLite connection. */
export class SqliteItems implements ItemStore {
  private pending: PendingInsert[] = [];

  constructor(private readonly c: SqliteConnection) {}

  /**
   * Group commit: the feeds that reach the store in the same turn of the event loop (several polled at once)
   * are written in one transaction, each in its own savepoint, so one feed's refused items fail that feed only.
   * A commit costs about as much as fifty items (every index's touched pages go to the WAL, the search index
   * writes a segment), so a cycle of 200 feeds pays for fewer of them. Each caller still gets its promise only
   * once its items are committed.
   */
  insertItems(items: Item[], classify?: (item: Item) => Classification): Promise<StoredItem[]> {
    return new Promise((resolve, reject) => {
      this.pending.push({ items, classify, resolve, reject });
      if (this.pending.length === 1) setImmediate(() => this.flushInserts());
    });
  }

  private flushInserts(): void {
    const group = this.pending;
    this.pending = [];
    const outcomes = this.c.run(() =>
      this.c.db
        .transaction(() =>
          group.map((request): { stored: StoredItem[] } | { error: unknown } => {
            try {
              return {
                stored: this.c.db.transaction(() => this.writeItems(request.items, request.classify))(),
              };
            } catch (error) {
              // A statement that ended the whole transaction (a full disk) fails every feed of the group.
              if (!this.c.db.inTransaction) throw error;
              return { error: toSqliteStoreError(error, this.c.file) };
            }
          }),
        )
        .immediate(),
    );
    outcomes.then(
      (results) =>
        results.forEach((result, n) => {
          const request = group[n]!;
          if ("stored" in result) request.resolve(result.stored);
          else request.reject(result.error);
        }),
      (error: unknown) => {
        for (const request of group) request.reject(error);
      },
    );
  }

  /** Inserts one caller's items (inside the group's transaction) and returns the new ones, classified. */
  private writeItems(items: Item[], classify: ((item: Item) => Classification) | undefined): StoredItem[] {
    const insert = this.c.stmt(
      `INSERT INTO items (id, feed_id, outlet, url, link, guid, title, summary, published_at, published_estimated,
         first_seen_at, language, relevant, sea, urgency, score, topics, countries, reasons, entities, class_version)
       VALUES (@id, @feedId, @outlet, @url, @link, @guid, @title, @summary, @publishedAt, @publishedEstimated,
         @firstSeenAt, @language, @relevant, @sea, @urgency, @score, @topics, @countries, @reasons, @entities,
         @version)
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
    // The search index holds each item's searchable text (text/search-text.ts), written here with the item:
    // items are only ever inserted, never retitled, and every process writes through this method.
    const index = this.c.stmt("INSERT INTO items_fts (rowid, title, summary) VALUES (?, ?, ?)");
    const fresh: StoredItem[] = [];
    for (const item of items) {
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
      index.run(inserted.lastInsertRowid, searchText(item.title), searchText(item.summary));
      seen.run(item.id, item.feedId, firstSeenAt);
      if (classification) this.indexClassification(item.id, classification);
      fresh.push({ ...item, classification, storyId: null, feedIds: [item.feedId] });
    }
    return fresh;
  }

  saveClassifications(results: { itemId: string; classification: Classification }[]): Promise<void> {
    return this.c.run(() => {
      const update = this.c.stmt(
        `UPDATE items SET relevant = @relevant, sea = @sea, urgency = @urgency, score = @score, topics = @topics,
           countries = @countries, reasons = @reasons, entities = @entities, class_version = @version WHERE id = @id`,
      );
      const clearCountries = this.c.stmt("DELETE FROM item_countries WHERE item_id = ?");
      const clearTopics = this.c.stmt("DELETE FROM item_topics WHERE item_id = ?");
      const clearEntities = this.c.stmt("DELETE FROM item_entities WHERE item_id = ?");
      const write = this.c.db.transaction(() => {
        for (const { itemId, classification } of results) {
          const changed = update.run({ id: itemId, ...classificationColumns(classification) });
          if (changed.changes === 0) continue;
          clearCountries.run(itemId);
          clearTopics.run(itemId);
          clearEntities.run(itemId);
          this.indexClassification(itemId, classification);
        }
      });
      write.immediate();
    });
  }

  /** Adds an item's countries, topics and entities to the lookup tables (inside the caller's transaction). */
  private indexClassification(itemId: string, c: Classification): void {
    const addCountry = this.c.stmt("INSERT OR IGNORE INTO item_countries (country, item_id) VALUES (?, ?)");
    const addTopic = this.c.stmt("INSERT OR IGNORE INTO item_topics (topic, item_id) VALUES (?, ?)");
    for (const country of c.countries) addCountry.run(country.toUpperCase(), itemId);
    for (const topic of c.topics) addTopic.run(topic, itemId);
    const addEntity = this.c.stmt("INSERT OR IGNORE INTO item_entities (entity, item_id) VALUES (?, ?)");
    for (const mention of c.entities) addEntity.run(mention.id, itemId);
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
      const expand = prefixWords(this.c);
      const match = toFtsQuery(text, expand);
      const inTitle = toFtsTitleQuery(text, expand);
      if (match === null || inTitle === null) return [];
      const { conditions, params } = itemFilterSql(query);
      // Only the RANKED_MATCHES most recently stored matches are ranked: FTS5 reads a word's list newest rowid
      // first and stops there, where ranking every match of a common word (a third of the archive) reads each
      // row. With a filter, rows are joined as they come until enough pass it. The rank is cheap and needs no
      // whole-archive statistics (bm25 counts every match of every word first): items with every word in the
      // title first, then newest first.
      const matches =
        conditions.length === 0
          ? `SELECT rowid AS seq FROM items_fts WHERE items_fts MATCH ? ORDER BY rowid DESC LIMIT ${RANKED_MATCHES}`
          : `SELECT items_fts.rowid AS seq FROM items_fts JOIN items i ON i.seq = items_fts.rowid
             WHERE items_fts MATCH ? ${conditions.map((c) => `AND ${c}`).join(" ")}
             ORDER BY items_fts.rowid DESC LIMIT ${RANKED_MATCHES}`;
      const rows = this.c
        .stmt(
          `WITH m AS MATERIALIZED (${matches}),
           t AS MATERIALIZED (SELECT rowid AS seq FROM items_fts
             WHERE items_fts MATCH ? AND rowid >= (SELECT coalesce(min(seq), 0) FROM m))
           SELECT ${ITEM_COLUMNS} FROM (
             SELECT m.seq, m.seq IN (SELECT seq FROM t) AS in_title, i.published_at AS published
             FROM m JOIN items i ON i.seq = m.seq
             ORDER BY in_title DESC, published DESC, m.seq DESC LIMIT ?
           ) top JOIN items i ON i.seq = top.seq
           ORDER BY top.in_title DESC, top.published DESC, top.seq DESC`,
        )
        .all(match, ...params, inTitle, clampLimit(query.limit)) as Row[];
      return this.withFeedIds(rows);
    });
  }

  pageItems(
    query: ItemQuery,
    after: string | null,
    limit: number,
  ): Promise<{ items: StoredItem[]; next: string | null }> {
    return this.c.run(() => {
      const { conditions, params } = itemFilterSql(query);
      if (after !== null) {
        const [published, seq] = pageCursor(after);
        conditions.push("(i.published_at, i.seq) < (?, ?)");
        params.push(published, seq);
      }
      const where = conditions.length > 0 ? `WHERE ${conditions.join(" AND ")}` : "";
      const size = Math.max(1, Math.floor(limit));
      const rows = this.c
        .stmt(
          `SELECT ${ITEM_COLUMNS}, i.seq AS page_seq FROM items i ${where}
           ORDER BY i.published_at DESC, i.seq DESC LIMIT ?`,
        )
        .all(...params, size) as Row[];
      const last = rows.at(-1);
      const next =
        rows.length < size || last === undefined
          ? null
          : JSON.stringify([String(last["published_at"]), Number(last["page_seq"])]);
      return { items: this.withFeedIds(rows), next };
    });
  }

  pruneItems(before: string, batch: number): Promise<number> {
    return this.c.run(() => {
      const cutoff = queryTime("before", before);
      // A story is kept whole while any of its items is relevant, recent, or delivered (an outbox row names the
      // story, or the item as a follow-up): the lead and the members are looked up by id and by story_id.
      const doomed = this.c.stmt(
        `SELECT i.seq FROM items i
           WHERE i.relevant = 0 AND i.published_at < @cutoff AND i.first_seen_at < @cutoff
             AND NOT EXISTS (SELECT 1 FROM items r WHERE r.story_id = coalesce(i.story_id, i.id)
               AND (r.relevant = 1 OR r.published_at >= @cutoff OR r.first_seen_at >= @cutoff))
             AND NOT EXISTS (SELECT 1 FROM items r WHERE r.id = coalesce(i.story_id, i.id)
               AND (r.relevant = 1 OR r.published_at >= @cutoff OR r.first_seen_at >= @cutoff))
             AND coalesce(i.story_id, i.id) NOT IN (SELECT story_id FROM outbox)
             AND i.id NOT IN (SELECT item_id FROM outbox)
           ORDER BY i.published_at LIMIT @batch`,
      );
      // The search index entry goes with the row (trigger items_fts_delete); feeds, countries, topics and
      // entities by ON DELETE CASCADE.
      const remove = this.c.stmt("DELETE FROM items WHERE seq IN (SELECT value FROM json_each(?))");
      return this.c.db
        .transaction(() => {
          const rows = doomed.all({ cutoff, batch: Math.max(1, Math.floor(batch)) }) as { seq: number }[];
          const seqs = rows.map((row) => row.seq);
          if (seqs.length === 0) return 0;
          return remove.run(JSON.stringify(seqs)).changes;
        })
        .immediate();
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
      // `+story_id` keeps the planner on the id index for the second half: by story_id it would walk every
      // ungrouped item of the archive (most of it) to find a handful of ids.
      const rows = this.c
        .stmt(
          `SELECT ${ITEM_COLUMNS} FROM items i
         WHERE i.story_id IN (SELECT value FROM json_each(@ids))
            OR (i.id IN (SELECT value FROM json_each(@ids)) AND +i.story_id IS NULL)
         ORDER BY i.published_at, i.seq`,
        )
        .all({ ids: JSON.stringify(storyIds) }) as Row[];
      return assembleStories(storyIds, this.withFeedIds(rows));
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
    entities: c ? JSON.stringify(c.entities) : null,
    version: c?.version ?? null,
  };
}
