/**
 * Stores on fresh SQLite files for a test file: call once at the top level; each call of the returned function
 * opens another store, and every store is closed and its file removed after each test.
 */
import { afterEach } from "vitest";
import { openStore } from "../../src/store/open-store.js";
import type { Store } from "../../src/store/store.js";
import { tempSqliteUrl } from "./temp-db.js";

export function tempSqliteStores(): () => Promise<Store> {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  return async () => {
    const db = tempSqliteUrl();
    const store = await openStore(db.url);
    cleanups.push(async () => {
      await store.close();
      db.cleanup();
    });
    return store;
  };
}
