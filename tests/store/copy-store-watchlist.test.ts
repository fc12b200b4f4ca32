/**
 * `tracewire db copy` and the watchlist, on two real SQLite files: the operator's edited watchlist moves with the
 * archive into a store that has none yet, and never overwrites a destination's own.
 */
import { describe, expect, it } from "vitest";
import { copyStore } from "../../src/store/copy-store.js";
import { tempSqliteStores } from "../support/temp-sqlite-store.js";
import { buildWatchedEntity } from "../support/watched-entity.js";

const prince = buildWatchedEntity({ id: "prince-group", name: "Prince Group" });
const huione = buildWatchedEntity({ id: "huione", name: "Huione" });
const jinBei = buildWatchedEntity({ id: "jin-bei", name: "Jin Bei", aliases: ["Jin Bei", "金贝"] });

const freshStore = tempSqliteStores();

describe("db copy and the watchlist", () => {
  it("moves the edited watchlist into a store that was never seeded, so the file does not undo the edits", async () => {
    const from = await freshStore();
    const to = await freshStore();
    await from.seedWatchlist([prince, huione]);
    await from.removeWatchedEntity("huione");
    await from.putWatchedEntity(jinBei);
    await copyStore(from, to);
    expect(await to.listWatchlist()).toEqual([prince, jinBei]);
    expect(await to.seedWatchlist([prince, huione])).toBe(false);
  });

  it("leaves a destination's own watchlist alone", async () => {
    const from = await freshStore();
    const to = await freshStore();
    await from.seedWatchlist([prince, jinBei]);
    await to.seedWatchlist([huione]);
    await copyStore(from, to);
    expect(await to.listWatchlist()).toEqual([huione]);
  });
});
