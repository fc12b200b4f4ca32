/**
 * The StoreLifecycle contract, run against every backend (sqlite-store.test.ts, postgres-store.test.ts):
 * small facts kept across a restart, reachability, and migrations applied again without harm.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../src/store/store.js";
import { buildItem } from "../support/build-item.js";
import type { MakeStore, StoreUnderTest } from "./store-under-test.js";

/** Runs the StoreLifecycle contract against stores made by `makeStore`. */
export function describeStoreLifecycleContract(name: string, makeStore: MakeStore): void {
  describe(`${name} store contract`, () => {
    let t: StoreUnderTest;
    let store: Store;

    beforeEach(async () => {
      t = await makeStore();
      store = t.store;
    });
    afterEach(async () => {
      await t.cleanup();
    });

    describe("meta and migrations", () => {
      it("keeps small facts across a restart", async () => {
        expect(await store.getMeta("last_poll_at")).toBeNull();
        await store.setMeta("last_poll_at", "2025-06-01T12:00:00.000Z");
        await store.setMeta("last_poll_at", "2025-06-01T12:15:00.000Z");
        store = await t.reopen();
        expect(await store.getMeta("last_poll_at")).toBe("2025-06-01T12:15:00.000Z");
        await expect(store.ping()).resolves.toBeUndefined();
      });

      it("migrates again without harm", async () => {
        await store.insertItems([buildItem(3)]);
        await store.migrate();
        expect(await store.countItems()).toBe(1);
      });
    });
  });
}
