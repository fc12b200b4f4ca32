/**
 * The items part of the Postgres store: items with their classifications, feeds seen in, full-text search and
 * stories (see store.ts for each method's contract). Writes take rows in one order, so concurrent batches
 * with the same items never deadlock.
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
} from "../schema.js";
import type { ItemQuery, ItemStore } from "../store.js";
import { itemFilterSql } from "./item-filter-sql.js";
import type { PgRunner, Query } from "./pg-runner.js";
import { searchSql } from "./pg-search.js";

const ITEM_COLUMNS = `i.id, i.feed_id, i.outlet, i.url, i.link, i.guid, i.title, i.summary, i.published_at,
  i.published_estimated, i.first_seen_at, i.language, i.story_id, i.relevant, i.sea, i.urgency, i.score, i.topics,
  i.countries, i.reasons, i.entities, i.class_version`;

/** Items and stories through one PgRunner. */
export class PgItems implements ItemStore {
  constructor(private readonly db: PgRunner) {}

  insertItems(items: Item[], classify?: (item: Item) => Classification): Promise<StoredItem[]> {
    if (items.length === 0) return Promise.resolve([]);
    return this.db.write(async (query) => {
      // One order for every process, so two batches with the same items do not deadlock.
      const ordered = [...items].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
      // Known items are found first, so only new ones are classified, and each new row is written once, with
      // its classification, never inserted and then updated (a second version of every row and index entry).
      const known = await query(
        `SELECT (SELECT 1 FROM items WHERE url = r.url) IS NOT NULL
           OR (SELECT 1 FROM items WHERE guid = r.guid) IS NOT NULL
           OR (SELECT 1 FROM items WHERE id = r.id) IS NOT NULL AS known
         FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS r(url, guid, id, n) ORDER BY r.n`,
        [ordered.map((i) => i.url), ordered.map((i) => i.guid), ordered.map((i) => i.id)],
      );
      // A second item of this batch with the id, canonical URL or guid of an earlier one repeats it.
      const keys = new Set<string>();
      const candidates = ordered.filter((item, n) => {
        if (known[n]?.["known"] === true) return false;
        const own = [`i:${item.id}`, `u:${item.url}`, ...(item.guid === null ? [] : [`g:${item.guid}`])];
        if (own.some((key) => keys.has(key))) return false;
        for (const key of own) keys.add(key);
        return true;
      });
      const classifications = new Map(
        candidates.map((item) => [item, classify ? classify(item) : null] as const),
      );
      const insertedIds = new Set(
        candidates.length === 0 ? [] : (await insertNew(query, candidates, classifications)).map(String),
      );
      // A candidate another writer stored first (between the look-up and the insert) is a repeat of it.
      const fresh = new Set(candidates.filter((item) => insertedIds.has(item.id)));
      const stored = items
        .filter((item) => fresh.has(item))
        .map(
          (item): StoredItem => ({
            ...item,
            classification: classifications.get(item) ?? null,
            storyId: null,
            feedIds: [item.feedId],
          }),
        );
      await writeSeenAndClassified(query, ordered, fresh, stored);
      return stored;
    });
  }

  saveClassifications(results: { itemId: string; classification: Classification }[]): Promise<void> {
    if (results.length === 0) return Promise.resolve();
    return this.db.write((query) => writeClassifications(query, results), true);
  }

  getItems(ids: string[]): Promise<StoredItem[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.read(async (query) => {
      const rows = await query(`SELECT ${ITEM_COLUMNS} FROM items i WHERE i.id = ANY($1::text[])`, [ids]);
      const byId = new Map((await this.withFeedIds(query, rows)).map((item) => [item.id, item]));
      return ids.flatMap((id) => {
        const item = byId.get(id);
        return item ? [item] : [];
      });
    });
  }

  listItems(q: ItemQuery): Promise<StoredItem[]> {
    return this.db.read(async (query) => {
      const params: unknown[] = [];
      const conditions = itemFilterSql(q, params);
      params.push(clampLimit(q.limit));
      const where = conditions.length > 0 ? `WHERE ${conditions.join(" AND ")}` : "";
      const rows = await query(
        `SELECT ${ITEM_COLUMNS} FROM items i ${where} ORDER BY i.published_at DESC, i.seq DESC LIMIT $${params.length}`,
        params,
      );
      return this.withFeedIds(query, rows);
    });
  }

  async searchItems(text: string, q: ItemQuery): Promise<StoredItem[]> {
    // async: a bad filter (itemFilterSql) rejects the promise rather than throwing at the call.
    const search = searchSql(text, q, ITEM_COLUMNS);
    if (search === null) return [];
    return this.db.read(async (query) => this.withFeedIds(query, await query(search.sql, search.params)));
  }

