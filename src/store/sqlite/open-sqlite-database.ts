import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import { toSqliteStoreError } from "./sqlite-store-error.js";

export interface SqliteOpenOptions {
  /** How long a write waits for another process's lock before STORE_LOCKED (ms). Default 5000. */
  busyTimeoutMs?: number;
}

/**
 * Opens a SQLite file (creating its directory) with WAL, busy_timeout, foreign keys and synchronous=NORMAL.
 * A damaged file is refused with STORE_CORRUPT and left exactly as it was; it is never reset.
 */
export function openSqliteDatabase(path: string, options: SqliteOpenOptions = {}): Database.Database {
  const memory = path === ":memory:";
  const file = memory ? path : resolve(path);
  let db: Database.Database | undefined;
  try {
    if (!memory) mkdirSync(dirname(file), { recursive: true });
    db = new Database(file, { timeout: options.busyTimeoutMs ?? 5000 });
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`);
    // Reading the header first: a file that is not a database fails here, before anything is written.
    db.pragma("schema_version");
    if (!memory) db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    db.pragma("foreign_keys = ON");
    return db;
  } catch (error) {
    db?.close();
    throw toSqliteStoreError(error, file);
  }
}
