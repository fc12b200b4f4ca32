/**
 * Times as people read them: in the reader's zone with its abbreviation ("5 Dec 2026 03:25 ICT"). The zone is
 * always a parameter (a subscription's zone, or the process's TZ for CLI output); nothing here reads the clock.
 */
import { zoneAbbreviation } from "./zone-abbreviation.js";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** The instant as a Date, or null when the string is not a date between the years 1970 and 9999. */
export function parseInstant(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  const year = d.getUTCFullYear();
  return year >= 1970 && year <= 9999 ? d : null;
}

interface Wall {
  year: number;
  month: number;
  day: number;
  weekday: number;
  hh: string;
  mm: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock fields of an instant in a zone. */
function wallOf(d: Date, timeZone: string): Wall {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      weekday: "short",
    });
    formatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(d);
  const get = (type: string): string => parts.find((part) => part.type === type)?.value ?? "0";
  return {
    year: Number(get("year")),
    month: Number(get("month")),
    day: Number(get("day")),
    weekday: WEEKDAYS.indexOf(get("weekday")),
    hh: String(Number(get("hour")) % 24).padStart(2, "0"),
    mm: get("minute").padStart(2, "0"),
  };
}

/** "5 Dec 2026": the date in the zone. */
export function formatDate(d: Date, timeZone: string): string {
  const w = wallOf(d, timeZone);
  return `${w.day} ${MONTHS[w.month - 1]} ${w.year}`;
}

/** "5 Dec 2026 03:25 ICT": date, time and the zone's abbreviation. */
export function formatTime(d: Date, timeZone: string): string {
  const w = wallOf(d, timeZone);
  return `${w.day} ${MONTHS[w.month - 1]} ${w.year} ${w.hh}:${w.mm} ${zoneAbbreviation(d, timeZone)}`;
}

/** "Mon 7 Dec 08:00 ICT": a time in the coming days (the next digest), weekday first, no year. */
export function formatWeekdayTime(d: Date, timeZone: string): string {
  const w = wallOf(d, timeZone);
  return `${WEEKDAYS[w.weekday]} ${w.day} ${MONTHS[w.month - 1]} ${w.hh}:${w.mm} ${zoneAbbreviation(d, timeZone)}`;
}

/**
 * The process's zone from the TZ setting: an IANA name as given, else (unset, or the POSIX ":file" form)
 * the zone the runtime reports.
 */
export function processTimeZone(tz?: string): string {
  if (tz && !tz.startsWith(":")) return tz;
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** "5 min ago", "3 h ago", "2 d ago", or "just now"; future instants (clock skew) read "just now". */
export function formatAge(d: Date, now: Date): string {
  const minutes = Math.floor((now.getTime() - d.getTime()) / 60_000);
  if (minutes < 1) return "just now";
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ago`;
  return `${Math.floor(hours / 24)} d ago`;
}