  pageItems(
    q: ItemQuery,
    after: string | null,
    limit: number,
  ): Promise<{ items: StoredItem[]; next: string | null }> {
    return this.db.read(async (query) => {
      const params: unknown[] = [];
      const conditions = itemFilterSql(q, params);
      if (after !== null) {
        const [published, seq] = pageCursor(after);
        params.push(published, seq);
        conditions.push(
          `(i.published_at, i.seq) < ($${params.length - 1}::timestamptz, $${params.length}::bigint)`,
        );
      }
      const size = Math.max(1, Math.floor(limit));
      params.push(size);
      const where = conditions.length > 0 ? `WHERE ${conditions.join(" AND ")}` : "";
      // The cursor keeps the stored time as text, microseconds and all, so no item is skipped or repeated.
      const rows = await query(
        `SELECT ${ITEM_COLUMNS}, i.seq AS page_seq, i.published_at::text AS page_published FROM items i ${where}
         ORDER BY i.published_at DESC, i.seq DESC LIMIT $${params.length}`,
        params,
      );
      const last = rows.at(-1);
      const next =
        rows.length < size || last === undefined
          ? null
          : JSON.stringify([String(last["page_published"]), Number(last["page_seq"])]);
      return { items: await this.withFeedIds(query, rows), next };
    });
  }

  pruneItems(before: string, batch: number): Promise<number> {
    const cutoff = queryTime("before", before);
    return this.db.write(async (query) => {
      // A story is kept whole while any of its items is relevant, recent, or delivered (an outbox row names the
      // story, or the item as a follow-up). The search column goes with the row; feeds, countries, topics and
      // entities by ON DELETE CASCADE.
      const rows = await query(
        `WITH doomed AS (
           SELECT i.seq FROM items i
           WHERE i.relevant = false AND i.published_at < $1::timestamptz AND i.first_seen_at < $1::timestamptz
             AND NOT EXISTS (SELECT 1 FROM items r WHERE r.story_id = coalesce(i.story_id, i.id)
               AND (r.relevant OR r.published_at >= $1::timestamptz OR r.first_seen_at >= $1::timestamptz))
             AND NOT EXISTS (SELECT 1 FROM items r WHERE r.id = coalesce(i.story_id, i.id)
               AND (r.relevant OR r.published_at >= $1::timestamptz OR r.first_seen_at >= $1::timestamptz))
             AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.story_id = coalesce(i.story_id, i.id))
             AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.item_id = i.id)
           ORDER BY i.published_at LIMIT $2
           FOR UPDATE SKIP LOCKED
         ), gone AS (DELETE FROM items WHERE seq IN (SELECT seq FROM doomed) RETURNING 1)
         SELECT count(*) AS n FROM gone`,
        [cutoff, Math.max(1, Math.floor(batch))],
      );
      return Number(rows[0]?.["n"] ?? 0);
    }, true);
  }

  countItems(): Promise<number> {
    return this.db.read(async (query) =>
      Number((await query("SELECT count(*) AS n FROM items"))[0]?.["n"] ?? 0),
    );
  }

  /** Attaches to each items row the feeds that carried it, first seen first. */
  private async withFeedIds(query: Query, rows: Row[]): Promise<StoredItem[]> {
    if (rows.length === 0) return [];
    const links = await query(
      "SELECT item_id, feed_id FROM item_feeds WHERE item_id = ANY($1::text[]) ORDER BY seen_at, feed_id",
      [rows.map((row) => row["id"])],
    );
    const feeds = new Map<string, string[]>();
    for (const link of links) {
      const id = String(link["item_id"]);
      const list = feeds.get(id) ?? [];
      list.push(String(link["feed_id"]));
      feeds.set(id, list);
    }
    return rows.map((row) => storedItemFromRow(row, feeds.get(String(row["id"])) ?? []));
  }

  assignStories(assignments: { itemId: string; storyId: string }[]): Promise<void> {
    if (assignments.length === 0) return Promise.resolve();
    return this.db.write(async (query) => {
      await query(
        `UPDATE items SET story_id = a.story_id FROM unnest($1::text[], $2::text[]) AS a(item_id, story_id)
         WHERE items.id = a.item_id`,
        [assignments.map((a) => a.itemId), assignments.map((a) => a.storyId)],
      );
    }, true);
  }

  getStories(storyIds: string[]): Promise<Story[]> {
    if (storyIds.length === 0) return Promise.resolve([]);
    return this.db.read(async (query) => {
      const rows = await query(
        `SELECT ${ITEM_COLUMNS} FROM items i
         WHERE i.story_id = ANY($1::text[]) OR (i.id = ANY($1::text[]) AND i.story_id IS NULL)
         ORDER BY i.published_at, i.seq`,
        [storyIds],
      );
      return assembleStories(storyIds, await this.withFeedIds(query, rows));
    });
  }
}

