/**
 * The embedded store: one SQLite file (better-sqlite3, WAL). Takes model values, returns model values;
 * every multi-row write is one transaction, claims are immediate transactions so several processes on one
 * file stay correct. A damaged or locked file is reported as a StoreError naming the file, never reset.
 */
import { resolve } from "node:path";
import { composeStore } from "../compose-store.js";
import type { Store } from "../store.js";
import { openSqliteDatabase, type SqliteOpenOptions } from "./open-sqlite-database.js";
import { SqliteArchiveStats } from "./sqlite-archive-stats.js";
import { SqliteBriefings } from "./sqlite-briefings.js";
import { SqliteConnection } from "./sqlite-connection.js";
import { SqliteFeedback } from "./sqlite-feedback.js";
import { SqliteFeeds } from "./sqlite-feeds.js";
import { SqliteItems } from "./sqlite-items.js";
import { SqliteLifecycle } from "./sqlite-lifecycle.js";
import { SqliteOutbox } from "./sqlite-outbox.js";
import { SqliteRequests } from "./sqlite-requests.js";
import { SqliteSubscriptions } from "./sqlite-subscriptions.js";
import { SqliteWatchlist } from "./sqlite-watchlist.js";

/** Opens (or creates) the SQLite store at a file path or ":memory:": its parts on one connection. Does not migrate. */
export function openSqliteStore(path: string, options: SqliteOpenOptions = {}): Store {
  const c = new SqliteConnection(
    openSqliteDatabase(path, options),
    path === ":memory:" ? path : resolve(path),
    options.busyTimeoutMs,
  );
  return composeStore(
    new SqliteLifecycle(c),
    new SqliteFeeds(c),
    new SqliteItems(c),
    new SqliteSubscriptions(c),
    new SqliteOutbox(c),
    new SqliteRequests(c),
    new SqliteBriefings(c),
    new SqliteFeedback(c),
    new SqliteWatchlist(c),
    new SqliteArchiveStats(c),
  );
}
