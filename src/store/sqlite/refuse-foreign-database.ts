import type Database from "better-sqlite3";
import { StoreError } from "../../errors.js";

/**
 * tracewire's SQLite files hold its schema_version table and, once migrated, its meta and feed_states tables;
 * a fresh file holds no table. Anything else is another application's database.
 */
const MARKERS = ["schema_version", "meta", "feed_states"];

/**
 * Throws STORE_CORRUPT (unusable as tracewire's store, exit 2) when the open file is another application's
 * SQLite database (tables, but not tracewire's), before anything writes to it, so it keeps every byte it had.
 */
export function refuseForeignDatabase(db: Database.Database, file: string): void {
  const tables = (
    db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as {
      name: string;
    }[]
  ).map((row) => row.name);
  if (tables.length === 0) return;
  // Only schema_version: a first migration that was interrupted (it is created before the migrations run).
  if (tables.length === 1 && tables[0] === "schema_version") return;
  if (MARKERS.every((marker) => tables.includes(marker))) return;
  const shown = tables.slice(0, 5).join(", ") + (tables.length > 5 ? ", …" : "");
  throw new StoreError(
    "STORE_CORRUPT",
    `not a tracewire database, nothing was changed (it holds another application's tables: ${shown})`,
    {
      where: file,
      hint: "DATABASE_URL names another application's database: point it at tracewire's own file, e.g. sqlite:./data/tracewire.db",
    },
  );
}
