/**
 * `tracewire feeds` as a table: one aligned row per feed (state, id, outlet, last HTTP status, items, last poll,
 * last new item), times relative to `now`, and under a failing feed its last error and when it is tried again.
 * Colour (failing red, new and disabled dim) only when asked for; without it the text is plain and the same on
 * every run at the same instant, for scripts and pipes. Takes values, returns text; never writes.
 */
import type { FeedStatusRow } from "../model/feed.js";
import { formatAge, parseInstant } from "./format-time.js";

export interface FeedTableOptions {
  now: Date;
  color: boolean;
}

const HEAD = ["STATE", "FEED", "OUTLET", "HTTP", "ITEMS", "LAST POLL", "LAST NEW ITEM"] as const;
const RIGHT = new Set([3, 4]);
const STYLE: Record<FeedStatusRow["state"], string | null> = {
  ok: null,
  failing: "31",
  new: "2",
  disabled: "2",
};

/** The feeds as aligned columns, a summary line first. */
export function renderFeedTable(rows: readonly FeedStatusRow[], options: FeedTableOptions): string {
  const cells = rows.map((row) => [
    row.state,
    row.id,
    row.outlet,
    row.lastStatus === null ? "-" : String(row.lastStatus),
    String(row.itemsSeen),
    relative(row.lastPolledAt, options.now, "never"),
    relative(row.lastNewItemAt, options.now, "never"),
  ]);
  const widths = HEAD.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (values: readonly string[]): string =>
    values
      .map((v, i) => (RIGHT.has(i) ? v.padStart(widths[i]!) : v.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  const count = (state: FeedStatusRow["state"]) => rows.filter((r) => r.state === state).length;
  const silent = rows.filter((r) => r.silentSince).length;
  const out = [
    `${rows.length} feeds: ${count("ok")} ok, ${count("failing")} failing, ${count("new")} not polled yet, ` +
      `${count("disabled")} disabled${silent > 0 ? `, ${silent} silent` : ""}`,
    "",
    line(HEAD),
  ];
  rows.forEach((row, i) => {
    out.push(paint(options.color, STYLE[row.state], line(cells[i]!)));
    if (row.silentSince) out.push(`  └ silent: ${silentLine(row, options.now)}`);
    if (row.state !== "failing") return;
    const next = parseInstant(row.nextAttemptAt);
    const retry = next ? `; next try ${until(next, options.now)}` : "";
    const failures = `${row.consecutiveFailures} failure${row.consecutiveFailures === 1 ? "" : "s"} in a row`;
    out.push(paint(options.color, STYLE.failing, `  └ ${row.lastError ?? "failed"} (${failures}${retry})`));
  });
  return `${out.join("\n")}\n`;
}

function paint(on: boolean, code: string | null, text: string): string {
  return on && code ? `\u001b[${code}m${text}\u001b[0m` : text;
}

function relative(iso: string | null, now: Date, none: string): string {
  const at = parseInstant(iso);
  return at ? formatAge(at, now) : none;
}

/** "in 5 min", "in 2 h", "now" (due or overdue). */
function until(at: Date, now: Date): string {
  const minutes = Math.ceil((at.getTime() - now.getTime()) / 60_000);
  if (minutes < 1) return "now";
  if (minutes < 60) return `in ${minutes} min`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `in ${hours} h` : `in ${Math.round(hours / 24)} d`;
}

/** "no new item for 40 d (usually one every 6 h)". */
export function silentLine(row: FeedStatusRow, now: Date): string {
  const since = parseInstant(row.silentSince ?? null);
  const quiet = since ? formatAge(since, now).replace(/ ago$/, "") : "long";
  const usual = row.usualGapMs ? ` (usually one every ${describeGap(row.usualGapMs)})` : "";
  return `no new item for ${quiet}${usual}`;
}

function describeGap(ms: number): string {
  const hours = ms / 3_600_000;
  if (hours < 1) return `${Math.max(1, Math.round(ms / 60_000))} min`;
  if (hours < 48) return `${Math.round(hours)} h`;
  return `${Math.round(hours / 24)} d`;
}
