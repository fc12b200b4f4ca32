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

/** Counts the last `weeks` weeks (default 26) of relevant stories; the series are sorted by total, largest first. */
export async function archiveTrends(
  store: Pick<Store, "countRelevantStoriesByWeek">,
  now: Date,
  weeks = 26,
): Promise<ArchiveTrends> {
  const axis = lastWeeks(now, weeks);
  const counts = await store.countRelevantStoriesByWeek(`${axis[0]}T00:00:00.000Z`);
  return {
    weeks: axis,
    byCountry: series(axis, counts, "country"),
    byTopic: series(axis, counts, "topic"),
  };
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
