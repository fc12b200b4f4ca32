/**
 * The RequestStore contract, run against every backend (sqlite-store.test.ts, postgres-store.test.ts):
 * a signed request is answered once within its time to live, across processes.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Store } from "../../src/store/store.js";
import { at, type MakeStore, NOW, type StoreUnderTest } from "./store-under-test.js";

const TEN_MINUTES = 10 * 60_000;

/** Runs the RequestStore contract against stores made by `makeStore`. */
export function describeRequestStoreContract(name: string, makeStore: MakeStore): void {
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

    describe("requests seen", () => {
      it("answers a request once and refuses its replay within the time to live", async () => {
        expect(await store.rememberRequest("v0=signature-1", NOW, TEN_MINUTES)).toBe(true);
        expect(await store.rememberRequest("v0=signature-1", at(5), TEN_MINUTES)).toBe(false);
        expect(await store.rememberRequest("v0=signature-2", at(5), TEN_MINUTES)).toBe(true);
      });

      it("forgets a request once its time to live has passed", async () => {
        expect(await store.rememberRequest("v0=signature-1", NOW, TEN_MINUTES)).toBe(true);
        expect(await store.rememberRequest("v0=signature-1", at(10), TEN_MINUTES)).toBe(true);
        expect(await store.rememberRequest("v0=signature-1", at(15), TEN_MINUTES)).toBe(false);
      });

      it("remembers across a restart and between processes", async () => {
        expect(await store.rememberRequest("v0=signature-1", NOW, TEN_MINUTES)).toBe(true);
        const other = await t.openAnother();
        expect(await other.rememberRequest("v0=signature-1", at(1), TEN_MINUTES)).toBe(false);
        const restarted = await t.reopen();
        expect(await restarted.rememberRequest("v0=signature-1", at(2), TEN_MINUTES)).toBe(false);
      });

      it("gives true to exactly one of several callers with the same key at once", async () => {
        const other = await t.openAnother();
        const answers = await Promise.all(
          Array.from({ length: 6 }, (_, n) =>
            (n % 2 === 0 ? store : other).rememberRequest("same", NOW, TEN_MINUTES),
          ),
        );
        expect(answers.filter(Boolean)).toHaveLength(1);
      });
    });
  });
}
