/** The web archive's trends (`/trends`): weekly relevant stories by country and by topic. */
import type { Store, WeeklyCount } from "../store/store.js";

/** One line of a chart: a country or topic, its count in each week, and its total. */
export interface TrendSeries {
  key: string;
  counts: number[];
  total: number;
}

export interface ArchiveTrends {
  /** Mondays (UTC), oldest first, YYYY-MM-DD. */
  weeks: string[];
  byCountry: TrendSeries[];
  byTopic: TrendSeries[];
}

const DAY_MS = 86_400_000;

/** The Monday (UTC) of the week holding `time`, YYYY-MM-DD. */
export function weekOf(time: Date): string {
  const day = new Date(Date.UTC(time.getUTCFullYear(), time.getUTCMonth(), time.getUTCDate()));
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  return new Date(day.getTime() - sinceMonday * DAY_MS).toISOString().slice(0, 10);
}

/** The last `weeks` weeks up to `now`, oldest first. */
export function lastWeeks(now: Date, weeks: number): string[] {
  const monday = Date.parse(`${weekOf(now)}T00:00:00Z`);
  return Array.from({ length: weeks }, (_, i) =>
    new Date(monday - (weeks - 1 - i) * 7 * DAY_MS).toISOString().slice(0, 10),
  );
}

/** The store parts the trends read. */
export type TrendsStore = Pick<Store, "countRelevantStoriesByWeek" | "relevantItemsMark">;

/** Counts the last `weeks` weeks (default 26) of relevant stories; the series are sorted by total, largest first. */
export async function archiveTrends(store: TrendsStore, now: Date, weeks = 26): Promise<ArchiveTrends> {
  return keptTrends(store, weeks)(now);
}

/**
 * A trends counter that keeps each closed week's counts: the web refreshes /trends every minute, and grouping
 * 26 weeks of a year-long archive (a million items) takes seconds of CPU. Each call counts one week per
 * statement and lets the event loop run between them (better-sqlite3 is synchronous: one 26-week statement
 * froze the worker for seconds). The current week is always recounted; a closed week only when its mark
 * (store.relevantItemsMark: items added late, pruned or reclassified) moved, plus the longest-kept closed week
 * on each call, so what a mark cannot see (a story regrouped, a country changed) shows within 26 calls.
 */
export function keptTrends(store: TrendsStore, weeks = 26): (now: Date) => Promise<ArchiveTrends> {
  const kept = new Map<string, { mark: string; counts: WeeklyCount[]; call: number }>();
  let calls = 0;
  return async (now) => {
    calls += 1;
    const axis = lastWeeks(now, weeks);
    const current = axis.at(-1);
    for (const week of kept.keys()) if (!axis.includes(week)) kept.delete(week);
    let stalest: string | null = null;
    for (const [week, value] of kept) {
      if (week !== current && (stalest === null || value.call < (kept.get(stalest)?.call ?? 0)))
        stalest = week;
    }
    const counts: WeeklyCount[] = [];
    for (const week of axis) {
      const from = `${week}T00:00:00.000Z`;
      const until = new Date(Date.parse(from) + 7 * DAY_MS).toISOString();
      await nextTurn();
      if (week === current) {
        counts.push(...(await store.countRelevantStoriesByWeek(from, until)));
        continue;
      }
      const mark = await store.relevantItemsMark(from, until);
      const known = kept.get(week);
      if (known && known.mark === mark && week !== stalest) {
        counts.push(...known.counts);
        continue;
      }
      await nextTurn();
      const fresh = await store.countRelevantStoriesByWeek(from, until);
      kept.set(week, { mark, counts: fresh, call: calls });
      counts.push(...fresh);
    }
    return {
      weeks: axis,
      byCountry: series(axis, counts, "country"),
      byTopic: series(axis, counts, "topic"),
    };
  };
}

/** Lets queued I/O (HTTP requests, timers) run before the next statement. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function series(axis: string[], counts: WeeklyCount[], dimension: WeeklyCount["dimension"]): TrendSeries[] {
  const index = new Map(axis.map((week, i) => [week, i]));
  const byKey = new Map<string, number[]>();
  for (const count of counts) {
    const at = index.get(count.week);
    if (count.dimension !== dimension || at === undefined) continue;
    const line = byKey.get(count.key) ?? axis.map(() => 0);
    line[at] = (line[at] ?? 0) + count.stories;
    byKey.set(count.key, line);
  }
  return [...byKey]
    .map(([key, line]) => ({ key, counts: line, total: line.reduce((a, b) => a + b, 0) }))
    .sort((a, b) => b.total - a.total || a.key.localeCompare(b.key));
}
