/**
 * Composes a subscription's weekly briefing from the store (issue 19). Takes the store parts it reads, the
 * configured feeds, the subscription, the clock and the silence rule; returns a Briefing (model/briefing.ts), a
 * plain value the renderers draw. Reads only: it never sends, never claims and never writes. Weeks are the seven
 * days before `now`, the seven before those, and so on; a story counts in the week of its first matching report.
 */
import type { Briefing, BriefingChange, BriefingName, BriefingStory } from "../../model/briefing.js";
import type { FeedConfig } from "../../model/feed.js";
import type { SilenceRule } from "../../model/feed-silence.js";
import type { StoredItem } from "../../model/item.js";
import type { Subscription } from "../../model/subscription.js";
import { matchSubscription } from "../../route/match-subscription.js";
import type { BriefingStore, FeedStore, ItemStore } from "../../store/store.js";
import { feedStatus } from "../feed-status.js";

const WEEK_MS = 7 * 86_400_000;
/** Weeks the chart shows. */
export const CHART_WEEKS = 12;
/** Weeks before this one in which a watched name counts as already seen. */
const NAME_MEMORY_WEEKS = 4;
/** Countries drawn as lines; the rest are left to the table. */
const CHART_COUNTRIES = 6;
const TOP_STORIES = 5;
/** Most items read: twelve weeks of a busy archive fit well within it. */
const ITEM_LIMIT = 20_000;

export interface ComposeBriefingDeps {
  store: ItemStore & FeedStore & Pick<BriefingStore, "listFeedItemTimes">;
  feeds: FeedConfig[];
  silence: SilenceRule;
}

/** One story as the briefing counts it: its matching reports, the week it falls in, what it is about. */
interface CountedStory {
  id: string;
  items: StoredItem[];
  /** 0 = this week, 1 = last week, …; -1 when older than the chart. */
  week: number;
  countries: Set<string>;
  topics: Set<string>;
}

/** The briefing of `subscription` at `now`: only items within the subscription's filter count. */
export async function composeBriefing(
  deps: ComposeBriefingDeps,
  subscription: Subscription,
  now: Date,
): Promise<Briefing> {
  const start = now.getTime() - CHART_WEEKS * WEEK_MS;
  const items = await deps.store.listItems({
    relevant: true,
    since: new Date(start).toISOString(),
    limit: ITEM_LIMIT,
  });
  const stories = countStories(
    items.filter((item) => matchSubscription(item, subscription).matched),
    now,
  );
  const inWeek = (week: number) => stories.filter((story) => story.week === week);
  const thisWeek = inWeek(0);
  const lastWeek = inWeek(1);
  const rows = await feedStatus(deps.store, deps.feeds, { now, silence: deps.silence });
  const states = new Map((await deps.store.listFeedStates()).map((state) => [state.feedId, state]));
  const countries = changes(thisWeek, lastWeek, (story) => story.countries);
  return {
    subscriptionId: subscription.id,
    generatedAt: now.toISOString(),
    weekStart: new Date(now.getTime() - WEEK_MS).toISOString(),
    storiesThisWeek: thisWeek.length,
    storiesLastWeek: lastWeek.length,
    countries,
    topics: changes(thisWeek, lastWeek, (story) => story.topics),
    topStories: topStories(thisWeek),
    names: watchedNames(
      thisWeek,
      stories.filter((s) => s.week >= 1 && s.week <= NAME_MEMORY_WEEKS),
    ),
    failing: rows
      .filter((row) => row.state === "failing")
      .map((row) => ({
        id: row.id,
        outlet: row.outlet,
        lastSuccessAt: states.get(row.id)?.lastSuccessAt ?? null,
        consecutiveFailures: row.consecutiveFailures,
        lastError: row.lastError,
      })),
    silent: rows
      .filter((row) => row.silentSince !== undefined)
      .map((row) => ({
        id: row.id,
        outlet: row.outlet,
        newestAt: row.silentSince as string,
        usualGapMs: row.usualGapMs ?? null,
      })),
    series: series(stories, now),
  };
}

