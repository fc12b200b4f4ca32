import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import { refuseForeignDatabase } from "./refuse-foreign-database.js";
import { BUSY_SLICE_MS } from "./sqlite-connection.js";
import { toSqliteStoreError } from "./sqlite-store-error.js";

export interface SqliteOpenOptions {
  /**
   * How long a write waits for another process's lock before STORE_LOCKED (ms). Default 5000. SQLite's own
   * busy handler waits at most BUSY_SLICE_MS of it (it blocks the event loop); SqliteConnection.run waits the
   * rest asynchronously.
   */
  busyTimeoutMs?: number;
}

/**
 * Opens a SQLite file (creating its directory) with WAL, a short busy_timeout, foreign keys and synchronous=NORMAL.
 * A damaged file is refused with STORE_CORRUPT, another application's database too; either is
 * left exactly as it was, never reset.
 */
export function openSqliteDatabase(path: string, options: SqliteOpenOptions = {}): Database.Database {
  const memory = path === ":memory:";
  const file = memory ? path : resolve(path);
  let db: Database.Database | undefined;
  try {
    if (!memory) mkdirSync(dirname(file), { recursive: true });
    const busySliceMs = Math.max(0, Math.floor(Math.min(options.busyTimeoutMs ?? 5000, BUSY_SLICE_MS)));
    db = new Database(file, { timeout: busySliceMs });
    // Reading the header first: a file that is not a database fails here, before anything is written.
    db.pragma("schema_version");
    // Before the first write (WAL changes the header): another application's database keeps every byte.
    if (!memory) refuseForeignDatabase(db, file);
    if (!memory) db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.pragma("foreign_keys = ON");
    return db;
  } catch (error) {
    db?.close();
    throw toSqliteStoreError(error, file);
  }
}
