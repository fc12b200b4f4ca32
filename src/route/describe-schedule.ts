/**
 * A subscription's schedule in words, for confirmations and status: "weekdays at 08:00 (Asia/Bangkok)",
 * "every 15 minutes (UTC)", "next digest Mon 7 Dec 08:00 ICT". Takes the cron text tracewire accepts
 * (parse-filter.ts `parseSchedule`) and the zone; anything unusual reads as the cron text itself, never as a
 * guess. Pure: the clock and the zone are parameters (a null zone is the process's, named).
 */
import { parse } from "node-cron";
import { formatWeekdayTime } from "../render/format-time.js";
import { parseQuietHours, parseSchedule } from "./parse-filter.js";
import { nextDigestTime, processZone } from "./schedule.js";

const DAY_NAMES = ["Sundays", "Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays"];
/** Up to this many times a day are listed ("at 08:00, 12:00 and 17:00"); more read as cron. */
const MAX_LISTED_TIMES = 4;

/** "weekdays at 08:00 (Asia/Bangkok)"; a null zone shows the process's ("(UTC)"). */
export function describeSchedule(
  cron: string,
  tz: string | null,
  defaultZone: string = processZone(),
): string {
  return `${scheduleWords(parseSchedule(cron))} (${tz ?? defaultZone})`;
}

/** "next digest Mon 7 Dec 08:00 ICT": the schedule's next run after `now`, in the zone. */
export function describeNextRun(
  cron: string,
  tz: string | null,
  now: Date,
  defaultZone: string = processZone(),
): string {
  const zone = tz ?? defaultZone;
  return `next digest ${formatWeekdayTime(nextDigestTime(cron, zone, now), zone)}`;
}

/** "quiet hours 22:00-07:00 (Asia/Phnom_Penh)", or "no quiet hours". */
export function describeQuietHours(
  quiet: string | null,
  tz: string | null,
  defaultZone: string = processZone(),
): string {
  if (!quiet) return "no quiet hours";
  const { startMinute, endMinute } = parseQuietHours(quiet);
  return `quiet hours ${clock(startMinute)}-${clock(endMinute)} (${tz ?? defaultZone})`;
}

function clock(minuteOfDay: number): string {
  return `${String(Math.floor(minuteOfDay / 60)).padStart(2, "0")}:${String(minuteOfDay % 60).padStart(2, "0")}`;
}

/** The words for a checked five-field expression, or `cron "…"` when there are none that would be clearer. */
function scheduleWords(expression: string): string {
  const fields = parse(expression);
  const minutes = [...fields.minute].sort((a, b) => a - b);
  const hours = [...fields.hour].sort((a, b) => a - b);
  const days = dayWords(fields.dayOfMonth, fields.month, fields.dayOfWeek);
  const fallback = `cron "${expression}"`;
  if (days === null) return fallback;
  const onDays = days === "every day" ? "" : ` on ${days}`;
  if (hours.length === 24) {
    if (minutes.length === 60) return `every minute${onDays}`;
    if (minutes.length === 1) {
      const at = minutes[0] === 0 ? "" : ` at :${String(minutes[0]).padStart(2, "0")}`;
      return `every hour${at}${onDays}`;
    }
    const step = regularStep(minutes, 60);
    return step ? `every ${step} minutes${onDays}` : fallback;
  }
  const hourStep = regularStep(hours, 24);
  if (hourStep && minutes.length === 1 && minutes[0] === 0 && hours.length > MAX_LISTED_TIMES) {
    return `every ${hourStep} hours${onDays}`;
  }
  const times = hours.flatMap((h) => minutes.map((m) => h * 60 + m)).sort((a, b) => a - b);
  if (times.length > MAX_LISTED_TIMES) return fallback;
  const at = `at ${listWords(times.map(clock))}`;
  if (days === "every day") return times.length === 1 ? `every day ${at}` : `${at} every day`;
  return `${days.startsWith("the ") ? `on ${days}` : days} ${at}`;
}

/** "every day", "weekdays", "weekends", "Mondays and Thursdays", "the 1st of every month", or null. */
function dayWords(
  dayOfMonth: (number | string)[],
  month: number[],
  dayOfWeek: (number | string)[],
): string | null {
  if (month.length !== 12) return null;
  const weekdays = [...new Set(dayOfWeek.map((d) => Number(d) % 7))].sort((a, b) => a - b);
  const everyWeekday = weekdays.length === 7;
  if (dayOfMonth.length === 31) {
    if (everyWeekday) return "every day";
    const key = weekdays.join(",");
    if (key === "1,2,3,4,5") return "weekdays";
    if (key === "0,6") return "weekends";
    // Monday first, as a week is read.
    const ordered = [...weekdays.filter((d) => d !== 0), ...weekdays.filter((d) => d === 0)];
    return listWords(ordered.map((d) => DAY_NAMES[d]!));
  }
  if (!everyWeekday || dayOfMonth.length !== 1) return null;
  const day = dayOfMonth[0];
  if (day === "L") return "the last day of every month";
  return typeof day === "number" ? `the ${ordinal(day)} of every month` : null;
}

function ordinal(n: number): string {
  const tail =
    n % 10 === 1 && n !== 11
      ? "st"
      : n % 10 === 2 && n !== 12
        ? "nd"
        : n % 10 === 3 && n !== 13
          ? "rd"
          : "th";
  return `${n}${tail}`;
}

/** The step when `values` are 0, s, 2s, … covering the whole range (s > 1), else null. */
function regularStep(values: number[], range: number): number | null {
  if (values.length < 2 || values[0] !== 0) return null;
  const step = values[1]!;
  if (step < 2 || range % step !== 0 || values.length !== range / step) return null;
  return values.every((v, i) => v === i * step) ? step : null;
}

/** "a", "a and b", "a, b and c". */
function listWords(words: string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}
