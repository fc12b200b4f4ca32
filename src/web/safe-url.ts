/** Links on the archive's pages and in its Atom feed are http(s) only: anything else (javascript:, data:) is dropped. */

/** The URL when it is an absolute http(s) URL, else null. */
export function safeHttpUrl(text: string | null | undefined): string | null {
  if (!text) return null;
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : null;
  } catch {
    return null;
  }
}
