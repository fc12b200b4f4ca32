/**
 * The middle of the spine: freshly stored relevant items into stories (stories/group-stories), and the stories
 * into the outbox for every subscription they match (route/plan-deliveries). Takes item ids and the store,
 * returns how many outbox rows were added; never sends anything (delivery drains the outbox afterwards).
 */
import type { StoredItem } from "../model/item.js";
import { planDeliveries } from "../route/plan-deliveries.js";
import { planFollowUps } from "../route/plan-follow-ups.js";
import type { Store } from "../store/store.js";
import { groupStories } from "../stories/group-stories.js";

/** Most recent relevant items a new item is compared with (days of coverage, far more than a newsroom sees). */
const RECENT_FOR_GROUPING = 2000;

/** Days of recent items a new item may join as the same story. */
const STORY_WINDOW_DAYS = 3;

/** The ids of the items classified relevant: only they are ever delivered, so only they are routed. */
export function relevantItemIds(items: StoredItem[]): string[] {
  return items.filter((item) => item.classification?.relevant === true).map((item) => item.id);
}

/**
 * The ids of the items a subscription may receive: the relevant ones, and those naming a watched entity (an
 * alert subscription with --entities gets every mention, relevant or not).
 */
export function routableItemIds(items: StoredItem[]): string[] {
  return items.filter(isRoutable).map((item) => item.id);
}

function isRoutable(item: StoredItem): boolean {
  return item.classification?.relevant === true || (item.classification?.entities.length ?? 0) > 0;
}

/** Groups freshly stored items into stories and queues the stories for matching subscriptions. */
export async function routeNewItems(store: Store, itemIds: string[], now: Date): Promise<number> {
  if (itemIds.length === 0) return 0;
  // Only relevant items and mentions of watched entities are ever delivered, so only they are grouped.
  const fresh = (await store.getItems(itemIds)).filter(isRoutable);
  if (fresh.length === 0) return 0;
  const windowStart = new Date(now.getTime() - STORY_WINDOW_DAYS * 86_400_000).toISOString();
  const freshIds = new Set(itemIds);
  const recent = (
    await store.listItems({ seenSince: windowStart, relevant: true, limit: RECENT_FOR_GROUPING })
  ).filter((item) => !freshIds.has(item.id));
  const assignments = groupStories(fresh, recent);
  await store.assignStories(assignments);
  const storyIds = [...new Set(assignments.map((a) => a.storyId))];
  const followUps = await queueFollowUps(store, fresh, assignments, now);
  return followUps + (await queueStories(store, storyIds, now));
}

/**
 * Queues follow-ups for the fresh items that joined a story already delivered somewhere (another outlet's
 * report, a later item): a reply in the alert's thread, an update line, or a "+N new reports" in a digest.
 */
async function queueFollowUps(
  store: Store,
  fresh: StoredItem[],
  assignments: { itemId: string; storyId: string }[],
  now: Date,
): Promise<number> {
  const joined = assignments.filter((a) => a.itemId !== a.storyId);
  if (joined.length === 0) return 0;
  const deliveries = await store.listStoryDeliveries([...new Set(joined.map((a) => a.storyId))]);
  if (deliveries.length === 0) return 0;
  const byId = new Map(fresh.map((item) => [item.id, item]));
  const reports = joined.flatMap((a) => {
    const item = byId.get(a.itemId);
    return item ? [{ storyId: a.storyId, item }] : [];
  });
  const planned = planFollowUps(reports, deliveries, await store.listSubscriptions(), now);
  // A story a channel marked not relevant (feedback, issue 20) gets no follow-ups there.
  const entries: typeof planned = [];
  for (const entry of planned)
    if (!(await store.isMarkedNotRelevant(entry.subscriptionId, entry.storyId))) entries.push(entry);
  return entries.length === 0 ? 0 : store.enqueue(entries);
}

/** Plans deliveries of the given stories for every subscription and adds them to the outbox. */
export async function queueStories(store: Store, storyIds: string[], now: Date): Promise<number> {
  if (storyIds.length === 0) return 0;
  const subscriptions = await store.listSubscriptions();
  if (subscriptions.length === 0) return 0;
  const stories = await store.getStories(storyIds);
  const entries = planDeliveries(
    stories.map((story) => ({ storyId: story.id, lead: story.lead, items: [story.lead, ...story.also] })),
    subscriptions,
    now,
  );
  return store.enqueue(entries);
}
