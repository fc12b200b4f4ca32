/**
 * Quiet hours for alerts: "22:00-07:00" in the subscription's zone. An alert found during them is held
 * until they end (unless it is breaking; plan-deliveries.ts decides that). Pure: the clock is a parameter.
 */
import { parseQuietHours } from "./parse-filter.js";
import { instantOfWallClock, offsetAt, processZone, wallClockOf } from "./schedule.js";

const MINUTE_MS = 60_000;

/** When `now` is inside the quiet hours (in the zone; null: the process's zone), the instant they end; else null. */
export function quietUntil(now: Date, quiet: string | null, tz: string | null): Date | null {
  if (!quiet) return null;
  const { startMinute, endMinute } = parseQuietHours(quiet);
  const zone = tz ?? processZone();
  const wall = wallClockOf(now, zone);
  const minute = wall.hour * 60 + wall.minute;
  const wraps = startMinute > endMinute;
  const inside = wraps
    ? minute >= startMinute || minute < endMinute
    : minute >= startMinute && minute < endMinute;
  if (!inside) return null;
  // The end is today at endMinute, or tomorrow when the period began this evening and wraps midnight.
  const dayOffset = wraps && minute >= startMinute ? 1 : 0;
  const endWall = Date.UTC(wall.year, wall.month - 1, wall.day + dayOffset) + endMinute * MINUTE_MS;
  let end = instantOfWallClock(endWall, zone);
  // A repeated hour (clocks going back) can put the first occurrence of the end time behind us.
  if (end <= now.getTime()) end = endWall - offsetAt(endWall + 36 * 60 * MINUTE_MS, zone);
  return end > now.getTime() ? new Date(end) : null;
}
