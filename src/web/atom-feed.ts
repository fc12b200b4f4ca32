/**
 * `/feed.xml?…`: any filtered view of the archive as an Atom feed (RFC 4287), so a feed reader can follow
 * "Cambodia, rescue_repatriation". Every text is XML-escaped and links are http(s) only.
 */
import type { StoredItem } from "../model/item.js";
import { escapeHtml } from "./html.js";
import { safeHttpUrl } from "./safe-url.js";
import { storyPath } from "./story-line.js";

export interface AtomInput {
  title: string;
  /** The archive's base URL, e.g. https://archive.example.org (no trailing slash). */
  base: string;
  /** This feed's own path with its query. */
  selfPath: string;
  items: StoredItem[];
  now: Date;
}

// escapeHtml writes numeric references (&#60;), which XML reads as well.
const x = escapeHtml;

/** The Atom document. */
export function atomFeed(input: AtomInput): string {
  const updated = input.items[0]?.publishedAt ?? input.now.toISOString();
  const entries = input.items.map((item) => {
    const page = `${input.base}${storyPath(item)}`;
    const outlet = safeHttpUrl(item.link) ?? safeHttpUrl(item.url);
    const c = item.classification;
    return `<entry>
<id>urn:tracewire:story:${x(item.storyId ?? item.id)}</id>
<title type="text">${x(item.title)}</title>
<link rel="alternate" type="text/html" href="${x(page)}"/>
${outlet ? `<link rel="related" type="text/html" href="${x(outlet)}"/>` : ""}
<updated>${x(item.publishedAt)}</updated>
<published>${x(item.publishedAt)}</published>
<author><name>${x(item.outlet)}</name></author>
${(c?.countries ?? []).map((code) => `<category term="${x(code)}" label="country"/>`).join("")}${(c?.topics ?? []).map((topic) => `<category term="${x(topic)}" label="topic"/>`).join("")}
<summary type="text">${x(item.summary)}</summary>
</entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<id>${x(input.base + input.selfPath)}</id>
<title type="text">${x(input.title)}</title>
<link rel="self" type="application/atom+xml" href="${x(input.base + input.selfPath)}"/>
<link rel="alternate" type="text/html" href="${x(input.base + input.selfPath.replace(/^\/feed\.xml/, "/"))}"/>
<updated>${x(updated)}</updated>
<generator>tracewire</generator>
${entries.join("\n")}
</feed>
`;
}
