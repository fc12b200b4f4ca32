import type { FeedConfig } from "../model/feed.js";
import type { Item } from "../model/item.js";
import type { ParsedFeed, RawItem } from "../model/raw-item.js";
import { toUnicodeBurmese } from "../text/burmese-unicode.js";
import { itemLanguage } from "../text/item-language.js";
import { canonicalUrl, resolveUrl } from "./clean-url.js";
import { clipText, plainText } from "./decode-text.js";
import { identityKey, itemId, itemUrl } from "./item-key.js";
import { isUnstableAljazeeraGuid } from "./outlets/aljazeera.js";
import { decodeGoogleNewsLink, isGoogleNewsUrl, stripOutletSuffix } from "./outlets/google-news.js";
import { isPangeaUrl, stripBroadcastDate } from "./outlets/voa.js";
import { publishedTime } from "./published-time.js";

const TITLE_FROM_SUMMARY_CHARS = 100;

/**
 * One raw item as the program's Item, or null (with a warning pushed) when it has no text to show or no
 * http(s) URL to point at. Pure: the clock is `now`; nothing is fetched, so redirect links stay as published.
 */
export function normaliseItem(
  raw: RawItem,
  feed: FeedConfig,
  parsed: ParsedFeed,
  now: Date,
  warnings: string[] = [],
): Item | null {
  const site = resolveUrl(parsed.link, feed.url);
  const resolve = (link: string | null) => resolveUrl(link, site, feed.url);
  const link = resolve(raw.link);
  const origLink = resolve(raw.origLink);
  // A permalink guid counts as a link only when it looks like one: tagesschau's UUID guids claim isPermaLink
  // by omission (RSS 2.0 default) but are not URLs (tests/fixtures/feeds/tagesschau-rss2-de-2023.xml).
  const guidUrl =
    raw.guid !== null && raw.guidIsPermaLink && /^(?:https?:)?\/|^https?:/i.test(raw.guid)
      ? resolve(raw.guid)
      : null;
  const published = link ?? guidUrl ?? origLink;
  const google = published !== null && isGoogleNewsUrl(published);
  const articleUrl = origLink ?? (google ? (decodeGoogleNewsLink(published) ?? published) : published);
  const guid = raw.guid !== null && !isUnstableAljazeeraGuid(raw.guid) ? raw.guid : null;

  const outlet = google && raw.sourceName !== null ? plainText(raw.sourceName) || feed.outlet : feed.outlet;
  // Zawgyi-encoded Burmese becomes Unicode here, so matching, search and every message read real Burmese.
  let title = toUnicodeBurmese(plainText(raw.title ?? ""));
  if (google) title = stripOutletSuffix(title, outlet);
  if (published !== null && isPangeaUrl(published)) title = stripBroadcastDate(title);
  // Google News descriptions never carry the publisher's summary: only the title again, or a list of other
  // outlets' headlines (tests/fixtures/feeds/google-news-*.xml).
  let summary = google ? "" : clipText(toUnicodeBurmese(plainText(raw.summary ?? "")));
  if (summary === title) summary = "";
  if (title === "") title = clipText(summary, TITLE_FROM_SUMMARY_CHARS);
  const label = title || raw.guid || raw.link || "(untitled)";
  if (title === "") {
    warnings.push(`skipped an item with neither title nor summary (${label})`);
    return null;
  }

  const url = articleUrl ?? site ?? resolve(feed.url);
  if (url === null) {
    warnings.push(`skipped "${label}": no http(s) link, and the feed has no site link to fall back on`);
    return null;
  }
  const time = publishedTime(raw.published, now);
  if (time.warning !== null) warnings.push(`"${label}": ${time.warning}`);
  const key = identityKey({ feedId: feed.id, articleUrl, guid, title });
  const id = itemId(key);
  return {
    id,
    feedId: feed.id,
    outlet,
    // Without an article URL the site link stands in; the fragment keeps two such items from being one
    // item in the store, which keys on the canonical URL.
    url: articleUrl === null ? `${canonicalUrl(url)}#item-${id}` : itemUrl(articleUrl, guid),
    link: published ?? url,
    guid,
    title,
    summary,
    publishedAt: time.publishedAt,
    publishedEstimated: time.estimated,
    firstSeenAt: now.toISOString(),
    // The feed's language as feeds.json says it, else the item's own, else the feed document's; the script
    // corrects a declaration it contradicts, and detection fills in where nothing is declared.
    language: itemLanguage(
      feed.language ?? languageTag(raw.language ?? null) ?? languageTag(parsed.language),
      summary === "" ? title : `${title} ${summary}`,
    ),
  };
}

function languageTag(language: string | null): string | null {
  if (language === null) return null;
  try {
    return Intl.getCanonicalLocales(language.trim().replace(/_/g, "-"))[0] ?? null;
  } catch {
    return null;
  }
}
