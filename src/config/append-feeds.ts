/**
 * Adds feed entries to the text of a feeds.json without reformatting the rest: the new entries go at the end of
 * the `feeds` array, written in the file's own style (indentation, one line or many, line endings). Takes text,
 * returns text; the caller reads and writes the file.
 */
import { findFeedsArray } from "./find-feeds-array.js";

/** The line width biome formats feeds.json to (biome.json `lineWidth`). */
export const LINE_WIDTH = 110;

/** `text` with `entries` appended to its top-level `feeds` array. */
export function appendFeeds(
  text: string,
  entries: readonly Record<string, unknown>[],
  where: string,
): string {
  if (entries.length === 0) return text;
  const { open, close } = findFeedsArray(text, where);
  const inner = text.slice(open + 1, close);
  const newline = text.includes("\r\n") ? "\r\n" : "\n";
  let insert: string;
  let at = close;
  if (!inner.includes("\n")) {
    // One line: `"feeds": [{…}, {…}]` stays on one line.
    const separator = /,\s/.test(inner) || /^\s/.test(inner) ? ", " : ",";
    const items = entries.map((e) => JSON.stringify(e)).join(separator);
    insert = inner.trim() === "" ? items : `${separator}${items}`;
    at = inner.trim() === "" ? close : open + 1 + inner.trimEnd().length;
  } else {
    const closingIndent = /([ \t]*)$/.exec(inner)?.[1] ?? "";
    const elementIndent = /\n([ \t]+)\S/.exec(inner)?.[1] ?? `${closingIndent}  `;
    const unit = elementIndent.slice(closingIndent.length) || "  ";
    // Files formatted like the shipped feeds.json keep short entries on one line (`{ "id": "x", … }`).
    const inline = /\n[ \t]*\{ "/.test(inner);
    const items = entries.map((e) => {
      const one = `{ ${Object.entries(e)
        .map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`)
        .join(", ")} }`;
      if (inline && elementIndent.length + one.length + 1 <= LINE_WIDTH) return elementIndent + one;
      return elementIndent + JSON.stringify(e, null, unit).split("\n").join(`${newline}${elementIndent}`);
    });
    if (inner.trim() === "") {
      insert = `${newline}${items.join(`,${newline}`)}${newline}${closingIndent}`;
      at = open + 1;
      return text.slice(0, at) + insert + text.slice(close);
    }
    insert = `,${newline}${items.join(`,${newline}`)}`;
    at = open + 1 + inner.trimEnd().length;
  }
  return text.slice(0, at) + insert + text.slice(at);
}
