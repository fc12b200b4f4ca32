import { afterEach, describe, expect, it } from "vitest";
import { archiveTrends, keptTrends } from "../../src/commands/archive-trends.js";
import { openStore } from "../../src/store/open-store.js";
import { buildClassification, buildItem } from "../support/build-item.js";
import { tempSqliteUrl } from "../support/temp-db.js";

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

async function archiveOfWeeks() {
  const db = tempSqliteUrl();
  cleanups.push(db.cleanup);
  const store = await openStore(db.url);
  const items = Array.from({ length: 30 }, (_, n) =>
    buildItem(n + 1, { publishedAt: new Date(Date.UTC(2025, 5, 11 - n * 3, 9)).toISOString() }),
  );
  await store.insertItems(items, () => buildClassification());
  return store;
}

describe("archiveTrends: weekly counts that leave the worker free", () => {
  it("lets other work run between the weeks it counts", async () => {
    const store = await archiveOfWeeks();
    try {
      let turns = 0;
      let done = false;
      const tick = () => {
        turns += 1;
        if (!done) setImmediate(tick);
      };
      setImmediate(tick);
      const trends = await archiveTrends(store, new Date("2025-06-11T12:00:00.000Z"));
      done = true;
      expect(trends.weeks).toHaveLength(26);
      expect(trends.byCountry[0]).toMatchObject({ key: "KH", total: 30 });
      // One turn of the event loop (at least) before each of the 26 weeks' statements.
      expect(turns).toBeGreaterThanOrEqual(26);
    } finally {
      await store.close();
    }
  });

  it("moves its weeks with the clock and keeps the counts of the weeks still shown", async () => {
    const store = await archiveOfWeeks();
    try {
      const trends = keptTrends(store, 4);
      const first = await trends(new Date("2025-06-11T12:00:00.000Z"));
      const later = await trends(new Date("2025-06-18T12:00:00.000Z"));
      expect(first.weeks).toEqual(["2025-05-19", "2025-05-26", "2025-06-02", "2025-06-09"]);
      expect(later.weeks).toEqual(["2025-05-26", "2025-06-02", "2025-06-09", "2025-06-16"]);
      const kh = (t: typeof first) => t.byCountry.find((line) => line.key === "KH")?.counts;
      expect(kh(later)).toEqual([...(kh(first) ?? []).slice(1), 0]);
    } finally {
      await store.close();
    }
  });
});
