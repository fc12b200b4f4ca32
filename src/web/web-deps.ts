/** What the web archive needs from the composition root: narrow store parts, the feeds, names, a clock, access settings. */
import type { WatchedEntity } from "../model/entity.js";
import type { FeedConfig } from "../model/feed.js";
import type { Store } from "../store/store.js";

export interface WebDeps {
  store: Pick<
    Store,
    | "listItems"
    | "searchItems"
    | "getItems"
    | "getStories"
    | "listOutbox"
    | "listSubscriptions"
    | "listFeedStates"
    | "countRelevantStoriesByWeek"
    | "relevantItemsMark"
    | "countItemsByFeed"
  >;
  feeds: FeedConfig[];
  /** The watched names (watchlist.json until the watchlist is in the store). */
  entities(): Promise<WatchedEntity[]>;
  now(): Date;
  /** TRACEWIRE_WEB_TOKEN: null keeps the archive to this machine. */
  token: string | null;
  /** TRACEWIRE_PUBLIC_URL: the archive's address for links in the Atom feed; null uses the request's Host. */
  publicUrl: string | null;
}
