import { stripControlChars } from "../model/strip-control-chars.js";

/**
 * Makes feed text safe to lay out on one line: on top of the door's cleaning (C0 controls, DEL, unpaired
 * surrogates: model/strip-control-chars.ts), C1 controls, zero-width and bidi marks, BOMs and line separators
 * are removed, runs of whitespace become one space, ends are trimmed.
 */
export function cleanText(s: string | null | undefined): string {
  if (!s) return "";
  return stripControlChars(s)
    .replace(/[\u0080-\u009F\u200B-\u200F\u2028-\u202E\u2060-\u2064\uFEFF]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** A title given by the caller (a digest name, a search line), cleaned, or `fallback` when nothing is left. */
export function cleanTitle(title: string | null | undefined, fallback: string): string {
  return cleanText(title) || fallback;
}
