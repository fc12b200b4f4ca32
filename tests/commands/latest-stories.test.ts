import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { classifyItem } from "../../src/classify/classify-item.js";
import { latestStories } from "../../src/commands/latest-stories.js";
import type { Item } from "../../src/model/item.js";
import { openStore } from "../../src/store/open-store.js";
import { itemIdFor } from "../support/build-item.js";
import { tempSqliteUrl } from "../support/temp-db.js";

const HEADLINES = join(import.meta.dirname, "../fixtures/headlines");
const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

interface Row {
  title: string;
  summary?: string;
  outlet: string;
  url: string;
  language?: string;
}

/** The first real development headline of a set that the classifier places in Cambodia, as a stored item. */
function cambodianItem(set: string, language: string, published: string): Item {
  const rows = readFileSync(join(HEADLINES, `${set}.jsonl`), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Row);
  const row = rows.find((r) => {
    const verdict = classifyItem({ title: r.title, summary: r.summary ?? "", language });
    return verdict.relevant && verdict.countries.includes("KH");
  });
  if (!row) throw new Error(`no headline of ${set} is classified relevant in Cambodia: pick another set`);
  return {
    id: itemIdFor(row.url),
    feedId: `feed-${language}`,
    outlet: row.outlet,
    url: row.url,
    link: row.url,
    guid: null,
    title: row.title,
    summary: row.summary ?? "",
    publishedAt: published,
    publishedEstimated: false,
    firstSeenAt: published,
    language,
  };
}

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
