/**
 * The bench archive grows like a real one: items stored in time order, a year of items ending at `now`, and
 * item n the same whether the archive was grown in one go or in steps.
 */
import { describe, expect, it } from "vitest";
import { archiveClock, growArchive } from "../../bench/grow-archive.js";
import type { StoredItem } from "../../src/model/item.js";
import type { Store } from "../../src/store/store.js";
import { tempSqliteStores } from "../support/temp-sqlite-store.js";

const NOW = new Date("2025-06-01T12:00:00.000Z");
const tempStore = tempSqliteStores();

/** Every item, oldest stored first (pageItems is newest published first). */
async function allItems(store: Store): Promise<StoredItem[]> {
  return (await store.listItems({ limit: 100 })).reverse();
}

describe("growArchive", () => {
  it("stores items in time order, 31.536 s apart, from a year before now", async () => {
    const store = await tempStore();
    await growArchive(store, 4, NOW);
    const items = await allItems(store);
    const times = items.map((item) => Date.parse(item.publishedAt));
    expect(times[0]).toBe(NOW.getTime() - 365 * 86_400_000);
    expect(times.slice(1).map((t, i) => t - times[i]!)).toEqual([31_536, 31_536, 31_536]);
    expect(items.map((item) => item.firstSeenAt)).toEqual(items.map((item) => item.publishedAt));
    expect(archiveClock(4, NOW).toISOString()).toBe(items.at(-1)?.publishedAt);
  });

  it("gives item n the same id, URL, words and time whether grown at once or in steps", async () => {
    const once = await tempStore();
    await growArchive(once, 7, NOW);
    const steps = await tempStore();
    await growArchive(steps, 3, NOW);
    await growArchive(steps, 7, NOW);
    const shape = (items: StoredItem[]) =>
      items.map(({ id, url, title, summary, publishedAt }) => ({ id, url, title, summary, publishedAt }));
    expect(shape(await allItems(steps))).toEqual(shape(await allItems(once)));
  });

  it("puts the newest item of a million-item archive just before now, and a 10,000-item one 3.6 days in", () => {
    expect(NOW.getTime() - archiveClock(1_000_000, NOW).getTime()).toBe(31_536);
    const tenThousand = archiveClock(10_000, NOW).getTime() - (NOW.getTime() - 365 * 86_400_000);
    expect(tenThousand / 86_400_000).toBeCloseTo(3.65, 2);
  });
});
