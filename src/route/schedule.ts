/**
 * Digest times: when a subscription's cron schedule next fires in its own time zone, and whether a given
 * minute is one of its ticks. Cron is read as wall-clock time in the zone (five fields: minute hour
 * day-of-month month day-of-week; lists, ranges, steps and names as node-cron's `parse` expands them).
 * Across a DST change a wall-clock minute that happens twice fires once (the first time), and one that
 * never happens fires when the clock jumps past it (02:30 on a spring-forward night fires at 03:30), so a
 * digest is never sent twice nor skipped. Pure: the clock and the zone are parameters.
 */
import { parse } from "node-cron";
import { ConfigError } from "../errors.js";
import { parseSchedule } from "./parse-filter.js";

/** A wall-clock time in some zone; month 1–12, weekday 0 (Sunday)–6. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
}

interface CronSpec {
  minutes: Set<number>;
  hours: Set<number>;
  days: Set<number>;
  lastDay: boolean;
  months: Set<number>;
  weekdays: Set<number>;
  /** Vixie cron: when both day fields are restricted, either may match. */
  eitherDay: boolean;
}

const MINUTE_MS = 60_000;
// A schedule that has not fired in this long never will ("0 0 31 2 *").
const SEARCH_LIMIT_MINUTES = 5 * 366 * 24 * 60;

/** The first time strictly after `after` at which the schedule fires in the zone (null: the process's zone). */
export function nextDigestTime(cron: string, tz: string | null, after: Date): Date {
  const spec = compileCron(cron);
  const zone = tz ?? processZone();
  // Walk wall-clock minutes from a little before `after` (a gap-shifted minute can map past it).
  const start = wallClockOf(new Date(after.getTime() - 3 * 60 * MINUTE_MS), zone);
  let cursor = Date.UTC(start.year, start.month - 1, start.day, start.hour, start.minute);
  const limit = cursor + SEARCH_LIMIT_MINUTES * MINUTE_MS;
  while (cursor < limit) {
    const wall = new Date(cursor);
    if (!spec.months.has(wall.getUTCMonth() + 1)) {
      cursor = Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth() + 1, 1);
    } else if (!matchesDay(spec, wall)) {
      cursor = Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate() + 1);
    } else if (!spec.hours.has(wall.getUTCHours())) {
      cursor = Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate(), wall.getUTCHours() + 1);
    } else if (!spec.minutes.has(wall.getUTCMinutes())) {
      cursor += MINUTE_MS;
    } else {
      const instant = instantOfWallClock(cursor, zone);
      if (instant > after.getTime()) return new Date(instant);
      cursor += MINUTE_MS;
    }
  }
  throw new ConfigError(`--schedule: "${cron}" never fires (checked five years ahead); pick days that exist`);
}

/** The tick's key (its UTC minute, e.g. "2026-11-25T01:00Z") when `now` falls in a scheduled minute, else null. */
export function digestTick(cron: string, tz: string | null, now: Date): string | null {
  const minuteStart = Math.floor(now.getTime() / MINUTE_MS) * MINUTE_MS;
  const next = nextDigestTime(cron, tz, new Date(minuteStart - 1));
  return next.getTime() === minuteStart ? `${next.toISOString().slice(0, 16)}Z` : null;
}

/**
 * The key of the last tick strictly after `since` and before the minute of `now` (the current minute is
 * digestTick's), or null when the schedule did not fire in between.
 */
export function lastTickBefore(cron: string, tz: string | null, since: Date, now: Date): string | null {
  const minuteStart = Math.floor(now.getTime() / MINUTE_MS) * MINUTE_MS;
  const firesBefore = (after: number): boolean =>
    nextDigestTime(cron, tz, new Date(after)).getTime() < minuteStart;
  // Bisect on `after` (the next tick after it only moves later as it does): an every-minute schedule over half
  // a day takes ten steps, not seven hundred.
  let lo = since.getTime();
  let hi = minuteStart - 1;
  if (lo >= hi || !firesBefore(lo)) return null;
  while (hi - lo > MINUTE_MS / 2) {
    const mid = Math.floor((lo + hi) / 2);
    if (firesBefore(mid)) lo = mid;
    else hi = mid;
  }
  return `${nextDigestTime(cron, tz, new Date(lo)).toISOString().slice(0, 16)}Z`;
}

