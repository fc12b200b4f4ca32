/**
 * Makes feed text safe to lay out on one line: control characters (including ANSI escapes' ESC) and
 * unpaired surrogates are removed or replaced, runs of whitespace become one space, ends are trimmed.
 */
export function cleanText(s: string | null | undefined): string {
  if (!s) return "";
  return s
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD")
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2060-\u2064\uFEFF]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** A title given by the caller (a digest name, a search line), cleaned, or `fallback` when nothing is left. */
export function cleanTitle(title: string | null | undefined, fallback: string): string {
  return cleanText(title) || fallback;
}
