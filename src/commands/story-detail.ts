/** The web archive's story page (`/stories/ID`): the story with every report and where it was sent. */
import { describeTarget, parseTarget } from "../deliver/target.js";
import type { OutboxState } from "../model/outbox.js";
import type { Story } from "../model/story.js";
import type { Store } from "../store/store.js";

/** One delivery of the story: the channel (secrets never shown), how, its state and when it was sent. */
export interface StoryDelivery {
  target: string;
  mode: string;
  state: OutboxState;
  sentAt: string | null;
}

export interface StoryDetail {
  story: Story;
  deliveries: StoryDelivery[];
}

/**
 * The story with id `id`, or the story the item `id` belongs to; null when neither is stored. Targets are shown
 * through describeTarget, so webhook URLs never reach a page.
 */
export async function storyDetail(
  store: Pick<Store, "getStories" | "getItems" | "listOutbox" | "listSubscriptions">,
  id: string,
): Promise<StoryDetail | null> {
  let [story] = await store.getStories([id]);
  if (!story) {
    const [item] = await store.getItems([id]);
    if (!item?.storyId) return null;
    [story] = await store.getStories([item.storyId]);
    if (!story) return null;
  }
  const rows = await store.listOutbox({ storyId: story.id, limit: 200 });
  const subscriptions = new Map((await store.listSubscriptions()).map((s) => [s.id, s]));
  const deliveries = rows.map((row) => {
    const subscription = subscriptions.get(row.subscriptionId);
    return {
      target: subscription ? shownTarget(subscription.target) : "«removed subscription»",
      mode: row.mode,
      state: row.state,
      sentAt: row.sentAt,
    };
  });
  return { story, deliveries };
}

function shownTarget(text: string): string {
  try {
    return describeTarget(parseTarget(text, { allowPrivateHosts: true }));
  } catch {
    return "«unreadable target»";
  }
}