/**
 * The last statement of insertItems: every item's item_feeds row (a repeat's stored item found by canonical URL,
 * else guid, else id) and the new items' country, topic and entity rows, in one statement of data-modifying
 * CTEs. New items have no side rows yet (they cascade away with their item), so nothing is deleted first; rows
 * go in sorted by item id, so concurrent writers lock in one order.
 */
async function writeSeenAndClassified(
  query: Query,
  ordered: Item[],
  fresh: ReadonlySet<Item>,
  stored: StoredItem[],
): Promise<void> {
  const classified = stored
    .flatMap((item) =>
      item.classification ? [{ itemId: item.id, classification: item.classification }] : [],
    )
    .sort((a, b) => (a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0));
  const countries = classified.flatMap((r) =>
    r.classification.countries.map((c) => [r.itemId, c.toUpperCase()] as const),
  );
  const topics = classified.flatMap((r) => r.classification.topics.map((t) => [r.itemId, t] as const));
  const entities = classified.flatMap((r) =>
    [...new Set(r.classification.entities.map((e) => e.id))].map((id) => [r.itemId, id] as const),
  );
  await query(
    `WITH countries AS (
       INSERT INTO item_countries (item_id, country) SELECT * FROM unnest($1::text[], $2::text[])
       ON CONFLICT DO NOTHING
     ), topics AS (
       INSERT INTO item_topics (item_id, topic) SELECT * FROM unnest($3::text[], $4::text[]) ON CONFLICT DO NOTHING
     ), entities AS (
       INSERT INTO item_entities (item_id, entity) SELECT * FROM unnest($5::text[], $6::text[])
       ON CONFLICT DO NOTHING
     )
     INSERT INTO item_feeds (item_id, feed_id, seen_at)
     SELECT s.item_id, s.feed_id, s.seen_at FROM (
       SELECT CASE WHEN r.fresh THEN r.id ELSE coalesce((SELECT id FROM items WHERE url = r.url),
           (SELECT id FROM items WHERE guid = r.guid), (SELECT id FROM items WHERE id = r.id)) END AS item_id,
         r.feed_id, r.seen_at
       FROM unnest($7::text[], $8::text[], $9::text[], $10::text[], $11::timestamptz[], $12::boolean[])
         AS r(url, guid, id, feed_id, seen_at, fresh)
     ) s
     WHERE s.item_id IS NOT NULL ORDER BY s.item_id COLLATE "C"
     ON CONFLICT DO NOTHING`,
    [
      countries.map((c) => c[0]),
      countries.map((c) => c[1]),
      topics.map((t) => t[0]),
      topics.map((t) => t[1]),
      entities.map((e) => e[0]),
      entities.map((e) => e[1]),
      ordered.map((i) => i.url),
      ordered.map((i) => i.guid),
      ordered.map((i) => i.id),
      ordered.map((i) => i.feedId),
      ordered.map((i) => i.firstSeenAt),
      ordered.map((i) => fresh.has(i)),
    ],
  );
}

/**
 * Inserts new items (sorted by URL) with their search vector and classification in one statement; returns the
 * ids inserted (an item another writer stored meanwhile is skipped). The search vector: the English reading of
 * title and summary, and their searchable text (search-text.ts) read by 'simple' (migration 3).
 */
async function insertNew(
  query: Query,
  items: Item[],
  classifications: ReadonlyMap<Item, Classification | null>,
): Promise<unknown[]> {
  const column = <K extends keyof Item>(key: K) => items.map((item) => item[key]);
  const of = <T>(pick: (c: Classification) => T) =>
    items.map((item) => {
      const c = classifications.get(item);
      return c ? pick(c) : null;
    });
  const rows = await query(
    `INSERT INTO items (id, feed_id, outlet, url, link, guid, title, summary, published_at, published_estimated,
       first_seen_at, language, search, relevant, sea, urgency, score, topics, countries, reasons, entities,
       class_version)
     SELECT u.id, u.feed_id, u.outlet, u.url, u.link, u.guid, u.title, u.summary, u.published_at,
       u.published_estimated, u.first_seen_at, u.language,
       setweight(to_tsvector('english', u.title), 'A') || setweight(to_tsvector('english', u.summary), 'B')
       || setweight(to_tsvector('simple', u.search_title), 'A')
       || setweight(to_tsvector('simple', u.search_summary), 'B'),
       u.relevant, u.sea, u.urgency, u.score, u.topics::jsonb, u.countries::jsonb, u.reasons::jsonb,
       u.entities::jsonb, u.version
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
       $8::text[], $9::timestamptz[], $10::boolean[], $11::timestamptz[], $12::text[], $13::text[], $14::text[],
       $15::boolean[], $16::boolean[], $17::text[], $18::float8[], $19::text[], $20::text[], $21::text[],
       $22::text[], $23::text[])
       AS u(id, feed_id, outlet, url, link, guid, title, summary, published_at, published_estimated,
         first_seen_at, language, search_title, search_summary, relevant, sea, urgency, score, topics, countries,
         reasons, entities, version)
     ON CONFLICT DO NOTHING RETURNING id`,
    [
      column("id"),
      column("feedId"),
      column("outlet"),
      column("url"),
      column("link"),
      column("guid"),
      column("title"),
      column("summary"),
      column("publishedAt"),
      column("publishedEstimated"),
      column("firstSeenAt"),
      column("language"),
      items.map((item) => searchText(item.title)),
      items.map((item) => searchText(item.summary)),
      of((c) => c.relevant),
      of((c) => c.sea),
      of((c) => c.urgency),
      of((c) => c.score),
      of((c) => JSON.stringify(c.topics)),
      of((c) => JSON.stringify(c.countries)),
      of((c) => JSON.stringify(c.reasons)),
      of((c) => JSON.stringify(c.entities)),
      of((c) => c.version),
    ],
  );
  return rows.map((row) => row["id"]);
}

