/**
 * The lifecycle part of the SQLite store: migrations, reachability, housekeeping and the meta table of small
 * facts (see store.ts for each method's contract).
 */
import type { StoreLifecycle } from "../store.js";
import { migrateSqlite } from "./migrate-sqlite.js";
import type { SqliteConnection } from "./sqlite-connection.js";

/** The file itself on one SQLite connection. */
export class SqliteLifecycle implements StoreLifecycle {
  constructor(private readonly c: SqliteConnection) {}

  get kind(): "sqlite" {
    return "sqlite";
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

  waitingFor(): string | null {
    return this.c.waitingFor();
  }

  close(): Promise<void> {
    return this.c.run(() => {
      if (this.c.db.open) this.c.db.close();
    });
  }

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
