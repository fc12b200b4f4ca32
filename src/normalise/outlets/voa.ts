/**
 * VOA (Pangea CMS, also RFE/RL): podcast zones put the article URL in <guid> and have no <link>; descriptions
 * are often empty; podcast titles end with the broadcast date (" - July 13, 2022")
 * (tests/fixtures/feeds/voa-learningenglish-podcast-rss2-excerpt.xml). Empty descriptions become "" in normalise.
 */
const DATE_SUFFIX =
  / - (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}$/;
const PANGEA_HOSTS = /(?:^|\.)(?:voanews\.com|rferl\.org|slobodnaevropa\.org|rfa\.org)$/i;

/** True when a URL belongs to a Pangea-run site (VOA, RFE/RL). */
export function isPangeaUrl(url: string): boolean {
  try {
    return PANGEA_HOSTS.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

/** A Pangea podcast title without its trailing broadcast date, so the story reads like the article. */
export function stripBroadcastDate(title: string): string {
  const stripped = title.replace(DATE_SUFFIX, "").trim();
  return stripped === "" ? title : stripped;
}
