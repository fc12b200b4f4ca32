/** What a body looks like before any feed parser sees it. */
export type DocumentKind =
  | { kind: "xml"; root: string }
  | { kind: "html"; title: string | null }
  | { kind: "json" }
  | { kind: "empty" }
  | { kind: "other"; description: string };

const ROOT_ELEMENT = /<([A-Za-z_][\w:.-]*)[\s>/]/;

/** Tells XML (with its root element), HTML, JSON and everything else apart from the first characters. */
export function sniffDocument(text: string): DocumentKind {
  const head = text.replace(/^[\uFEFF\s]+/, "");
  if (head === "") return { kind: "empty" };
  if (head.startsWith("{") || head.startsWith("[")) return { kind: "json" };
  if (head.startsWith("<")) {
    const prologueless = head.replace(/^(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|\s)+/, "");
    if (/^<!DOCTYPE\s+html/i.test(prologueless)) return { kind: "html", title: htmlTitle(text) };
    const withoutDoctype = prologueless.replace(/^<!DOCTYPE\s[^[>]*(\[[\s\S]*?\]\s*)?>\s*/i, "");
    const root = withoutDoctype.match(ROOT_ELEMENT)?.[1];
    if (root === undefined)
      return { kind: "other", description: "text that starts like markup but has no element" };
    if (/^(?:[\w-]+:)?html$/i.test(root)) return { kind: "html", title: htmlTitle(text) };
    return { kind: "xml", root };
  }
  return { kind: "other", description: describeOther(head) };
}

function htmlTitle(text: string): string | null {
  const title = text.match(/<title[^>]*>([\s\S]*?)<\/title>/i)?.[1];
  if (title === undefined) return null;
  const clean = title
    .replace(/<[^>]*>/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (clean === "") return null;
  return clean.length <= 100 ? clean : `${clean.slice(0, 99).replace(/\s+\S*$/, "")}…`;
}

function describeOther(head: string): string {
  const sample = head.slice(0, 512);
  const odd = sample.match(/[\x00-\x08\x0E-\x1F\uFFFD]/g)?.length ?? 0;
  if (odd > sample.length / 20) return "binary data";
  const start = sample
    .slice(0, 40)
    .replace(/\s+/g, " ")
    .replace(/[^\x20-\x7E\u00A0-\uFFFC]/g, "?");
  return `text that is neither XML nor JSON (it starts "${start}")`;
}
