/**
 * The FeedbackStore contract, run against every backend (sqlite-store.test.ts, postgres-store.test.ts): a
 * click is kept once per person, story and kind; a second click takes it back; an admin's undo and a person's
 * "forget me" remove clicks; the not-relevant mark is visible per subscription and story.
 */
import { describe, expect, it } from "vitest";
import type { NewFeedback } from "../../src/model/feedback.js";
import { at, freshStoreEachTest, type MakeStore, NOW } from "./store-under-test.js";

function click(overrides: Partial<NewFeedback> = {}): NewFeedback {
  return {
    storyId: "story0000000000000000001",
    itemId: "story0000000000000000001",
    subscriptionId: "sub_0000aaaa",
    channel: "slack:C0123ABCDE",
    platform: "slack",
    userId: "U0EDITOR01",
    kind: "not_relevant",
    classifierVersion: "rules-1",
    createdAt: NOW.toISOString(),
    ...overrides,
  };
}

/** Runs the FeedbackStore contract against stores made by `makeStore`. */
export function describeFeedbackStoreContract(name: string, makeStore: MakeStore): void {
  describe(`${name} store contract`, () => {
    const s = freshStoreEachTest(makeStore);

    describe("feedback", () => {
      it("keeps a click with everything it was given and lists it", async () => {
        const { added, feedback } = await s.store.toggleFeedback(click());
        expect(added).toBe(true);
        expect(feedback).toMatchObject({ ...click(), id: expect.any(Number) });
        expect(await s.store.listFeedback()).toEqual([feedback]);
      });

      it("takes a click back when the same person clicks the same kind on the same story again", async () => {
        await s.store.toggleFeedback(click());
        const again = await s.store.toggleFeedback(click({ createdAt: at(1).toISOString() }));
        expect(again.added).toBe(false);
        expect(again.feedback.kind).toBe("not_relevant");
        expect(await s.store.listFeedback()).toEqual([]);
        expect(await s.store.isMarkedNotRelevant("sub_0000aaaa", "story0000000000000000001")).toBe(false);
      });

      it("keeps different kinds, people and stories apart", async () => {
        await s.store.toggleFeedback(click());
        await s.store.toggleFeedback(click({ kind: "wrong_country" }));
        await s.store.toggleFeedback(click({ userId: "U0EDITOR02" }));
        await s.store.toggleFeedback(click({ storyId: "story0000000000000000002", kind: "useful" }));
        expect(await s.store.listFeedback()).toHaveLength(4);
        expect(await s.store.countFeedbackByKind()).toEqual({ not_relevant: 2, wrong_country: 1, useful: 1 });
      });

      it("answers whether a story was marked not relevant for one subscription only", async () => {
        await s.store.toggleFeedback(click());
        await s.store.toggleFeedback(click({ subscriptionId: "sub_0000bbbb", kind: "useful" }));
        expect(await s.store.isMarkedNotRelevant("sub_0000aaaa", "story0000000000000000001")).toBe(true);
        expect(await s.store.isMarkedNotRelevant("sub_0000bbbb", "story0000000000000000001")).toBe(false);
        expect(await s.store.isMarkedNotRelevant("sub_0000aaaa", "story0000000000000000009")).toBe(false);
      });

      it("lists clicks since a time, for a subscription or a channel, oldest first", async () => {
        await s.store.toggleFeedback(click({ createdAt: at(10).toISOString(), userId: "U2" }));
        await s.store.toggleFeedback(click({ createdAt: at(0).toISOString(), userId: "U1" }));
        await s.store.toggleFeedback(
          click({
            createdAt: at(20).toISOString(),
            userId: "U3",
            subscriptionId: "sub_x",
            channel: "discord:1",
          }),
        );
        expect((await s.store.listFeedback()).map((f) => f.userId)).toEqual(["U1", "U2", "U3"]);
        expect((await s.store.listFeedback({ since: at(5).toISOString() })).map((f) => f.userId)).toEqual([
          "U2",
          "U3",
        ]);
        expect((await s.store.listFeedback({ subscriptionId: "sub_x" })).map((f) => f.userId)).toEqual([
          "U3",
        ]);
        expect((await s.store.listFeedback({ channel: "slack:C0123ABCDE" })).map((f) => f.userId)).toEqual([
          "U1",
          "U2",
        ]);
      });

      it("removes one click by id (undo) and every click of one person (forget)", async () => {
        const first = await s.store.toggleFeedback(click());
        await s.store.toggleFeedback(click({ kind: "useful" }));
        await s.store.toggleFeedback(click({ userId: "U0OTHER001" }));
        expect(await s.store.removeFeedback(first.feedback.id)).toEqual(first.feedback);
        expect(await s.store.removeFeedback(first.feedback.id)).toBeNull();
        expect(await s.store.forgetFeedbackUser("U0EDITOR01")).toBe(1);
        expect((await s.store.listFeedback()).map((f) => f.userId)).toEqual(["U0OTHER001"]);
      });

      it("leaves no mark when the same click arrives twice at once from two processes", async () => {
        const other = await s.openAnother();
        const answers = await Promise.all([s.store.toggleFeedback(click()), other.toggleFeedback(click())]);
        expect(answers.map((a) => a.added).sort()).toEqual([false, true]);
        expect(await s.store.listFeedback()).toEqual([]);
      });

      it("keeps clicks across a restart", async () => {
        await s.store.toggleFeedback(click());
        const restarted = await s.reopen();
        expect(await restarted.isMarkedNotRelevant("sub_0000aaaa", "story0000000000000000001")).toBe(true);
      });
    });
  });
}
