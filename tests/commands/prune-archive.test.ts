/** `pruneArchive` over a real SQLite store: every batch until none is left, and the line the operator reads. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { describePrune, pruneArchive } from "../../src/commands/prune-archive.js";
import { openStore } from "../../src/store/open-store.js";
import type { Store } from "../../src/store/store.js";
import { buildClassification, buildItem } from "../support/build-item.js";
import { tempSqliteUrl } from "../support/temp-db.js";

const NOW = new Date("2025-06-01T12:00:00.000Z");
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000).toISOString();

let db: ReturnType<typeof tempSqliteUrl>;
let store: Store;

beforeEach(async () => {
  db = tempSqliteUrl();
  store = await openStore(db.url);
  await store.migrate();
});

afterEach(async () => {
  await store.close();
  db.cleanup();
});

describe("pruneArchive", () => {
  it("removes every non-relevant item older than the days given, over several batches, and keeps the rest", async () => {
    const old = [70, 71, 72, 73, 74].map((n) =>
      buildItem(n, { publishedAt: daysAgo(100), firstSeenAt: daysAgo(100) }),
    );
    const young = buildItem(75, { publishedAt: daysAgo(80), firstSeenAt: daysAgo(80) });
    const relevant = buildItem(76, { publishedAt: daysAgo(100), firstSeenAt: daysAgo(100) });
    await store.insertItems([...old, young], () => buildClassification({ relevant: false }));
    await store.insertItems([relevant], () => buildClassification());

    const result = await pruneArchive(store, 90, NOW, 2);

    expect(result).toEqual({ removed: 5, days: 90, before: daysAgo(90) });
    expect((await store.listItems({ limit: 10 })).map((i) => i.id).sort()).toEqual(
      [young.id, relevant.id].sort(),
    );
    expect((await pruneArchive(store, 90, NOW, 2)).removed).toBe(0);
  });

  it.each([
    [{ removed: 1_234, days: 90 }, "pruned 1,234 non-relevant items older than 90 days"],
    [{ removed: 1, days: 1 }, "pruned 1 non-relevant item older than 1 day"],
    [{ removed: 0, days: 30 }, "pruned 0 non-relevant items older than 30 days"],
  ])("describes %o as %s", (result, line) => {
    expect(describePrune({ ...result, before: daysAgo(result.days) })).toBe(line);
  });
});
