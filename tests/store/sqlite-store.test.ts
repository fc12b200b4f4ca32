import { execFile } from "node:child_process";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { StoreError } from "../../src/errors.js";
import { openStore } from "../../src/store/open-store.js";
import { migrateSqlite } from "../../src/store/sqlite/migrate-sqlite.js";
import { SQLITE_MIGRATIONS } from "../../src/store/sqlite/migrations.js";
import type { Store } from "../../src/store/store.js";
import { buildItem } from "../support/build-item.js";
import { tempSqliteUrl } from "../support/temp-db.js";
import { describeArchiveStatsContract } from "./archive-stats-contract.js";
import { describeBriefingStoreContract } from "./briefing-store-contract.js";
import { describeFeedStoreContract } from "./feed-store-contract.js";
import { describeFeedbackStoreContract } from "./feedback-store-contract.js";
import { describeItemRetentionContract } from "./item-retention-contract.js";
import { describeItemStoreContract } from "./item-store-contract.js";
import { describeOutboxStoreContract } from "./outbox-store-contract.js";
import { describeRequestStoreContract } from "./request-store-contract.js";
import { expectSearchableAfterUpgrade, ITEMS_BEFORE_UPGRADE } from "./searchable-after-upgrade.js";
import { describeStoreLifecycleContract } from "./store-lifecycle-contract.js";
import type { StoreUnderTest } from "./store-under-test.js";
import { describeSubscriptionStoreContract } from "./subscription-store-contract.js";
import { describeWatchlistStoreContract } from "./watchlist-store-contract.js";

async function makeSqliteStore(): Promise<StoreUnderTest> {
  const db = tempSqliteUrl();
  const opened: Store[] = [];
  const open = async () => {
    const store = await openStore(db.url);
    opened.push(store);
    return store;
  };
  let current = await open();
  return {
    get store() {
      return current;
    },
    async reopen() {
      await current.close();
      current = await open();
      return current;
    },
    openAnother: open,
    async cleanup() {
      for (const store of opened) await store.close();
      db.cleanup();
    },
  };
}

describeFeedStoreContract("SQLite", makeSqliteStore);
describeItemStoreContract("SQLite", makeSqliteStore);
describeItemRetentionContract("SQLite", makeSqliteStore);
describeSubscriptionStoreContract("SQLite", makeSqliteStore);
describeOutboxStoreContract("SQLite", makeSqliteStore);
describeStoreLifecycleContract("SQLite", makeSqliteStore);
describeRequestStoreContract("SQLite", makeSqliteStore);
describeBriefingStoreContract("SQLite", makeSqliteStore);
describeFeedbackStoreContract("SQLite", makeSqliteStore);
describeWatchlistStoreContract("SQLite", makeSqliteStore);
describeArchiveStatsContract("SQLite", makeSqliteStore);

