/** "just now", "5 min ago", "3 h ago", "2 days ago": how long before `now` an ISO time was, for a chat line. */
export function describeAge(iso: string, now: Date): string {
  const ms = now.getTime() - Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  if (ms < 0) return `at ${iso.slice(0, 16).replace("T", " ")} UTC`;
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return "just now";
  if (minutes < 120) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${hours} h ago` : `${Math.round(hours / 24)} days ago`;
}