/** Replaces the classification of the given items (inside the caller's transaction); unknown ids are skipped. */
async function writeClassifications(
  query: Query,
  results: { itemId: string; classification: Classification }[],
): Promise<void> {
  if (results.length === 0) return;
  const sorted = [...results].sort((a, b) => (a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0));
  const updated = await query(
    `UPDATE items SET relevant = c.relevant, sea = c.sea, urgency = c.urgency, score = c.score,
         topics = c.topics::jsonb, countries = c.countries::jsonb, reasons = c.reasons::jsonb,
         entities = c.entities::jsonb, class_version = c.version
       FROM unnest($1::text[], $2::boolean[], $3::boolean[], $4::text[], $5::float8[], $6::text[], $7::text[],
         $8::text[], $9::text[], $10::text[])
         AS c(item_id, relevant, sea, urgency, score, topics, countries, reasons, version, entities)
       WHERE items.id = c.item_id RETURNING items.id`,
    [
      sorted.map((r) => r.itemId),
      sorted.map((r) => r.classification.relevant),
      sorted.map((r) => r.classification.sea),
      sorted.map((r) => r.classification.urgency),
      sorted.map((r) => r.classification.score),
      sorted.map((r) => JSON.stringify(r.classification.topics)),
      sorted.map((r) => JSON.stringify(r.classification.countries)),
      sorted.map((r) => JSON.stringify(r.classification.reasons)),
      sorted.map((r) => r.classification.version),
      sorted.map((r) => JSON.stringify(r.classification.entities)),
    ],
  );
  const known = new Set(updated.map((row) => String(row["id"])));
  const kept = sorted.filter((r) => known.has(r.itemId));
  if (kept.length === 0) return;
  const ids = kept.map((r) => r.itemId);
  await query("DELETE FROM item_countries WHERE item_id = ANY($1::text[])", [ids]);
  await query("DELETE FROM item_topics WHERE item_id = ANY($1::text[])", [ids]);
  const countries = kept.flatMap((r) => r.classification.countries.map((c) => [r.itemId, c.toUpperCase()]));
  const topics = kept.flatMap((r) => r.classification.topics.map((t) => [r.itemId, t]));
  await query(
    `INSERT INTO item_countries (item_id, country) SELECT * FROM unnest($1::text[], $2::text[])
       ON CONFLICT DO NOTHING`,
    [countries.map((c) => c[0]), countries.map((c) => c[1])],
  );
  await query(
    `INSERT INTO item_topics (item_id, topic) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING`,
    [topics.map((t) => t[0]), topics.map((t) => t[1])],
  );
  await writeItemEntities(
    query,
    kept.map((r) => ({ itemId: r.itemId, entities: r.classification.entities })),
  );
}

/**
 * Replaces the item_entities rows of these items (inside the caller's transaction; items sorted by id, so
 * concurrent writers lock in one order). Shared with re-tagging (pg-watchlist.ts).
 */
export async function writeItemEntities(
  query: Query,
  results: { itemId: string; entities: { id: string }[] }[],
): Promise<void> {
  if (results.length === 0) return;
  await query("DELETE FROM item_entities WHERE item_id = ANY($1::text[])", [results.map((r) => r.itemId)]);
  const rows = results.flatMap((r) => [...new Set(r.entities.map((e) => e.id))].map((id) => [r.itemId, id]));
  if (rows.length === 0) return;
  await query(
    `INSERT INTO item_entities (item_id, entity) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING`,
    [rows.map((r) => r[0]), rows.map((r) => r[1])],
  );
}
