/**
 * The StoreLifecycle contract, run against every backend (sqlite-store.test.ts, postgres-store.test.ts):
 * small facts kept across a restart, reachability, and migrations applied again without harm.
 */
import { describe, expect, it } from "vitest";
import { buildItem } from "../support/build-item.js";
import { freshStoreEachTest, type MakeStore } from "./store-under-test.js";

/** Runs the StoreLifecycle contract against stores made by `makeStore`. */
export function describeStoreLifecycleContract(name: string, makeStore: MakeStore): void {
  describe(`${name} store contract`, () => {
    const s = freshStoreEachTest(makeStore);

    describe("meta and migrations", () => {
      it("keeps small facts across a restart", async () => {
        expect(await s.store.getMeta("last_poll_at")).toBeNull();
        await s.store.setMeta("last_poll_at", "2025-06-01T12:00:00.000Z");
        await s.store.setMeta("last_poll_at", "2025-06-01T12:15:00.000Z");
        await s.reopen();
        expect(await s.store.getMeta("last_poll_at")).toBe("2025-06-01T12:15:00.000Z");
        await expect(s.store.ping()).resolves.toBeUndefined();
      });

      it("migrates again without harm", async () => {
        await s.store.insertItems([buildItem(3)]);
        await s.store.migrate();
        expect(await s.store.countItems()).toBe(1);
      });
    });
  });
}
