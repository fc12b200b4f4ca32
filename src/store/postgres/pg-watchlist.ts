/**
 * The watchlist part of the Postgres store: watched entities with a revision that moves on every edit, and the
 * entity tags of items (see store.ts for each method's contract). Every edit is one transaction; the revision
 * row is locked by its update, so edits from several replicas follow one another.
 */
import type { EntityMention, WatchedEntity } from "../../model/entity.js";
import { countEntityWeeks, firstWeekStart } from "../entity-weeks.js";
import type { EntityWeek, TaggableItem, WatchlistStore } from "../store.js";
import {
  WATCHLIST_REVISION_KEY,
  WATCHLIST_SEEDED_KEY,
  watchedEntityFromEntry,
  watchedEntityJson,
  withAlias,
  withoutAlias,
} from "../watched-entity-row.js";
import { writeItemEntities } from "./pg-items.js";
import type { PgRunner, Query } from "./pg-runner.js";

/** The watchlist and entity tags through one PgRunner. */
export class PgWatchlist implements WatchlistStore {
  constructor(private readonly db: PgRunner) {}

  listWatchlist(): Promise<WatchedEntity[]> {
    return this.db.read(async (query) =>
      (await query("SELECT entry FROM watchlist ORDER BY position, id")).map((row) =>
        watchedEntityFromEntry(row["entry"]),
      ),
    );
  }

  getWatchedEntity(id: string): Promise<WatchedEntity | null> {
    return this.db.read((query) => readWatched(query, id));
  }

  putWatchedEntity(entity: WatchedEntity): Promise<boolean> {
    return this.db.write(async (query) => {
      const added = await writeWatched(query, entity);
      await bumpWatchlistRevision(query);
      return added;
    });
  }

  removeWatchedEntity(id: string): Promise<boolean> {
    return this.db.write(async (query) => {
      const removed = await query("DELETE FROM watchlist WHERE id = $1 RETURNING id", [id]);
      if (removed.length === 0) return false;
      await bumpWatchlistRevision(query);
      return true;
    });
  }

  addWatchedAlias(id: string, alias: string): Promise<WatchedEntity | null> {
    return this.editWatched(id, (entity) => withAlias(entity, alias));
  }

  removeWatchedAlias(id: string, alias: string): Promise<WatchedEntity | null> {
    return this.editWatched(id, (entity) => withoutAlias(entity, alias));
  }

  seedWatchlist(entries: WatchedEntity[]): Promise<boolean> {
    return this.db.write(async (query) => {
      // Of replicas starting together, the first insert wins; the others wait on the key, then find it taken.
      const seeded = await query(
        "INSERT INTO meta (key, value) VALUES ($1, '1') ON CONFLICT (key) DO NOTHING RETURNING key",
        [WATCHLIST_SEEDED_KEY],
      );
      if (seeded.length === 0) return false;
      for (const entity of entries) await writeWatched(query, entity);
      await bumpWatchlistRevision(query);
      return true;
    });
  }

  watchlistRevision(): Promise<number> {
    return this.db.read(async (query) => {
      const [row] = await query("SELECT value FROM meta WHERE key = $1", [WATCHLIST_REVISION_KEY]);
      return row ? Number(row["value"]) : 0;
    });
  }

  listTaggableItems(
    after: string | null,
    limit: number,
  ): Promise<{ items: TaggableItem[]; next: string | null }> {
    return this.db.read(async (query) => {
      const rows = await query(
        `SELECT seq, id, title, summary, outlet, url, language, entities FROM items
         WHERE seq > $1::bigint AND class_version IS NOT NULL ORDER BY seq LIMIT $2`,
        [after ?? "0", Math.max(1, Math.floor(limit))],
      );
      const items = rows.map(
        (row): TaggableItem => ({
          id: String(row["id"]),
          title: String(row["title"]),
          summary: String(row["summary"]),
          outlet: String(row["outlet"]),
          url: String(row["url"]),
          language: String(row["language"]),
          entities: (row["entities"] as EntityMention[] | null) ?? [],
        }),
      );
      return { items, next: rows.length < limit ? null : String(rows.at(-1)?.["seq"]) };
    });
  }

  saveEntities(results: { itemId: string; entities: EntityMention[] }[]): Promise<void> {
    if (results.length === 0) return Promise.resolve();
    return this.db.write(async (query) => {
      const sorted = [...results].sort((a, b) => (a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0));
      const updated = await query(
        `UPDATE items SET entities = u.entities::jsonb FROM unnest($1::text[], $2::text[]) AS u(item_id, entities)
         WHERE items.id = u.item_id AND items.class_version IS NOT NULL RETURNING items.id`,
        [sorted.map((r) => r.itemId), sorted.map((r) => JSON.stringify(r.entities))],
      );
      const known = new Set(updated.map((row) => String(row["id"])));
      await writeItemEntities(
        query,
        sorted.filter((r) => known.has(r.itemId)),
      );
    }, true);
  }

  entityWeeklyCounts(entityId: string, weeks: number, now: Date): Promise<EntityWeek[]> {
    return this.db.read(async (query) => {
      const rows = await query(
        `SELECT i.published_at FROM item_entities e JOIN items i ON i.id = e.item_id
         WHERE e.entity = $1 AND i.published_at >= $2 AND i.published_at <= $3`,
        [entityId, firstWeekStart(weeks, now), now],
      );
      return countEntityWeeks(
        rows.map((row) => new Date(row["published_at"] as string | Date).toISOString()),
        weeks,
        now,
      );
    });
  }

  /** Applies an edit to one entity in one transaction; null when no entity has the id. */
  private editWatched(
    id: string,
    edit: (entity: WatchedEntity) => WatchedEntity,
  ): Promise<WatchedEntity | null> {
    return this.db.write(async (query) => {
      const [row] = await query("SELECT entry FROM watchlist WHERE id = $1 FOR UPDATE", [id]);
      if (!row) return null;
      const edited = edit(watchedEntityFromEntry(row["entry"]));
      await writeWatched(query, edited);
      await bumpWatchlistRevision(query);
      return edited;
    });
  }
}

async function readWatched(query: Query, id: string): Promise<WatchedEntity | null> {
  const [row] = await query("SELECT entry FROM watchlist WHERE id = $1", [id]);
  return row ? watchedEntityFromEntry(row["entry"]) : null;
}

/** Adds or replaces an entity, keeping a replaced entity's place; true when it was new. */
async function writeWatched(query: Query, entity: WatchedEntity): Promise<boolean> {
  const rows = await query(
    `INSERT INTO watchlist (id, position, entry)
     VALUES ($1, (SELECT coalesce(max(position), 0) + 1 FROM watchlist), $2::jsonb)
     ON CONFLICT (id) DO UPDATE SET entry = excluded.entry RETURNING (xmax = 0) AS added`,
    [entity.id, watchedEntityJson(entity)],
  );
  return rows[0]?.["added"] === true;
}

/** Moves the watchlist's revision on (every edit locks its entity row first, then this one). */
async function bumpWatchlistRevision(query: Query): Promise<void> {
  await query(
    `INSERT INTO meta (key, value) VALUES ($1, '1')
     ON CONFLICT (key) DO UPDATE SET value = (meta.value::bigint + 1)::text`,
    [WATCHLIST_REVISION_KEY],
  );
}
