import { expect } from "vitest";
import type { Store } from "../../src/store/store.js";
import { buildItem } from "../support/build-item.js";
import { localItem } from "../support/local-headlines.js";

/** The items a schema-2 archive holds before the upgrade: a Thai, a traditional Chinese and an English one. */
export const ITEMS_BEFORE_UPGRADE = [localItem("thTrafficking"), localItem("zhTraditional"), buildItem(2)];

/**
 * After migration 3 the archive written by schema 2 answers Thai, Chinese and English searches, and an item
 * stored afterwards is found with its Vietnamese diacritics folded: the same on SQLite and Postgres.
 */
export async function expectSearchableAfterUpgrade(store: Store): Promise<void> {
  expect((await store.searchItems("ค้ามนุษย์", {})).map((i) => i.id)).toEqual([localItem("thTrafficking").id]);
  expect((await store.searchItems("妙瓦底", {})).map((i) => i.id)).toEqual([localItem("zhTraditional").id]);
  expect((await store.searchItems("scam compounds", {})).map((i) => i.id)).toEqual([buildItem(2).id]);
  await store.insertItems([localItem("viScam")]);
  expect((await store.searchItems("lua dao", {})).map((i) => i.id)).toEqual([localItem("viScam").id]);
}
