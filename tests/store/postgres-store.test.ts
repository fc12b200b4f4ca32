import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open-store.js";
import { migratePostgres } from "../../src/store/postgres/migrate-postgres.js";
import { POSTGRES_MIGRATIONS } from "../../src/store/postgres/migrations.js";
import type { Store } from "../../src/store/store.js";
import { buildItem } from "../support/build-item.js";
import { startTestPostgres, type TestPostgres } from "../support/temp-db.js";
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

let server: TestPostgres;

beforeAll(async () => {
  server = await startTestPostgres();
});
afterAll(async () => {
  await server?.stop();
});

/** A fresh database with every store opened on it closed and the database dropped at cleanup. */
async function freshDatabase(): Promise<{ url: string; open(): Promise<Store>; cleanup(): Promise<void> }> {
  const url = await server.createDatabase();
  const opened: Store[] = [];
  return {
    url,
    async open() {
      const store = await openStore(url, { poolSize: 4 });
      opened.push(store);
      return store;
    },
    async cleanup() {
      for (const store of opened) await store.close();
      await server.dropDatabase(url);
    },
  };
}

async function makePostgresStore(): Promise<StoreUnderTest> {
  const db = await freshDatabase();
  let current = await db.open();
  return {
    get store() {
      return current;
    },
    async reopen() {
      await current.close();
      current = await db.open();
      return current;
    },
    openAnother: () => db.open(),
    cleanup: () => db.cleanup(),
  };
}

describeFeedStoreContract("Postgres", makePostgresStore);
describeItemStoreContract("Postgres", makePostgresStore);
describeItemRetentionContract("Postgres", makePostgresStore);
describeSubscriptionStoreContract("Postgres", makePostgresStore);
describeOutboxStoreContract("Postgres", makePostgresStore);
describeStoreLifecycleContract("Postgres", makePostgresStore);
describeRequestStoreContract("Postgres", makePostgresStore);
describeBriefingStoreContract("Postgres", makePostgresStore);
describeFeedbackStoreContract("Postgres", makePostgresStore);
describeWatchlistStoreContract("Postgres", makePostgresStore);
describeArchiveStatsContract("Postgres", makePostgresStore);

describe("Postgres with several replicas", () => {
  it("applies migrations once when three processes start together", async () => {
    const db = await freshDatabase();
    try {
      const stores = await Promise.all([db.open(), db.open(), db.open()]);
      expect(stores).toHaveLength(3);
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      const versions = await client.query("SELECT version FROM schema_version ORDER BY version");
      await client.end();
      expect(versions.rows).toEqual(POSTGRES_MIGRATIONS.map(({ version }) => ({ version })));
    } finally {
      await db.cleanup();
    }
  });

  it("indexes an archive written before search in every script when it upgrades (migration 3)", async () => {
    const db = await freshDatabase();
    try {
      // The archive as tracewire left it at schema version 2: a search vector generated from English only.
      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      const query = async (sql: string, params?: unknown[]) => (await client.query(sql, params)).rows;
      await migratePostgres(query, "test", POSTGRES_MIGRATIONS.slice(0, 2));
      for (const item of ITEMS_BEFORE_UPGRADE) {
        await query(
          `INSERT INTO items (id, feed_id, outlet, url, link, title, summary, published_at, first_seen_at, language)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
          [
            item.id,
            item.feedId,
            item.outlet,
            item.url,
            item.link,
            item.title,
            item.summary,
            item.publishedAt,
            item.firstSeenAt,
            item.language,
          ],
        );
      }
      await client.end();
      const store = await db.open();
      await expectSearchableAfterUpgrade(store);
    } finally {
      await db.cleanup();
    }
  });

  it("stores an item once when two replicas insert it at the same moment", async () => {
    const db = await freshDatabase();
    try {
      const [a, b] = await Promise.all([db.open(), db.open()]);
      const batch = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => buildItem(n));
      const [fromA, fromB] = await Promise.all([
        a!.insertItems(batch.map((item) => ({ ...item, feedId: "dw" }))),
        b!.insertItems([...batch].reverse().map((item) => ({ ...item, feedId: "voa" }))),
      ]);
      expect(fromA.length + fromB.length).toBe(batch.length);
      expect(await a!.countItems()).toBe(batch.length);
      const stored = await a!.getItems(batch.map((item) => item.id));
      expect(stored.every((item) => [...item.feedIds].sort().join() === "dw,voa")).toBe(true);
    } finally {
      await db.cleanup();
    }
  });

  it("never hands one outbox row to two of three concurrent claimers", async () => {
    const db = await freshDatabase();
    try {
      const stores = await Promise.all([db.open(), db.open(), db.open()]);
      const now = new Date("2025-06-01T12:00:00.000Z");
      const entries = Array.from({ length: 60 }, (_, n) => ({
        subscriptionId: "sub-1",
        storyId: `story-${n}`,
        mode: "alert" as const,
        notBefore: now.toISOString(),
      }));
      await stores[0]!.enqueue(entries);
      const claimed: number[] = [];
      const drain = async (store: Store, owner: string) => {
        for (;;) {
          const rows = await store.claimOutbox({ now, owner, leaseMs: 60_000, limit: 3 });
          if (rows.length === 0) return;
          claimed.push(...rows.map((row) => row.id));
        }
      };
      await Promise.all(stores.map((store, n) => drain(store, `replica-${n}`)));
      expect(claimed).toHaveLength(60);
      expect(new Set(claimed).size).toBe(60);
    } finally {
      await db.cleanup();
    }
  });

  it("carries on after Postgres drops every connection, as in a restart", async () => {
    const db = await freshDatabase();
    try {
      const store = await db.open();
      await store.insertItems([buildItem(31)]);
      await Promise.all([store.countItems(), store.countItems(), store.getMeta("x")]);
      const admin = new pg.Client({ connectionString: server.url() });
      await admin.connect();
      const killed = await admin.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
        [new URL(db.url).pathname.slice(1)],
      );
      await admin.end();
      expect(killed.rowCount).toBeGreaterThan(0);
      expect(await store.insertItems([buildItem(31), buildItem(32)])).toHaveLength(1);
      expect(await store.countItems()).toBe(2);
    } finally {
      await db.cleanup();
    }
  });

  it("reports an unreachable server as STORE_UNAVAILABLE naming the host, never the password", async () => {
    const url = "postgres://tracewire:s3cret-pw@127.0.0.1:1/tracewire";
    const failure = openStore(url);
    await expect(failure).rejects.toMatchObject({
      code: "STORE_UNAVAILABLE",
      where: "127.0.0.1:1/tracewire",
    });
    await expect(failure).rejects.toThrow(/127\.0\.0\.1:1/);
    await expect(failure).rejects.not.toThrow(/s3cret-pw/);
  });
});