function countStories(items: StoredItem[], now: Date): CountedStory[] {
  const byStory = new Map<string, StoredItem[]>();
  for (const item of items) {
    const id = item.storyId ?? item.id;
    const group = byStory.get(id);
    if (group) group.push(item);
    else byStory.set(id, [item]);
  }
  return [...byStory].map(([id, group]) => {
    group.sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
    const first = Date.parse(group[0]!.publishedAt);
    const age = now.getTime() - first;
    const week = age < 0 ? 0 : Math.floor(age / WEEK_MS);
    return {
      id,
      items: group,
      week: week < CHART_WEEKS ? week : -1,
      countries: new Set(group.flatMap((item) => item.classification?.countries ?? [])),
      topics: new Set(group.flatMap((item) => item.classification?.topics ?? [])),
    };
  });
}

/** Stories per key this week and last, biggest this week first (then biggest fall). */
function changes(
  thisWeek: CountedStory[],
  lastWeek: CountedStory[],
  keys: (story: CountedStory) => Set<string>,
): BriefingChange[] {
  const table = new Map<string, BriefingChange>();
  const add = (stories: CountedStory[], field: "thisWeek" | "lastWeek") => {
    for (const story of stories) {
      for (const key of keys(story)) {
        const row = table.get(key) ?? { key, thisWeek: 0, lastWeek: 0 };
        row[field] += 1;
        table.set(key, row);
      }
    }
  };
  add(thisWeek, "thisWeek");
  add(lastWeek, "lastWeek");
  return [...table.values()].sort(
    (a, b) => b.thisWeek - a.thisWeek || b.lastWeek - a.lastWeek || a.key.localeCompare(b.key),
  );
}

/** The stories of the week carried by the most outlets (ties: the earlier story first). */
function topStories(thisWeek: CountedStory[]): BriefingStory[] {
  return thisWeek
    .map((story) => ({ story, outlets: [...new Set(story.items.map((item) => item.outlet))] }))
    .sort(
      (a, b) =>
        b.outlets.length - a.outlets.length ||
        a.story.items[0]!.publishedAt.localeCompare(b.story.items[0]!.publishedAt),
    )
    .slice(0, TOP_STORIES)
    .map(({ story, outlets }) => ({ title: story.items[0]!.title, url: story.items[0]!.url, outlets }));
}

/** Watched names mentioned this week: new ones (not in the weeks before) first, then the most mentioned. */
function watchedNames(thisWeek: CountedStory[], before: CountedStory[]): BriefingName[] {
  const mentioned = (story: CountedStory) =>
    new Map(
      story.items.flatMap((item) => item.classification?.entities ?? []).map((e) => [e.id, e.name] as const),
    );
  const seenBefore = new Set(before.flatMap((story) => [...mentioned(story).keys()]));
  const names = new Map<string, BriefingName>();
  for (const story of thisWeek) {
    for (const [id, name] of mentioned(story)) {
      const row = names.get(id) ?? { id, name, stories: 0, isNew: !seenBefore.has(id) };
      row.stories += 1;
      names.set(id, row);
    }
  }
  return [...names.values()].sort(
    (a, b) => Number(b.isNew) - Number(a.isNew) || b.stories - a.stories || a.name.localeCompare(b.name),
  );
}

/** Weekly stories per country over the chart's weeks, for the countries with the most stories. */
function series(stories: CountedStory[], now: Date): Briefing["series"] {
  const weekStarts = Array.from({ length: CHART_WEEKS }, (_, i) =>
    new Date(now.getTime() - (CHART_WEEKS - i) * WEEK_MS).toISOString(),
  );
  const counts = new Map<string, number[]>();
  for (const story of stories) {
    if (story.week < 0) continue;
    for (const code of story.countries) {
      const row = counts.get(code) ?? new Array<number>(CHART_WEEKS).fill(0);
      row[CHART_WEEKS - 1 - story.week]! += 1;
      counts.set(code, row);
    }
  }
  const total = (row: number[]) => row.reduce((a, b) => a + b, 0);
  const countries = [...counts]
    .map(([code, row]) => ({ code, counts: row }))
    .sort((a, b) => total(b.counts) - total(a.counts) || a.code.localeCompare(b.code))
    .slice(0, CHART_COUNTRIES);
  return { weekStarts, countries };
}