/** The wall-clock time of an instant in an IANA zone. */
export function wallClockOf(instant: Date, tz: string): WallClock {
  const parts = formatterFor(tz).formatToParts(instant);
  const get = (type: string): number => Number(parts.find((part) => part.type === type)?.value ?? "0");
  const weekday = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].indexOf(
    parts.find((part) => part.type === "weekday")?.value ?? "Sun",
  );
  return {
    year: get("year"),
    month: get("month"),
    day: get("day"),
    hour: get("hour") % 24,
    minute: get("minute"),
    second: get("second"),
    weekday,
  };
}

/**
 * The instant a wall-clock time (given as if it were UTC milliseconds) names in a zone. A time that happens
 * twice gives the first; a time skipped by a DST jump gives the instant as far after the jump as the time was
 * after the last minute before it (02:30 becomes 03:30 when clocks go from 02:00 to 03:00).
 */
export function instantOfWallClock(wallMs: number, tz: string): number {
  const offsetBefore = offsetAt(wallMs - 36 * 60 * MINUTE_MS, tz);
  const offsetAfter = offsetAt(wallMs + 36 * 60 * MINUTE_MS, tz);
  const candidates = [wallMs - offsetBefore, wallMs - offsetAfter].filter(
    (instant) => instant + offsetAt(instant, tz) === wallMs,
  );
  if (candidates.length > 0) return Math.min(...candidates);
  // Skipped by a jump forward: the offset grew, so subtracting the old (smaller) one lands after the jump.
  return wallMs - Math.min(offsetBefore, offsetAfter);
}

/** The zone's offset from UTC at an instant, in ms (Bangkok: +7 h). */
export function offsetAt(instant: number, tz: string): number {
  const wall = wallClockOf(new Date(instant), tz);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The zone this process runs in (TZ, else the system's). */
export function processZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(tz: string): Intl.DateTimeFormat {
  let formatter = formatters.get(tz);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: tz,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      weekday: "short",
    });
    formatters.set(tz, formatter);
  }
  return formatter;
}

const compiled = new Map<string, CronSpec>();
function compileCron(cron: string): CronSpec {
  const cached = compiled.get(cron);
  if (cached) return cached;
  const expression = parseSchedule(cron);
  const fields = parse(expression);
  const [, , domText, , dowText] = expression.split(" ") as [string, string, string, string, string];
  const numbers = (values: (number | string)[]): Set<number> =>
    new Set(values.filter((value): value is number => typeof value === "number"));
  const spec: CronSpec = {
    minutes: new Set(fields.minute),
    hours: new Set(fields.hour),
    days: numbers(fields.dayOfMonth),
    lastDay: fields.dayOfMonth.some((value) => value === "L"),
    months: new Set(fields.month),
    weekdays: new Set([...numbers(fields.dayOfWeek)].map((day) => day % 7)),
    eitherDay: !domText.startsWith("*") && !dowText.startsWith("*"),
  };
  compiled.set(cron, spec);
  return spec;
}

function matchesDay(spec: CronSpec, wall: Date): boolean {
  const date = wall.getUTCDate();
  const lastOfMonth = new Date(Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth() + 1, 0)).getUTCDate();
  const dayOk = spec.days.has(date) || (spec.lastDay && date === lastOfMonth);
  const weekdayOk = spec.weekdays.has(wall.getUTCDay());
  return spec.eitherDay ? dayOk || weekdayOk : dayOk && weekdayOk;
}
