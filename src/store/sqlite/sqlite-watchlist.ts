/**
 * The watchlist part of the SQLite store: watched entities with a revision that moves on every edit, and the
 * entity tags of items (see store.ts for each method's contract). Every edit is one immediate transaction.
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
import type { SqliteConnection } from "./sqlite-connection.js";

/** The watchlist and entity tags on one SQLite connection. */
export class SqliteWatchlist implements WatchlistStore {
  constructor(private readonly c: SqliteConnection) {}

  listWatchlist(): Promise<WatchedEntity[]> {
    return this.c.run(() =>
      (this.c.stmt("SELECT entry FROM watchlist ORDER BY position, id").all() as { entry: string }[]).map(
        (row) => watchedEntityFromEntry(row.entry),
      ),
    );
  }

  getWatchedEntity(id: string): Promise<WatchedEntity | null> {
    return this.c.run(() => this.readEntity(id));
  }

  putWatchedEntity(entity: WatchedEntity): Promise<boolean> {
    return this.c.run(() =>
      this.c.db
        .transaction(() => {
          const added = this.writeEntity(entity);
          this.bumpRevision();
          return added;
        })
        .immediate(),
    );
  }

  removeWatchedEntity(id: string): Promise<boolean> {
    return this.c.run(() =>
      this.c.db
        .transaction(() => {
          const removed = this.c.stmt("DELETE FROM watchlist WHERE id = ?").run(id).changes > 0;
          if (removed) this.bumpRevision();
          return removed;
        })
        .immediate(),
    );
  }

  addWatchedAlias(id: string, alias: string): Promise<WatchedEntity | null> {
    return this.editEntity(id, (entity) => withAlias(entity, alias));
  }

  removeWatchedAlias(id: string, alias: string): Promise<WatchedEntity | null> {
    return this.editEntity(id, (entity) => withoutAlias(entity, alias));
  }

  seedWatchlist(entries: WatchedEntity[]): Promise<boolean> {
    return this.c.run(() =>
      this.c.db
        .transaction(() => {
          if (this.c.stmt("SELECT 1 FROM meta WHERE key = ?").get(WATCHLIST_SEEDED_KEY)) return false;
          for (const entity of entries) this.writeEntity(entity);
          this.c.stmt("INSERT INTO meta (key, value) VALUES (?, ?)").run(WATCHLIST_SEEDED_KEY, "1");
          this.bumpRevision();
          return true;
        })
        .immediate(),
    );
  }

  watchlistRevision(): Promise<number> {
    return this.c.run(() => {
      const row = this.c.stmt("SELECT value FROM meta WHERE key = ?").get(WATCHLIST_REVISION_KEY) as
        | { value: string }
        | undefined;
      return row ? Number(row.value) : 0;
    });
  }

  listTaggableItems(
    after: string | null,
    limit: number,
  ): Promise<{ items: TaggableItem[]; next: string | null }> {
    return this.c.run(() => {
      const rows = this.c
        .stmt(
          `SELECT seq, id, title, summary, outlet, url, language, entities FROM items
           WHERE seq > ? AND class_version IS NOT NULL ORDER BY seq LIMIT ?`,
        )
        .all(after === null ? 0 : Number(after), Math.max(1, Math.floor(limit))) as Record<string, unknown>[];
      const items = rows.map(
        (row): TaggableItem => ({
          id: String(row["id"]),
          title: String(row["title"]),
          summary: String(row["summary"]),
          outlet: String(row["outlet"]),
          url: String(row["url"]),
          language: String(row["language"]),
          entities: row["entities"] ? (JSON.parse(String(row["entities"])) as EntityMention[]) : [],
        }),
      );
      return { items, next: rows.length < limit ? null : String(rows.at(-1)?.["seq"]) };
    });
  }

  saveEntities(results: { itemId: string; entities: EntityMention[] }[]): Promise<void> {
    return this.c.run(() => {
      const update = this.c.stmt("UPDATE items SET entities = ? WHERE id = ? AND class_version IS NOT NULL");
      const clear = this.c.stmt("DELETE FROM item_entities WHERE item_id = ?");
      const add = this.c.stmt("INSERT OR IGNORE INTO item_entities (entity, item_id) VALUES (?, ?)");
      this.c.db
        .transaction(() => {
          for (const { itemId, entities } of results) {
            if (update.run(JSON.stringify(entities), itemId).changes === 0) continue;
            clear.run(itemId);
            for (const mention of entities) add.run(mention.id, itemId);
          }
        })
        .immediate();
    });
  }

  entityWeeklyCounts(entityId: string, weeks: number, now: Date): Promise<EntityWeek[]> {
    return this.c.run(() => {
      const rows = this.c
        .stmt(
          `SELECT i.published_at FROM item_entities e JOIN items i ON i.id = e.item_id
           WHERE e.entity = ? AND i.published_at >= ? AND i.published_at <= ?`,
        )
        .all(entityId, firstWeekStart(weeks, now).toISOString(), now.toISOString()) as {
        published_at: string;
      }[];
      return countEntityWeeks(
        rows.map((row) => row.published_at),
        weeks,
        now,
      );
    });
  }

  /** Reads one entity (inside the caller's run). */
  private readEntity(id: string): WatchedEntity | null {
    const row = this.c.stmt("SELECT entry FROM watchlist WHERE id = ?").get(id) as
      | { entry: string }
      | undefined;
    return row ? watchedEntityFromEntry(row.entry) : null;
  }

  /** Adds or replaces an entity, keeping a replaced entity's place (inside the caller's transaction). */
  private writeEntity(entity: WatchedEntity): boolean {
    const replaced = this.c
      .stmt("UPDATE watchlist SET entry = ? WHERE id = ?")
      .run(watchedEntityJson(entity), entity.id);
    if (replaced.changes > 0) return false;
    this.c
      .stmt(
        "INSERT INTO watchlist (id, position, entry) VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM watchlist), ?)",
      )
      .run(entity.id, watchedEntityJson(entity));
    return true;
  }

  /** Applies an edit to one entity in one transaction; null when no entity has the id. */
  private editEntity(
    id: string,
    edit: (entity: WatchedEntity) => WatchedEntity,
  ): Promise<WatchedEntity | null> {
    return this.c.run(() =>
      this.c.db
        .transaction(() => {
          const entity = this.readEntity(id);
          if (!entity) return null;
          const edited = edit(entity);
          this.writeEntity(edited);
          this.bumpRevision();
          return edited;
        })
        .immediate(),
    );
  }

  /** Moves the watchlist's revision on (inside the caller's transaction). */
  private bumpRevision(): void {
    this.c
      .stmt(
        `INSERT INTO meta (key, value) VALUES (?, '1')
         ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)`,
      )
      .run(WATCHLIST_REVISION_KEY);
  }
}
