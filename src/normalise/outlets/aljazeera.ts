/**
 * Al Jazeera (WordPress, www.aljazeera.com/xml/rss/all.xml): links carry `?traffic_source=rss`, and the guid
 * `https://www.aljazeera.com/?t=<unix time>` changes whenever the article is edited
 * (tests/fixtures/feeds/aljazeera-rss2-all-excerpt.xml), so it is no identity.
 */
export const ALJAZEERA_TRACKING_PARAMS = ["traffic_source"] as const;

const TIMESTAMP_GUID = /^https?:\/\/(?:www\.)?aljazeera\.(?:com|net)\/?\?t=\d+$/i;

/** True for Al Jazeera's edit-time guids (`?t=<unix time>`), which must not be used to recognise an item. */
export function isUnstableAljazeeraGuid(guid: string): boolean {
  return TIMESTAMP_GUID.test(guid.trim());
}
