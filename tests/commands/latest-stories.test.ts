import { afterEach, describe, expect, it } from "vitest";
import { classifyItem } from "../../src/classify/classify-item.js";
import { latestStories } from "../../src/commands/latest-stories.js";
import { openStore } from "../../src/store/open-store.js";
import { cambodianItem } from "../support/cambodian-items.js";
import { tempSqliteUrl } from "../support/temp-db.js";

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

describe("latestStories by country across languages (issue 16)", () => {
  it("`latest KH` shows the Khmer, Chinese and English reports a place tag puts in Cambodia", async () => {
    const db = tempSqliteUrl();
    cleanups.push(db.cleanup);
    const store = await openStore(db.url);
    try {
      const items = [
        cambodianItem("lang/km-dev", "km", "2026-12-01T01:00:00.000Z"),
        cambodianItem("lang/zh-dev", "zh", "2026-12-01T02:00:00.000Z"),
        cambodianItem("headlines-dev", "en", "2026-12-01T03:00:00.000Z"),
      ];
      await store.insertItems(items, classifyItem);
      const latest = await latestStories(store, "KH");
      expect(latest.map((item) => item.language).sort()).toEqual(["en", "km", "zh"]);
      expect(latest.every((item) => item.classification?.countries.includes("KH"))).toBe(true);
    } finally {
      await store.close();
    }
  });
});
