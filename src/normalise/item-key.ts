import { createHash } from "node:crypto";
import { canonicalPostUrl, canonicalUrl } from "./clean-url.js";

/** What an item's identity is built from, best first. */
export interface IdentityParts {
  feedId: string;
  /** The real article URL (feedburner:origLink, decoded Google News link, link, permalink guid), if any. */
  articleUrl: string | null;
  /** A guid that is stable (not Al Jazeera's edit-time `?t=` guid), if any. */
  guid: string | null;
  title: string;
}

/**
 * The canonical URL an item is known by. An item with its own guid keeps its link's in-page anchor: posts that
 * share one page (`…/26.html#a080605`, `…/26.html#a030658`) are different items. Without a guid the anchor
 * goes, as do tracking parameters, so the same article linked from two feeds stays one item.
 */
export function itemUrl(articleUrl: string, guid: string | null): string {
  return guid !== null && guid.trim() !== "" ? canonicalPostUrl(articleUrl) : canonicalUrl(articleUrl);
}

/**
 * The identity key of an item: its canonical article URL when there is one (the same story in two feeds is one
 * item), else its guid (global when it is a URI, scoped to the feed otherwise), else feed id plus title.
 */
export function identityKey(parts: IdentityParts): string {
  if (parts.articleUrl !== null && parts.articleUrl.trim() !== "")
    return `url:${itemUrl(parts.articleUrl, parts.guid)}`;
  const guid = parts.guid?.trim() ?? "";
  if (guid !== "") return /^[a-z][a-z0-9+.-]*:/i.test(guid) ? `guid:${guid}` : `guid:${parts.feedId}:${guid}`;
  return `title:${parts.feedId}:${parts.title.trim().toLowerCase()}`;
}

/** The stable item id for an identity key: the first 24 hex characters of its SHA-256. */
export function itemId(key: string): string {
  return createHash("sha256").update(key).digest("hex").slice(0, 24);
}
