import { parseDate } from "./parse-date.js";

/** How far ahead of the clock a date may be before it is distrusted (clock skew, time-zone mistakes). */
export const FUTURE_TOLERANCE_MS = 10 * 60 * 1000;

/** A publication time as stored: ISO UTC, whether it was estimated, and what went wrong if anything. */
export interface PublishedTime {
  publishedAt: string;
  estimated: boolean;
  warning: string | null;
}

/**
 * The publication time of an item from the date the feed gave: missing means now (estimated); unreadable
 * means now (estimated, with a warning); more than ten minutes in the future means now (estimated, warning).
 */
export function publishedTime(published: string | null, now: Date): PublishedTime {
  const nowIso = now.toISOString();
  if (published === null || published.trim() === "")
    return { publishedAt: nowIso, estimated: true, warning: null };
  const date = parseDate(published);
  if (date === null) {
    return {
      publishedAt: nowIso,
      estimated: true,
      warning: `unreadable date "${published.slice(0, 60)}": used now`,
    };
  }
  if (date.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    return {
      publishedAt: nowIso,
      estimated: true,
      warning: `date ${date.toISOString()} is in the future: used now`,
    };
  }
  return { publishedAt: date.toISOString(), estimated: false, warning: null };
}
