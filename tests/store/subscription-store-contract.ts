/**
 * The SubscriptionStore contract, run against every backend (sqlite-store.test.ts, postgres-store.test.ts):
 * subscriptions, their delivery health, and digest ticks taken once across processes.
 */
import { describe, expect, it } from "vitest";
import { buildSubscription } from "../support/build-item.js";
import { freshStoreEachTest, type MakeStore } from "./store-under-test.js";

/** Runs the SubscriptionStore contract against stores made by `makeStore`. */
export function describeSubscriptionStoreContract(name: string, makeStore: MakeStore): void {
  describe(`${name} store contract`, () => {
    const s = freshStoreEachTest(makeStore);

    describe("subscriptions", () => {
      it("adds an identical subscription once and answers with the existing id", async () => {
        const first = buildSubscription({
          id: "sub-first",
          filter: { ...buildSubscription().filter, countries: ["KH", "MM"], keywords: ["KK Park"] },
          tz: "Asia/Bangkok",
        });
        expect(await s.store.addSubscriptionOnce(first)).toEqual({ id: "sub-first", added: true });
        // The same filter with its keys and lists in another order is the same subscription.
        const replay = buildSubscription({
          id: "sub-replay",
          filter: { ...first.filter, countries: ["MM", "KH"] },
          tz: "Asia/Bangkok",
          createdAt: "2025-06-02T00:00:00.000Z",
        });
        expect(await s.store.addSubscriptionOnce(replay)).toEqual({ id: "sub-first", added: false });
        const otherZone = buildSubscription({ ...replay, id: "sub-other-zone", tz: "Asia/Yangon" });
        expect(await s.store.addSubscriptionOnce(otherZone)).toEqual({ id: "sub-other-zone", added: true });
        const otherMode = buildSubscription({ ...replay, id: "sub-alert", mode: "alert" });
        expect(await s.store.addSubscriptionOnce(otherMode)).toEqual({ id: "sub-alert", added: true });
        expect((await s.store.listSubscriptions()).map((s) => s.id).sort()).toEqual([
          "sub-alert",
          "sub-first",
          "sub-other-zone",
        ]);
      });

      it("leaves one subscription when two processes add identical ones at once", async () => {
        const other = await s.openAnother();
        const results = await Promise.all(
          ["sub-a", "sub-b", "sub-c", "sub-d"].map((id, n) =>
            (n % 2 === 0 ? s.store : other).addSubscriptionOnce(buildSubscription({ id })),
          ),
        );
        const winners = results.filter((r) => r.added);
        expect(winners).toHaveLength(1);
        expect(new Set(results.map((r) => r.id))).toEqual(new Set([winners[0]?.id]));
        expect(await s.store.listSubscriptions()).toHaveLength(1);
      });

      it("adds, reads, lists and removes subscriptions", async () => {
        const digest = buildSubscription({ id: "sub-digest" });
        const alert = buildSubscription({
          id: "sub-alert",
          target: "discord:123456789012345678",
          mode: "alert",
          filter: {
            scope: "all",
            countries: ["MM", "TH"],
            topics: ["scam_compounds"],
            outlets: ["Reuters"],
            minUrgency: "breaking",
            keywords: ["KK Park"],
            languages: ["th", "vi"],
            entities: ["kk-park"],
          },
          tz: null,
          quiet: "22:00-07:00",
          createdAt: "2025-06-01T01:00:00.000Z",
          backfillHours: 0,
        });
        await s.store.addSubscription(digest);
        await s.store.addSubscription(alert);
        expect(await s.store.getSubscription("sub-alert")).toEqual(alert);
        expect(await s.store.getSubscription("nope")).toBeNull();
        expect(await s.store.listSubscriptions()).toEqual([digest, alert]);
        expect(await s.store.removeSubscription("sub-digest")).toBe(true);
        expect(await s.store.removeSubscription("sub-digest")).toBe(false);
        expect(await s.store.listSubscriptions()).toEqual([alert]);
      });

      it("records a failing target and its last delivery", async () => {
        await s.store.addSubscription(buildSubscription());
        await s.store.setSubscriptionState("sub-1", "ok", null, "2025-06-01T08:00:00.000Z");
        await s.store.setSubscriptionState("sub-1", "failing", "Slack says channel_not_found for C0123ABCD");
        const sub = await s.store.getSubscription("sub-1");
        expect(sub?.state).toBe("failing");
        expect(sub?.lastError).toBe("Slack says channel_not_found for C0123ABCD");
        expect(sub?.lastDeliveryAt).toBe("2025-06-01T08:00:00.000Z");
      });
    });

    describe("digest ticks", () => {
      it("takes a digest tick once per subscription", async () => {
        expect(await s.store.claimDigestTick("sub-1", "2025-06-01T08:00")).toBe(true);
        expect(await s.store.claimDigestTick("sub-1", "2025-06-01T08:00")).toBe(false);
        expect(await s.store.claimDigestTick("sub-2", "2025-06-01T08:00")).toBe(true);
        expect(await s.store.claimDigestTick("sub-1", "2025-06-02T08:00")).toBe(true);
        const other = await s.openAnother();
        expect(await other.claimDigestTick("sub-1", "2025-06-01T08:00")).toBe(false);
      });
    });
  });
}
