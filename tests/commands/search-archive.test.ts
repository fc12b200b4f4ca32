import { afterEach, describe, expect, it } from "vitest";
import { classifyItem } from "../../src/classify/classify-item.js";
import { searchArchive } from "../../src/commands/search-archive.js";
import { openStore } from "../../src/store/open-store.js";
import type { Store } from "../../src/store/store.js";
import { buildItem } from "../support/build-item.js";
import { cambodianItem } from "../support/cambodian-items.js";
import { tempSqliteUrl } from "../support/temp-db.js";

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** A store holding one Khmer, one Chinese and one English report the classifier places in Cambodia. */
async function storeWithCambodianReports(): Promise<Store> {
  const db = tempSqliteUrl();
  cleanups.push(db.cleanup);
  const store = await openStore(db.url);
  await store.insertItems(
    [
      cambodianItem("lang/km-dev", "km", "2026-12-01T01:00:00.000Z"),
      cambodianItem("lang/zh-dev", "zh", "2026-12-01T02:00:00.000Z"),
      cambodianItem("headlines-dev", "en", "2026-12-01T03:00:00.000Z"),
    ],
    classifyItem,
  );
  return store;
}

describe("searchArchive for a place (issue 16)", () => {
  it.each(["Cambodia", "柬埔寨", "កម្ពុជា", "Campuchia"])(
    "a search for %s finds the Khmer, Chinese and English reports tagged KH",
    async (query) => {
      const store = await storeWithCambodianReports();
      try {
        const hits = await searchArchive(store, { query });
        expect(hits.map((item) => item.language).sort()).toEqual(["en", "km", "zh"]);
      } finally {
        await store.close();
      }
    },
  );

  it("a search that is more than a place name stays a text search", async () => {
    const store = await storeWithCambodianReports();
    try {
      const hits = await searchArchive(store, { query: "Cambodia pangolin" });
      expect(hits).toEqual([]);
    } finally {
      await store.close();
    }
  });
});

describe("searchArchive as the slash command asks (issue 21)", () => {
  it("shows the newest matches of a common word first, relevant reports before the rest", async () => {
    const db = tempSqliteUrl();
    cleanups.push(db.cleanup);
    const store = await openStore(db.url);
    try {
      const base = buildItem(2);
      const days = [5, 1, 8, 3, 7, 0, 6, 2, 4];
      await store.insertItems(
        days.map((day) =>
          buildItem(2, {
            id: `copy-${day}`,
            url: `${base.url}-copy-${day}`,
            publishedAt: `2024-03-1${day}T08:00:00.000Z`,
          }),
        ),
        classifyItem,
      );
      const hits = await searchArchive(store, { query: "scam", limit: 3, order: "relevant" });
      expect(hits.map((item) => item.id)).toEqual(["copy-8", "copy-7", "copy-6"]);
    } finally {
      await store.close();
    }
  });

  it("answers a two-letter prefix as it is typed", async () => {
    const db = tempSqliteUrl();
    cleanups.push(db.cleanup);
    const store = await openStore(db.url);
    try {
      await store.insertItems([buildItem(2), buildItem(8)], classifyItem);
      const hits = await searchArchive(store, { query: "sc", limit: 10, order: "relevant" });
      expect(hits.map((item) => item.id)).toContain(buildItem(2).id);
      for (const item of hits) expect(`${item.title} ${item.summary}`).toMatch(/(^|[^\p{L}])sc/iu);
    } finally {
      await store.close();
    }
  });
});
