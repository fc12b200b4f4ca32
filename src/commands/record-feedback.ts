/**
 * One click on a feedback button (issue 20), from Slack or Discord: checks that the button belongs to a
 * subscription of the channel it was clicked in and that the story is in the archive, then stores the mark
 * (or takes back the same person's earlier one: FeedbackStore.toggleFeedback) with the story's lead item and
 * the classifier version that let it through. Takes the store parts and the clock; returns an outcome, never
 * throws for a click that cannot count (it says why instead). Stores the platform user id only, never a name.
 */
import type { FeedbackKind, FeedbackPlatform, FeedbackRef } from "../model/feedback.js";
import type { FeedbackStore, ItemStore, SubscriptionStore } from "../store/store.js";

export interface FeedbackClick {
  platform: FeedbackPlatform;
  /** The channel the click came from (Slack C…, Discord snowflake). */
  channelId: string;
  /** The platform user id of who clicked. */
  userId: string;
  kind: FeedbackKind;
  ref: FeedbackRef;
}

export interface RecordFeedbackDeps {
  store: Pick<FeedbackStore, "toggleFeedback"> &
    Pick<SubscriptionStore, "getSubscription"> &
    Pick<ItemStore, "getStories">;
  now: () => Date;
}

export type FeedbackOutcome =
  | { recorded: true; added: boolean; id: number; kind: FeedbackKind; ref: FeedbackRef }
  | { recorded: false; problem: string };

/** Stores (or takes back) one click, or says why it cannot count. */
export async function recordFeedback(
  deps: RecordFeedbackDeps,
  click: FeedbackClick,
): Promise<FeedbackOutcome> {
  const channel = `${click.platform}:${click.channelId}`;
  const subscription = await deps.store.getSubscription(click.ref.subscriptionId);
  if (!subscription) {
    return {
      recorded: false,
      problem: `subscription ${click.ref.subscriptionId} no longer exists, so this feedback cannot be kept`,
    };
  }
  if (subscription.target !== channel) {
    return {
      recorded: false,
      problem: `this button belongs to subscription ${subscription.id} of another channel; nothing was kept`,
    };
  }
  const [story] = await deps.store.getStories([click.ref.storyId]);
  if (!story) {
    return {
      recorded: false,
      problem: "this story is no longer in the archive, so this feedback cannot be kept",
    };
  }
  const { added, feedback } = await deps.store.toggleFeedback({
    storyId: story.id,
    itemId: story.lead.id,
    subscriptionId: subscription.id,
    channel,
    platform: click.platform,
    userId: click.userId,
    kind: click.kind,
    classifierVersion: story.lead.classification?.version ?? null,
    createdAt: deps.now().toISOString(),
  });
  return { recorded: true, added, id: feedback.id, kind: click.kind, ref: click.ref };
}
