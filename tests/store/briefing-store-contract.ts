/**
 * The follow-up and briefing parts of the store contract (issue 19), run against every backend
 * (sqlite-store.test.ts, postgres-store.test.ts): a follow-up is one more outbox row of a story, a delivery keeps
 * its channel and thread ids, and a weekly briefing run is taken by one owner until sent or its lease lapses.
 */
import { describe, expect, it } from "vitest";
import { at, freshStoreEachTest, type MakeStore, NOW } from "./store-under-test.js";

const LEASE = 10 * 60_000;

/** Runs the follow-up and briefing contract against stores made by `makeStore`. */
export function describeBriefingStoreContract(name: string, makeStore: MakeStore): void {
  describe(`${name} store contract`, () => {
    const s = freshStoreEachTest(makeStore);

    describe("follow-ups", () => {
      it("keeps a follow-up row beside the story's own and each follow-up report once", async () => {
        const base = {
          subscriptionId: "sub_a",
          storyId: "story-1",
          mode: "alert" as const,
          notBefore: NOW.toISOString(),
        };
        expect(await s.store.enqueue([base])).toBe(1);
        expect(
          await s.store.enqueue([
            { ...base, itemId: "item-2" },
            { ...base, itemId: "item-2" },
          ]),
        ).toBe(1);
        expect(await s.store.enqueue([base, { ...base, itemId: "item-3" }])).toBe(1);
        const rows = await s.store.listStoryDeliveries(["story-1"]);
        expect(rows.map((row) => row.itemId ?? null)).toEqual([null, "item-2", "item-3"]);
      });

      it("keeps the channel and the thread a delivery went to, across a restart", async () => {
        await s.store.enqueue([
          { subscriptionId: "sub_a", storyId: "story-1", mode: "alert", notBefore: NOW.toISOString() },
        ]);
        const [row] = await s.store.claimOutbox({ now: NOW, owner: "a", leaseMs: LEASE, limit: 10 });
        await s.store.markSent([row!.id], "1700000000.000100", NOW, "C0CHANNEL1");
        await s.store.setThreadId(row!.id, "1300000000000000001");
        await s.reopen();
        const [sent] = await s.store.listStoryDeliveries(["story-1"]);
        expect(sent).toMatchObject({
          state: "sent",
          messageId: "1700000000.000100",
          channelId: "C0CHANNEL1",
          threadId: "1300000000000000001",
        });
      });
    });

    describe("briefing runs", () => {
      it("hands a run to one owner, again after its lease lapsed, and never after it was sent", async () => {
        expect(await s.store.claimBriefing("sub_b", "2025-06-02T09:00", "a", NOW, LEASE)).toBe(true);
        const other = await s.openAnother();
        expect(await other.claimBriefing("sub_b", "2025-06-02T09:00", "b", at(1), LEASE)).toBe(false);
        expect(await other.claimBriefing("sub_b", "2025-06-02T09:00", "b", at(11), LEASE)).toBe(true);
        await other.markBriefingSent("sub_b", "2025-06-02T09:00", at(12));
        expect(await s.store.claimBriefing("sub_b", "2025-06-02T09:00", "a", at(60), LEASE)).toBe(false);
        expect(await s.store.claimBriefing("sub_b", "2025-06-09T09:00", "a", at(60), LEASE)).toBe(true);
      });

      it("a released run is claimable at once", async () => {
        expect(await s.store.claimBriefing("sub_b", "t1", "a", NOW, LEASE)).toBe(true);
        await s.store.releaseBriefing("sub_b", "t1");
        expect(await s.store.claimBriefing("sub_b", "t1", "b", at(1), LEASE)).toBe(true);
      });
    });
  });
}
