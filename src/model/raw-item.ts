/** The feed format a document was recognised as. */
export type FeedFormat = "rss2" | "rdf" | "atom" | "json";

/** One entry as the feed published it, before normalising: strings as found, nothing decoded twice. */
export interface RawItem {
  /** guid (RSS), rdf:about (RDF), id (Atom/JSON Feed); null when absent. */
  guid: string | null;
  /** Whether an RSS guid claims to be a permalink (isPermaLink, default true per RSS 2.0). */
  guidIsPermaLink: boolean;
  title: string | null;
  /** Article link as published (may be relative; may be a redirect). */
  link: string | null;
  /** feedburner:origLink or similar: the real article URL behind a redirect link. */
  origLink: string | null;
  /** Summary/description, possibly HTML with entities. */
  summary: string | null;
  /** Publication date as found (RFC 822, ISO 8601, …); null when absent. */
  published: string | null;
  /** Outlet named inside the item (e.g. Google News <source>), null when absent. */
  sourceName: string | null;
  sourceUrl: string | null;
  categories: string[];
  /** The item's own language (xml:lang on the item, dc:language, JSON Feed "language"); null when absent. */
  language?: string | null;
}

/** A parsed feed document. */
export interface ParsedFeed {
  format: FeedFormat;
  title: string | null;
  /** Site link of the feed, used to resolve relative item links. */
  link: string | null;
  language: string | null;
  items: RawItem[];
  /** What a lenient reader had to repair (encoding guessed, entities fixed, tags closed …). */
  warnings: string[];
}
