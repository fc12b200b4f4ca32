/**
 * DW (Deutsche Welle): every link in rss.dw.com's RDF and RSS feeds carries `?maca=<lang>-rss-<feed>-<id>-rdf`,
 * a per-feed tracking code, so the same article differs between feeds until it is removed
 * (tests/fixtures/feeds/dw-rdf-bosnian.xml). RDF items have no guid; parse/rdf.ts keys them by rdf:about.
 */
export const DW_TRACKING_PARAMS = ["maca"] as const;
