/**
 * Another process holding SQLite's write lock, for sqlite-lock-wait.test.ts: opens the file, takes
 * BEGIN IMMEDIATE, prints "locked", keeps the lock for HOLD_MS, commits, prints "released" and exits.
 * Usage: node tests/store/sqlite-lock-holder.ts FILE HOLD_MS (plain better-sqlite3, no tracewire code).
 */
import Database from "better-sqlite3";

const [file, holdMs] = process.argv.slice(2);
if (!file || !holdMs) throw new Error("usage: sqlite-lock-holder.ts FILE HOLD_MS");
const db = new Database(file);
db.exec("BEGIN IMMEDIATE");
process.stdout.write("locked\n");
setTimeout(() => {
  db.exec("COMMIT");
  db.close();
  process.stdout.write("released\n");
}, Number(holdMs));
