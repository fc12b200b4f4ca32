import type { RawItem } from "../model/raw-item.js";
import { mapRssItem, type RssParserItem } from "./rss.js";
import { xmlText } from "./xml-text.js";

/**
 * Maps one RSS 1.0 (RDF) item onto RawItem. RDF items have no guid: the identity is rdf:about, or DW's
 * dwsyn:contentID when rdf:about is missing (tests/fixtures/feeds/dw-rdf-bosnian.xml); dates come from dc:date.
 */
export function mapRdfItem(item: RssParserItem): RawItem {
  const mapped = mapRssItem(item);
  const about = xmlText(item["rdf:about"]);
  const contentId = xmlText(item["dwContentId"]);
  return {
    ...mapped,
    guid: mapped.guid ?? about ?? contentId,
    guidIsPermaLink: about !== null && /^https?:\/\//i.test(about),
  };
}
