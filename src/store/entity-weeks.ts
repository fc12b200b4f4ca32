/**
 * The weekly counts behind `/tracewire entity`: the last N seven-day weeks up to now (the newest week ends at
 * now), each with how many items published in it name the entity. Both stores read the publication times and
 * count here, so the two answer alike.
 */
import type { EntityWeek } from "./store.js";

const WEEK_MS = 7 * 24 * 60 * 60_000;

/** When the oldest of `weeks` weeks up to `now` starts. */
export function firstWeekStart(weeks: number, now: Date): Date {
  return new Date(now.getTime() - Math.max(0, Math.floor(weeks)) * WEEK_MS);
}

/** Counts publication times into `weeks` weeks up to `now`, oldest first; times outside them are ignored. */
export function countEntityWeeks(publishedAt: readonly string[], weeks: number, now: Date): EntityWeek[] {
  const start = firstWeekStart(weeks, now).getTime();
  const counts = Array.from({ length: Math.max(0, Math.floor(weeks)) }, (_, n) => ({
    start: new Date(start + n * WEEK_MS).toISOString(),
    count: 0,
  }));
  for (const time of publishedAt) {
    const at = new Date(time).getTime();
    if (Number.isNaN(at) || at < start || at > now.getTime()) continue;
    const week = counts[Math.min(counts.length - 1, Math.floor((at - start) / WEEK_MS))];
    if (week) week.count += 1;
  }
  return counts;
}
