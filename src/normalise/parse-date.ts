// RFC 822 §5 zone names and the North American ones feeds still send, plus a few common elsewhere.
const ZONES: Record<string, number> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -5,
  EDT: -4,
  CST: -6,
  CDT: -5,
  MST: -7,
  MDT: -6,
  PST: -8,
  PDT: -7,
  BST: 1,
  CET: 1,
  CEST: 2,
  EET: 2,
  EEST: 3,
  MSK: 3,
  IST: 5.5,
  ICT: 7,
  WIB: 7,
  SGT: 8,
  HKT: 8,
  JST: 9,
  KST: 9,
  AEST: 10,
  AEDT: 11,
};
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

const RFC822 =
  /^(?:[A-Za-z]{2,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([+-]\d{2}:?\d{2}|[A-Za-z]{1,5})?$/;
const ISO8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * A feed date as a Date, or null when it cannot be read. Reads RFC 822/1123 (with two-digit years and named
 * zones such as EST or GMT, RFC 822 §5) and ISO 8601 / RFC 3339; a missing zone means UTC.
 */
export function parseDate(text: string): Date | null {
  const value = text.trim().replace(/\s+/g, " ");
  if (value === "") return null;
  return fromIso(value) ?? fromRfc822(value) ?? fromAnything(value);
}

function fromIso(value: string): Date | null {
  const match = value.match(ISO8601);
  if (!match) return null;
  const [, year, month, day, hour = "0", minute = "0", second = "0", zone] = match;
  return build(Number(year), Number(month), Number(day), Number(hour), Number(minute), Number(second), zone);
}

function fromRfc822(value: string): Date | null {
  const match = value.match(RFC822);
  if (!match) return null;
  const [, day, monthName, yearText, hour = "0", minute = "0", second = "0", zone] = match;
  const month = MONTHS.indexOf(monthName!.slice(0, 3).toLowerCase()) + 1;
  if (month === 0) return null;
  let year = Number(yearText);
  // RFC 2822 §4.3: two-digit years 00-49 are 2000-2049, 50-99 are 1950-1999.
  if (yearText!.length === 2) year += year < 50 ? 2000 : 1900;
  return build(year, month, Number(day), Number(hour), Number(minute), Number(second), zone);
}

function fromAnything(value: string): Date | null {
  const time = Date.parse(value);
  if (Number.isNaN(time)) return null;
  const date = new Date(time);
  return date.getUTCFullYear() >= 1970 ? date : null;
}

function build(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  zone: string | undefined,
): Date | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 60) return null;
  const offsetHours = zoneOffset(zone);
  if (offsetHours === null) return null;
  const time = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59)) - offsetHours * 3_600_000;
  const date = new Date(time);
  return Number.isNaN(date.getTime()) || year < 1970 || year > 9999 ? null : date;
}

function zoneOffset(zone: string | undefined): number | null {
  if (zone === undefined) return 0;
  const numeric = zone.match(/^([+-])(\d{2}):?(\d{2})?$/);
  if (numeric) {
    const sign = numeric[1] === "-" ? -1 : 1;
    return sign * (Number(numeric[2]) + Number(numeric[3] ?? "0") / 60);
  }
  const named = ZONES[zone.toUpperCase()];
  // Military zones (ambiguous in practice, RFC 2822 §4.3) and unknown names are read as UTC: a date a few
  // hours off beats no date.
  if (named === undefined) return 0;
  return named;
}
