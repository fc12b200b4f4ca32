/** A truncated document closed by appending its missing end tags. */
export interface ClosedXml {
  xml: string;
  /** Element names that were closed, innermost first. */
  closed: string[];
  /** True when a trailing item or entry was incomplete and was dropped. */
  droppedPartialItem: boolean;
}

const TOKEN =
  /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<(\/?)([A-Za-z_][\w:.-]*)(?:\s(?:[^>"']|"[^"]*"|'[^']*')*?)?(\/?)>/g;
const ITEM_ELEMENTS = new Set(["item", "entry"]);

/**
 * Closes a document that was cut short (a capture that stops after an </item>, a connection that dropped):
 * drops an unfinished trailing tag, comment or CDATA section and an unfinished last item, then appends the
 * end tags still open. Returns null when nothing is left open, i.e. the document is not merely truncated.
 */
export function closeTruncatedXml(xml: string): ClosedXml | null {
  const open: { name: string; start: number }[] = [];
  let end = 0;
  for (const match of xml.matchAll(TOKEN)) {
    end = match.index + match[0].length;
    const [, slash, name, selfClosing] = match;
    if (name === undefined || selfClosing === "/") continue;
    if (slash !== "/") {
      open.push({ name, start: match.index });
      continue;
    }
    const at = open.map((entry) => entry.name).lastIndexOf(name);
    if (at >= 0) open.length = at;
  }
  let text = xml;
  const danglingTag = xml.indexOf("<", end);
  if (danglingTag >= 0) text = xml.slice(0, danglingTag);
  if (open.length === 0) return null;

  let droppedPartialItem = false;
  const itemAt = open.findIndex((entry) => ITEM_ELEMENTS.has(entry.name.replace(/^.*:/, "")));
  if (itemAt >= 0) {
    text = text.slice(0, open[itemAt]!.start);
    open.length = itemAt;
    droppedPartialItem = true;
  }
  const closed = open.map((entry) => entry.name).reverse();
  return {
    xml: `${text.trimEnd()}${closed.map((name) => `</${name}>`).join("")}`,
    closed,
    droppedPartialItem,
  };
}
