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

      const feedIds = ["dw", "voa", "un-news", "reuters", "bbc"];
      const claim = (
        owner: string,
        now: Date,
        more: Partial<Parameters<typeof s.store.claimFeeds>[0]> = {},
      ) => s.store.claimFeeds({ feedIds, owner, now, leaseMs: 60_000, limit: 2, ...more });

      it("hands out free feeds in batches, in the order asked, never the same feed to two owners", async () => {
        expect(await claim("replica-a", NOW)).toEqual(["dw", "voa"]);
        expect(await claim("replica-b", NOW)).toEqual(["un-news", "reuters"]);
        expect(await claim("replica-a", NOW, { limit: 10 })).toEqual(["dw", "voa", "bbc"]);
        expect(await claim("replica-c", NOW, { limit: 10 })).toEqual([]);
        expect(await s.store.claimFeed("reuters", "replica-c", NOW, 60_000)).toBe(false);
      });

      it("gives each feed to one owner when many claim at once", async () => {
        const many = Array.from({ length: 60 }, (_, i) => `feed-${i}`);
        const owners = Array.from({ length: 12 }, (_, i) => `replica-${i}`);
        const taken = await Promise.all(
          owners.map((owner) =>
            s.store.claimFeeds({ feedIds: many, owner, now: NOW, leaseMs: 60_000, limit: 5 }),
          ),
        );
        const all = taken.flat();
        expect(new Set(all).size).toBe(all.length);
      });

      it("does not hand out a feed polled during this cycle, even once its lease is released", async () => {
        expect(await claim("replica-a", NOW, { limit: 1, polledSince: NOW })).toEqual(["dw"]);
        await s.store.saveFeedState({
          ...emptyFeedState("dw", "https://rss.dw.com/rdf/rss-en-all"),
          lastPolledAt: at(0.1).toISOString(),
          nextAttemptAt: at(0.1).toISOString(),
        });
        await s.store.releaseFeed("dw", "replica-a");
        expect(await claim("replica-b", at(0.2), { limit: 1, polledSince: NOW })).toEqual(["voa"]);
        // The next cycle (polled before its start) gets it again.
        expect(await claim("replica-b", at(0.2), { limit: 1, polledSince: at(0.15) })).toEqual(["dw"]);
      });

      it("takes over an expired lease", async () => {
        expect(await claim("replica-a", NOW)).toEqual(["dw", "voa"]);
        expect(await claim("replica-b", at(0.9), { limit: 5 })).toEqual(["un-news", "reuters", "bbc"]);
        expect(await claim("replica-b", at(1.1), { limit: 5 })).toEqual([
          "dw",
          "voa",
          "un-news",
          "reuters",
          "bbc",
        ]);
        expect(await claim("replica-a", at(1.1), { limit: 5 })).toEqual([]);
      });

      it("hands out only due feeds, and feeds waiting for a rate limit not even when the schedule is ignored", async () => {
        await s.store.saveFeedState({
          ...emptyFeedState("dw", "https://rss.dw.com/rdf/rss-en-all"),
          nextAttemptAt: at(1).toISOString(),
        });
        await s.store.saveFeedState({
          ...emptyFeedState("voa", "https://www.voanews.com/api/zq$omekvi_"),
          lastErrorCode: "FEED_RATE_LIMITED",
          nextAttemptAt: at(1).toISOString(),
        });
        expect(await claim("replica-a", NOW, { limit: 1 })).toEqual(["un-news"]);
        expect(await claim("replica-b", NOW, { limit: 5, ignoreSchedule: true })).toEqual([
          "dw",
          "reuters",
          "bbc",
        ]);
      });
    });
  });
}
