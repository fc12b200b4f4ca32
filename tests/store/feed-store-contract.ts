/**
 * The FeedStore contract, run against every backend (sqlite-store.test.ts, postgres-store.test.ts): feed
 * health and the polling lease on each feed.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { emptyFeedState } from "../../src/model/feed.js";
import type { Store } from "../../src/store/store.js";
import { at, type MakeStore, NOW, type StoreUnderTest } from "./store-under-test.js";

/** Runs the FeedStore contract against stores made by `makeStore`. */
export function describeFeedStoreContract(name: string, makeStore: MakeStore): void {
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

    describe("feeds", () => {
      it("saves and lists feed health", async () => {
        expect(await store.getFeedState("dw")).toBeNull();
        const dw = {
          ...emptyFeedState("dw", "https://rss.dw.com/rdf/rss-en-all"),
          etag: 'W/"abc"',
          lastModified: "Wed, 21 May 2025 07:28:00 GMT",
          lastStatus: 200,
          lastPolledAt: "2025-06-01T12:00:00.000Z",
          lastSuccessAt: "2025-06-01T12:00:00.000Z",
          itemsSeen: 42,
          lastNewItemAt: "2025-06-01T11:00:00.000Z",
        };
        const voa = {
          ...emptyFeedState("voa", "https://www.voanews.com/api/zq$omekvi_"),
          lastStatus: 500,
          lastError: "HTTP 500 from www.voanews.com",
          lastErrorCode: "FEED_HTTP_STATUS",
          consecutiveFailures: 3,
          nextAttemptAt: "2025-06-01T13:00:00.000Z",
        };
        await store.saveFeedState(dw);
        await store.saveFeedState(voa);
        await store.saveFeedState({ ...dw, itemsSeen: 43 });
        expect(await store.getFeedState("dw")).toEqual({ ...dw, itemsSeen: 43 });
        expect(await store.listFeedStates()).toEqual([{ ...dw, itemsSeen: 43 }, voa]);
      });

      it("gives a feed's polling lease to one owner until it expires or is released", async () => {
        expect(await store.claimFeed("dw", "replica-a", NOW, 60_000)).toBe(true);
        expect(await store.claimFeed("dw", "replica-b", at(0.5), 60_000)).toBe(false);
        expect(await store.claimFeed("dw", "replica-a", at(0.5), 60_000)).toBe(true);
        expect(await store.claimFeed("un-news", "replica-b", at(0.5), 60_000)).toBe(true);
        expect(await store.claimFeed("dw", "replica-b", at(1.4), 60_000)).toBe(false);
        expect(await store.claimFeed("dw", "replica-b", at(1.6), 60_000)).toBe(true);
        await store.releaseFeed("dw", "replica-a");
        expect(await store.claimFeed("dw", "replica-c", at(1.7), 60_000)).toBe(false);
        await store.releaseFeed("dw", "replica-b");
        expect(await store.claimFeed("dw", "replica-c", at(1.7), 60_000)).toBe(true);
      });
    });
  });
}
