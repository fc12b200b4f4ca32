/** `tracewire export`: the archive as JSON lines, CSV or a Markdown table. */
import { stringify } from "csv-stringify/sync";
import type { StoredItem } from "../model/item.js";
import { formatTime, parseInstant } from "../render/format-time.js";
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
 * Renders items in the chosen format (the whole text; the archive fits in memory in pages of rows). JSON lines
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
