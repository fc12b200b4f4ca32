/**
 * The RequestStore contract, run against every backend (sqlite-store.test.ts, postgres-store.test.ts):
 * a signed request is answered once within its time to live, across processes.
 */
import { describe, expect, it } from "vitest";
import { at, freshStoreEachTest, type MakeStore, NOW } from "./store-under-test.js";

const TEN_MINUTES = 10 * 60_000;

/** Runs the RequestStore contract against stores made by `makeStore`. */
export function describeRequestStoreContract(name: string, makeStore: MakeStore): void {
  describe(`${name} store contract`, () => {
    const s = freshStoreEachTest(makeStore);

    describe("requests seen", () => {
      it("answers a request once and refuses its replay within the time to live", async () => {
        expect(await s.store.rememberRequest("v0=signature-1", NOW, TEN_MINUTES)).toBe(true);
        expect(await s.store.rememberRequest("v0=signature-1", at(5), TEN_MINUTES)).toBe(false);
        expect(await s.store.rememberRequest("v0=signature-2", at(5), TEN_MINUTES)).toBe(true);
      });

      it("forgets a request once its time to live has passed", async () => {
        expect(await s.store.rememberRequest("v0=signature-1", NOW, TEN_MINUTES)).toBe(true);
        expect(await s.store.rememberRequest("v0=signature-1", at(10), TEN_MINUTES)).toBe(true);
        expect(await s.store.rememberRequest("v0=signature-1", at(15), TEN_MINUTES)).toBe(false);
      });

      it("remembers across a restart and between processes", async () => {
        expect(await s.store.rememberRequest("v0=signature-1", NOW, TEN_MINUTES)).toBe(true);
        const other = await s.openAnother();
        expect(await other.rememberRequest("v0=signature-1", at(1), TEN_MINUTES)).toBe(false);
        const restarted = await s.reopen();
        expect(await restarted.rememberRequest("v0=signature-1", at(2), TEN_MINUTES)).toBe(false);
      });

      it("gives true to exactly one of several callers with the same key at once", async () => {
        const other = await s.openAnother();
        const answers = await Promise.all(
          Array.from({ length: 6 }, (_, n) =>
            (n % 2 === 0 ? s.store : other).rememberRequest("same", NOW, TEN_MINUTES),
          ),
        );
        expect(answers.filter(Boolean)).toHaveLength(1);
      });
    });
  });
}
