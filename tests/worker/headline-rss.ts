/**
 * RSS 2.0 documents made of real headlines (headlines-dev.jsonl), for feeds served on loopback: each item
 * keeps its outlet's title, summary and URL; publication times are set relative to the test's clock.
 */
import type { LabelledHeadline } from "../support/labelled-headlines.js";

/** An RSS 2.0 feed of the headlines, the first published `minutesAgo` before `now`, one hour apart. */
export function headlineRss(headlines: LabelledHeadline[], now: Date, minutesAgo = 5): string {
  const items = headlines.map((h, i) => {
    const at = new Date(now.getTime() - minutesAgo * 60_000 - i * 3_600_000).toUTCString();
    return [
      "<item>",
      `<title>${escapeXml(h.title)}</title>`,
      `<link>${escapeXml(h.url)}</link>`,
      `<guid isPermaLink="true">${escapeXml(h.url)}</guid>`,
      `<description>${escapeXml(h.summary ?? "")}</description>`,
      `<pubDate>${at}</pubDate>`,
      "</item>",
    ].join("");
  });
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Headlines</title><link>https://example.org/</link><description>Real headlines</description>${items.join("")}</channel></rss>`;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
