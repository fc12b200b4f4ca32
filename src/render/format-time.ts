const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** The instant as a Date, or null when the string is not a date between the years 1970 and 9999. */
export function parseInstant(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return null;
  const d = new Date(t);
  const year = d.getUTCFullYear();
  return year >= 1970 && year <= 9999 ? d : null;
}

/** "25 Nov 2026" in UTC. */
export function formatUtcDate(d: Date): string {
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** "25 Nov 2026 08:05 UTC". */
export function formatUtcTime(d: Date): string {
  const hh = String(d.getUTCHours()).padStart(2, "0");
  const mm = String(d.getUTCMinutes()).padStart(2, "0");
  return `${formatUtcDate(d)} ${hh}:${mm} UTC`;
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
