/**
 * Retry-After (RFC 9110 §10.2.3): either delay-seconds ("3600") or an HTTP-date
 * ("Wed, 25 Nov 2026 06:00:00 GMT"). Sent by feeds with 429 and 503, and by Slack and Discord.
 */

/** Milliseconds to wait from `now`, or null when the header is absent or unreadable. Never negative. */
export function parseRetryAfter(value: string | null, now: Date): number | null {
  if (value === null) return null;
  const text = value.trim();
  if (text === "") return null;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Only dates with a day-month-year and a time; Date.parse alone accepts far too much ("1", "soon 2").
  if (
    !/\d{1,2}[ -][A-Za-z]{3}[ -]\d{2,4} \d{2}:\d{2}:\d{2}|[A-Za-z]{3} +\d{1,2} \d{2}:\d{2}:\d{2} \d{4}/.test(
      text,
    )
  ) {
    return null;
  }
  const at = Date.parse(/GMT|UTC|[+-]\d{4}$/.test(text) ? text : `${text} GMT`);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now.getTime());
}