describe("SQLite store file", () => {
  it("refuses a file that is not a database with STORE_CORRUPT and leaves it untouched", async () => {
    const db = tempSqliteUrl();
    try {
      // Any file that is not SQLite: this test's own source will do.
      const bytes = readFileSync(new URL(import.meta.url));
      writeFileSync(db.path, bytes);
      const failure = openStore(db.url);
      await expect(failure).rejects.toBeInstanceOf(StoreError);
      await expect(failure).rejects.toMatchObject({ code: "STORE_CORRUPT", where: db.path });
      await expect(failure).rejects.toThrow(/nothing was changed/);
      expect(readFileSync(db.path).equals(bytes)).toBe(true);
    } finally {
      db.cleanup();
    }
  });

  it("names the file when another process holds the write lock too long (STORE_LOCKED)", async () => {
    const db = tempSqliteUrl();
    const store = await openStore(db.url, { busyTimeoutMs: 50 });
    const other = new Database(db.path);
    try {
      other.exec("BEGIN IMMEDIATE");
      await expect(store.setMeta("k", "v")).rejects.toMatchObject({ code: "STORE_LOCKED", where: db.path });
      other.exec("ROLLBACK");
      await store.setMeta("k", "v");
      expect(await store.getMeta("k")).toBe("v");
    } finally {
      other.close();
      await store.close();
      db.cleanup();
    }
  });

  it("reports a database path it cannot create as STORE_UNAVAILABLE", async () => {
    const db = tempSqliteUrl();
    try {
      writeFileSync(join(db.dir, "not-a-dir"), "");
      await expect(openStore(`sqlite:${join(db.dir, "not-a-dir", "tracewire.db")}`)).rejects.toMatchObject({
        code: "STORE_UNAVAILABLE",
      });
    } finally {
      db.cleanup();
    }
  });

  it("runs in WAL mode, creates the data directory and records the schema version", async () => {
    const db = tempSqliteUrl();
    const url = `sqlite:${join(db.dir, "nested", "data", "tracewire.db")}`;
    const store = await openStore(url);
    try {
      await store.insertItems([buildItem(1)]);
      const raw = new Database(join(db.dir, "nested", "data", "tracewire.db"), { readonly: true });
      expect(raw.pragma("journal_mode", { simple: true })).toBe("wal");
      expect(raw.prepare("SELECT max(version) AS v FROM schema_version").get()).toEqual({
        v: SQLITE_MIGRATIONS.at(-1)?.version,
      });
      raw.close();
    } finally {
      await store.close();
      db.cleanup();
    }
  });

  it("keeps the archive of a copied database file", async () => {
    const db = tempSqliteUrl();
    const store = await openStore(db.url);
    await store.insertItems([buildItem(1), buildItem(2)]);
    await store.close();
    const copy = join(db.dir, "copy.db");
    copyFileSync(db.path, copy);
    const reopened = await openStore(`sqlite:${copy}`);
    try {
      expect(await reopened.countItems()).toBe(2);
      expect((await reopened.searchItems("sihanoukville", {})).length).toBe(2);
    } finally {
      await reopened.close();
      db.cleanup();
    }
  });

  it("indexes an archive written before search in every script when it upgrades (migration 3)", async () => {
    const db = tempSqliteUrl();
    // The archive as tracewire left it at schema version 2: items indexed raw by the old triggers.
    const old = new Database(db.path);
    migrateSqlite(old, db.path, SQLITE_MIGRATIONS.slice(0, 2));
    const insert = old.prepare(
      `INSERT INTO items (id, feed_id, outlet, url, link, title, summary, published_at, first_seen_at, language)
       VALUES (@id, @feedId, @outlet, @url, @link, @title, @summary, @publishedAt, @firstSeenAt, @language)`,
    );
    for (const item of ITEMS_BEFORE_UPGRADE) insert.run(item);
    old.close();
    const store = await openStore(db.url);
    try {
      await expectSearchableAfterUpgrade(store);
    } finally {
      await store.close();
      db.cleanup();
    }
  });

  it("opens an in-memory store for tests with sqlite::memory:", async () => {
    const store = await openStore("sqlite::memory:");
    await store.insertItems([buildItem(3)]);
    expect(await store.countItems()).toBe(1);
    await store.close();
  });
});

describe("SQLite store shared by several processes", () => {
  it("stores each item once and hands each outbox row to one of three processes", async () => {
    const db = tempSqliteUrl();
    const store = await openStore(db.url);
    try {
      await store.enqueue(
        Array.from({ length: 30 }, (_, n) => ({
          subscriptionId: "sub-1",
          storyId: `story-${n}`,
          mode: "alert" as const,
          notBefore: "2025-01-01T00:00:00.000Z",
        })),
      );
      const worker = new URL("./sqlite-replica-worker.ts", import.meta.url).pathname;
      const run = promisify(execFile);
      const results = await Promise.all(
        ["replica-a", "replica-b", "replica-c"].map(async (owner) => {
          const { stdout } = await run(process.execPath, ["--import", "tsx", worker, db.url, owner]);
          return JSON.parse(stdout) as { inserted: number; claimed: number[] };
        }),
      );
      const claimed = results.flatMap((r) => r.claimed);
      expect(claimed).toHaveLength(30);
      expect(new Set(claimed).size).toBe(30);
      expect(results.reduce((sum, r) => sum + r.inserted, 0)).toBe(6);
      expect(await store.countItems()).toBe(6);
      const [item] = await store.getItems([buildItem(1).id]);
      expect([...(item?.feedIds ?? [])].sort()).toEqual(["replica-a", "replica-b", "replica-c"]);
    } finally {
      await store.close();
      db.cleanup();
    }
  });
});
