/**
 * One "replica" for sqlite-store.test.ts, run as its own process: stores the same batch of real headlines,
 * then claims outbox rows until none are left, and prints what it got as JSON.
 * Usage: node --import tsx tests/store/sqlite-replica-worker.ts DATABASE_URL OWNER
 */
import { openStore } from "../../src/store/open-store.js";
import { buildItem } from "../support/build-item.js";

const [url, owner] = process.argv.slice(2);
if (!url || !owner) throw new Error("usage: sqlite-replica-worker.ts DATABASE_URL OWNER");
const store = await openStore(url);
const inserted = await store.insertItems([1, 2, 3, 4, 5, 6].map((n) => buildItem(n, { feedId: owner })));
const claimed: number[] = [];
for (;;) {
  const rows = await store.claimOutbox({ now: new Date(), owner, leaseMs: 600_000, limit: 2 });
  if (rows.length === 0) break;
  claimed.push(...rows.map((row) => row.id));
}
await store.close();
process.stdout.write(JSON.stringify({ inserted: inserted.length, claimed }));
