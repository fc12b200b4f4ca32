/**
 * Sets one feed's `enabled` in the text of a feeds.json, changing only the bytes that say it: an `"enabled"`
 * already written gets its value replaced in place; otherwise `"enabled": false` is added as the entry's last
 * field, in the entry's own layout (on its line, or on a line of its own at the fields' indentation; an
 * entry that would pass the line width is laid out one field a line, as biome formats it). Takes text,
 * returns text; the caller reads, checks and writes the file.
 */
import { LINE_WIDTH } from "./append-feeds.js";
import { findFeedEntries } from "./find-feeds-array.js";

/** `text` with feed `id` enabled or disabled; null when no entry has that id. */
export function setFeedEnabled(text: string, id: string, enabled: boolean, where: string): string | null {
  const entry = findFeedEntries(text, where).find(
    ({ start, end }) => (JSON.parse(text.slice(start, end + 1)) as { id?: unknown }).id === id,
  );
  if (!entry) return null;
  const object = text.slice(entry.start, entry.end + 1);
  const edited = editEntry(text, entry.start, object, enabled);
  return text.slice(0, entry.start) + edited + text.slice(entry.end + 1);
}

function editEntry(text: string, start: number, object: string, enabled: boolean): string {
  // Valid JSON cannot hold an unescaped `"enabled"` inside a string, so this only finds the key itself.
  const written = /("enabled"\s*:\s*)(true|false)/.exec(object);
  if (written) {
    return (
      object.slice(0, written.index) +
      written[1] +
      String(enabled) +
      object.slice(written.index + written[0].length)
    );
  }
  if (enabled) return object; // absent means enabled (FEED_DEFAULTS)
  const lastValue = object.slice(0, -1).trimEnd().length;
  const tail = object.slice(lastValue);
  if (!object.includes("\n")) {
    const lineStart = text.lastIndexOf("\n", start) + 1;
    const indent = /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? "";
    const oneLine = `${object.slice(0, lastValue)}, "enabled": false${tail}`;
    // The line holds the indent, the object and its trailing comma.
    if (indent.length + oneLine.length + 1 <= LINE_WIDTH) return oneLine;
    const fields = JSON.parse(object) as Record<string, unknown>;
    const newline = text.includes("\r\n") ? "\r\n" : "\n";
    const unit = /\n([ \t]+)"/.exec(text)?.[1] ?? "  "; // the root object's keys: the file's indent unit
    return JSON.stringify({ ...fields, enabled: false }, null, unit)
      .split("\n")
      .join(`${newline}${indent}`);
  }
  const fieldIndent = /\n([ \t]*)"/.exec(object)?.[1] ?? "  ";
  const newline = object.includes("\r\n") ? "\r\n" : "\n";
  return `${object.slice(0, lastValue)},${newline}${fieldIndent}"enabled": false${tail}`;
}
