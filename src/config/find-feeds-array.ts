/**
 * Finds things in the text of a feeds.json without parsing it into values, so edits can touch only the bytes
 * they change: the top-level `feeds` array and each entry object in it. Strings are skipped over, so a URL
 * holding brackets or braces is never taken for structure. The text is assumed to be valid JSON.
 */
import { ConfigError } from "../errors.js";

/** The positions of `[` and `]` of the root object's "feeds" array, skipping over strings. */
export function findFeedsArray(text: string, where: string): { open: number; close: number } {
  let depth = 0;
  let open = -1;
  let lastString = "";
  let lastStringEnd = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      const j = stringEnd(text, i);
      lastString = text.slice(i + 1, j);
      lastStringEnd = j;
      i = j;
      continue;
    }
    if (c === "{" || c === "[") {
      depth += 1;
      const key = text.slice(lastStringEnd + 1, i).replace(/\s/g, "");
      if (c === "[" && depth === 2 && open < 0 && lastString === "feeds" && key === ":") open = i;
    } else if (c === "}" || c === "]") {
      depth -= 1;
      if (c === "]" && depth === 1 && open >= 0) return { open, close: i };
    }
  }
  throw new ConfigError('has no "feeds" array to add to', {
    where,
    hint: 'feeds.json is {"feeds": [ … ]}; see feeds.schema.json',
  });
}

/** The `{` and `}` positions of each object directly inside the feeds array, in order. */
export function findFeedEntries(text: string, where: string): { start: number; end: number }[] {
  const { open, close } = findFeedsArray(text, where);
  const entries: { start: number; end: number }[] = [];
  let depth = 0;
  let start = -1;
  for (let i = open + 1; i < close; i++) {
    const c = text[i];
    if (c === '"') {
      i = stringEnd(text, i);
    } else if (c === "{" || c === "[") {
      if (depth === 0) start = i;
      depth += 1;
    } else if (c === "}" || c === "]") {
      depth -= 1;
      if (depth === 0 && c === "}") entries.push({ start, end: i });
    }
  }
  return entries;
}

/** The index of the quote closing the string opened at `i`. */
function stringEnd(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length && text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
  return j;
}
