/** `tracewire export`: the archive as JSON lines, CSV or a Markdown table. */
import { stringify } from "csv-stringify/sync";
import type { StoredItem } from "../model/item.js";
import { formatTime, parseInstant } from "../render/format-time.js";
import type { ItemQuery, ItemStore } from "../store/store.js";
import { type ItemRecord, itemRecord } from "./item-record.js";

export type ExportFormat = "jsonl" | "csv" | "md";

const COLUMNS: (keyof ItemRecord)[] = [
  "published",
  "title",
  "url",
  "link",
  "outlet",
  "feed",
  "relevant",
  "sea",
  "topics",
  "countries",
  "urgency",
  "score",
  "reasons",
  "entities",
  "summary",
  "id",
  "story",
];

/**
 * How many items `streamItems` reads from the store at a time: small enough that a page is garbage before V8's
 * young generation promotes it (at 1,000 a page outlived two scavenges and the old generation grew to 260 MB
 * peak RSS at 1,000,000 items; at 50 some 140 MB, flat from 100,000 items up), and each page is one index seek.
 */
export const EXPORT_PAGE = 50;

/**
 * Writes every item the query matches to `output` in the chosen format, newest published first, one store page
 * at a time: memory stays flat however large the archive. Waits for 'drain' when the output is full, and stops
 * reading once the output is gone (a closed pipe: `tracewire export | head`). The text is the same as
 * `exportItems` over all the items at once: the header comes with the first page only.
 */
export async function streamItems(
  store: Pick<ItemStore, "pageItems">,
  query: ItemQuery,
  format: ExportFormat,
  output: NodeJS.WritableStream,
  timeZone = "UTC",
  pageSize = EXPORT_PAGE,
): Promise<void> {
  let after: string | null = null;
  let first = true;
  do {
    // A turn of the event loop per page: with a file or /dev/null as output every write succeeds at once, and
    // without it the whole export is one task, in which V8 cannot finish its (incremental) collections: the
    // heap grew with the archive (some 260 MB at 1,000,000 items).
    await new Promise<void>((resolve) => setImmediate(resolve));
    const page: { items: StoredItem[]; next: string | null } = await store.pageItems(query, after, pageSize);
    const text = exportItems(page.items, format, first, timeZone);
    first = false;
    if (text !== "") await write(output, text);
    if (isGone(output)) return;
    after = page.next;
  } while (after !== null);
}

/** Writes and, when the stream's buffer is full, waits until it drains (or goes away). */
function write(output: NodeJS.WritableStream, text: string): Promise<void> {
  if (output.write(text) || isGone(output)) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      output.off("drain", done);
      output.off("close", done);
      resolve();
    };
    output.once("drain", done);
    output.once("close", done);
  });
}

/** True once the reader is gone (a destroyed stream: EPIPE), so reading more of the archive is wasted. */
function isGone(output: NodeJS.WritableStream): boolean {
  return (output as { destroyed?: boolean }).destroyed === true;
}

/**
 * Renders items in the chosen format (the whole text of these items; `streamItems` calls it page by page). JSON lines
 * and CSV keep ISO 8601 UTC for machines; the Markdown table is for people, with times in `timeZone`.
 */
export function exportItems(
  items: StoredItem[],
  format: ExportFormat,
  withHeader = true,
  timeZone = "UTC",
): string {
  const records = items.map(itemRecord);
  if (format === "jsonl") return records.map((r) => `${JSON.stringify(r)}\n`).join("");
  if (format === "csv") {
    const rows = records.map((r) => COLUMNS.map((column) => csvCell(r[column])));
    return stringify(withHeader ? [COLUMNS, ...rows] : rows);
  }
  const header = withHeader
    ? "| published | title | outlet | relevant | countries | topics | urgency |\n|---|---|---|---|---|---|---|\n"
    : "";
  return (
    header +
    records
      .map(
        (r) =>
          `| ${mdTime(r.published, timeZone)} | [${mdEscape(r.title)}](${r.url.replace(/[()]/g, encodeURIComponent)}) | ${mdEscape(r.outlet)} | ${r.relevant === null ? "" : r.relevant ? "yes" : "no"} | ${r.countries.join(", ")} | ${r.topics.join(", ")} | ${r.urgency ?? ""} |\n`,
      )
      .join("")
  );
}

/**
 * CSV cells never start a formula when a spreadsheet opens the file (OWASP CSV injection). Lists are joined
 * with "; "; entity mentions by their ids.
 */
function csvCell(value: unknown): string {
  const text = Array.isArray(value)
    ? value
        .map((v) => (v !== null && typeof v === "object" && "id" in v ? String(v.id) : String(v)))
        .join("; ")
    : value === null || value === undefined
      ? ""
      : String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function mdTime(iso: string, timeZone: string): string {
  const at = parseInstant(iso);
  return at ? formatTime(at, timeZone) : mdEscape(iso);
}

function mdEscape(text: string): string {
  return text.replace(/[|\\[\]<>*_`]/g, (ch) => `\\${ch}`).replace(/\s+/g, " ");
}
