/**
 * The FeedStore contract, run against every backend (sqlite-store.test.ts, postgres-store.test.ts): feed
 * health and the polling lease on each feed.
 */
import { describe, expect, it } from "vitest";
import { emptyFeedState } from "../../src/model/feed.js";
import { at, freshStoreEachTest, type MakeStore, NOW } from "./store-under-test.js";

/** Runs the FeedStore contract against stores made by `makeStore`. */
export function describeFeedStoreContract(name: string, makeStore: MakeStore): void {
  describe(`${name} store contract`, () => {
    const s = freshStoreEachTest(makeStore);

    describe("feeds", () => {
      it("saves and lists feed health", async () => {
        expect(await s.store.getFeedState("dw")).toBeNull();
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
        await s.store.saveFeedState(dw);
        await s.store.saveFeedState(voa);
        await s.store.saveFeedState({ ...dw, itemsSeen: 43 });
        expect(await s.store.getFeedState("dw")).toEqual({ ...dw, itemsSeen: 43 });
        expect(await s.store.listFeedStates()).toEqual([{ ...dw, itemsSeen: 43 }, voa]);
      });

      it("gives a feed's polling lease to one owner until it expires or is released", async () => {
        expect(await s.store.claimFeed("dw", "replica-a", NOW, 60_000)).toBe(true);
        expect(await s.store.claimFeed("dw", "replica-b", at(0.5), 60_000)).toBe(false);
        expect(await s.store.claimFeed("dw", "replica-a", at(0.5), 60_000)).toBe(true);
        expect(await s.store.claimFeed("un-news", "replica-b", at(0.5), 60_000)).toBe(true);
        expect(await s.store.claimFeed("dw", "replica-b", at(1.4), 60_000)).toBe(false);
        expect(await s.store.claimFeed("dw", "replica-b", at(1.6), 60_000)).toBe(true);
        await s.store.releaseFeed("dw", "replica-a");
        expect(await s.store.claimFeed("dw", "replica-c", at(1.7), 60_000)).toBe(false);
        await s.store.releaseFeed("dw", "replica-b");
        expect(await s.store.claimFeed("dw", "replica-c", at(1.7), 60_000)).toBe(true);
      });
    });
  });
}
