/**
 * The store interface: everything tracewire keeps between runs, in parts — feeds, items (with their
 * stories), subscriptions, outbox, requests seen, feedback — plus the lifecycle of the database itself. A caller asks for the parts it
 * uses (`FeedStore & ItemStore`), the composition root holds the whole `Store`. Two implementations follow
 * the same contract (tests/store/*-contract.ts): SQLite (sqlite/, the embedded default) and Postgres
 * (postgres/, for several replicas); each builds its Store from one object per part (compose-store.ts).
 * Every method is async so both fit; every write that must not be half-done runs in one transaction.
 * Nothing above store/ writes SQL.
 */
import type { Classification, Topic } from "../model/classification.js";
import type { EntityMention, WatchedEntity } from "../model/entity.js";
import type { FeedState } from "../model/feed.js";
import type { Feedback, FeedbackKind, NewFeedback } from "../model/feedback.js";
import type { Item, StoredItem } from "../model/item.js";
import type { OutboxEntry, OutboxRow } from "../model/outbox.js";
import type { Story } from "../model/story.js";
import type { DeliveryMode, Subscription } from "../model/subscription.js";

/** Narrows listItems / searchItems. Every field is optional; all given fields must hold. */
export interface ItemQuery {
  /** Only items whose classification says relevant (true) or not (false). */
  relevant?: boolean;
  /** Only items whose classification says Southeast Asia. */
  sea?: boolean;
  /** ISO 3166-1 alpha-2, upper case. */
  country?: string;
  topic?: Topic;
  outlet?: string;
  feedId?: string;
  /** Published at or after (ISO 8601). */
  since?: string;
  /** First seen at or after (ISO 8601). */
  seenSince?: string;
  /** Published strictly before (ISO 8601): the end of a date range, or the next page after an item's time. */
  before?: string;
  /** The item's language tag as stored (e.g. "km", "en"). */
  language?: string;
  /** Default 50. */
  limit?: number;
  /** Only items classified with a version other than this one, or not classified at all. */
  notClassifiedWith?: string;
  /** Only items whose classification names any of these watched entity ids (an empty list filters nothing). */
  entities?: string[];
}

export interface ClaimOptions {
  now: Date;
  /** Who claims (a replica id), for diagnostics. */
  owner: string;
  /** A claim lapses after this many ms; an expired "sending" row can be claimed again (crash recovery). */
  leaseMs: number;
  limit: number;
  subscriptionId?: string;
  mode?: DeliveryMode;
}

/** What claimFeeds hands out: free feeds, not polled this cycle, due (unless the schedule is ignored). */
export interface FeedClaimOptions {
  /** The feeds to choose from (ids), in the order they should be handed out. */
  feedIds: string[];
  /** Who claims (a replica id): the leases are taken in this name. */
  owner: string;
  now: Date;
  /** Each lease lapses after this many ms; a lapsed lease is taken over. */
  leaseMs: number;
  /** At most this many feeds per call. */
  limit: number;
  /** Skip feeds polled at or after this time: another replica polled them during this cycle. */
  polledSince?: Date;
  /** Hand out feeds whose next attempt lies in the future too, except those a rate limit told to wait. */
  ignoreSchedule?: boolean;
}

/** The database itself: schema, reachability, housekeeping, and small key/value facts. */
export interface StoreLifecycle {
  readonly kind: "sqlite" | "postgres";

  /** Applies pending migrations (idempotent; safe when several processes start together). */
  migrate(): Promise<void>;
  /** Throws StoreError when the store cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
  /** Statements this process sent to the database so far (diagnostics; the Postgres store counts them). */
  statementCount?(): number;
  /**
   * What the store is waiting for right now, for /healthz (e.g. "SQLite write lock on … held by another
   * process since …"); null when nothing is waiting. Waiting never blocks the event loop.
   */
  waitingFor(): string | null;
  /**
   * Refreshes the query planner's statistics and compacts the search index, as after a bulk write (`db copy`,
   * a large import): searches right after one otherwise read far more than they need. Safe at any time.
   */
  optimize(): Promise<void>;

  /** A small fact kept between runs (last poll time, …); null when never set. */
  getMeta(key: string): Promise<string | null>;
  setMeta(key: string, value: string): Promise<void>;
}

/** Feed health (validators, failures, next attempt) and the polling lease on each feed. */
export interface FeedStore {
  getFeedState(feedId: string): Promise<FeedState | null>;
  saveFeedState(state: FeedState): Promise<void>;
  listFeedStates(): Promise<FeedState[]>;
  /**
   * Takes the polling lease on a feed until now + leaseMs. False when another owner holds an unexpired
   * lease. Re-claiming one's own lease succeeds.
   */
  claimFeed(feedId: string, owner: string, now: Date, leaseMs: number): Promise<boolean>;
  /**
   * Takes the polling leases of up to `limit` feeds among `feedIds` that nobody else holds (or whose lease
   * lapsed), that were not polled since `polledSince`, and that are due (their next attempt reached, unless
   * `ignoreSchedule` and no rate limit asked to wait); returns their ids in `feedIds` order. Replica-safe: two
   * owners never get the same feed, and replicas claiming together skip each other's picks instead of waiting,
   * so a feed costs the same few statements whatever the number of replicas.
   */
  claimFeeds(options: FeedClaimOptions): Promise<string[]>;
  releaseFeed(feedId: string, owner: string): Promise<void>;
}

/** Items with their classifications, the feeds that carried them, full-text search, and stories. */
export interface ItemStore {
  /**
   * Stores the items not seen before and returns only those. Identity is the canonical URL, else the guid:
   * an item whose url or guid is already stored is not stored again (its feed is recorded as having seen it).
   * Safe under concurrency: two processes inserting the same item store it once. With `classify`, each new
   * item's classification is computed and stored in the same transaction, so no item is ever stored without
   * one; the returned items carry it.
   */
  insertItems(items: Item[], classify?: (item: Item) => Classification): Promise<StoredItem[]>;
  saveClassifications(results: { itemId: string; classification: Classification }[]): Promise<void>;
  getItems(ids: string[]): Promise<StoredItem[]>;
  /** Newest published first. */
  listItems(query: ItemQuery): Promise<StoredItem[]>;
  /**
   * Full-text search over title and summary; best match first, newest first among equals. Only the newest
   * 3,000 matches (most recently stored) are ranked, items with every word in the title first, so a word in a
   * third of the archive answers as fast as a rare one (both backends).
   */
  searchItems(text: string, query: ItemQuery): Promise<StoredItem[]>;
  countItems(): Promise<number>;
  /**
   * One page of listItems' order (newest published first) after `after` (null: from the start), at most `limit`;
   * `next` is the cursor for the following page, null after the last. Pages hold steady while items are added
   * (an item published later than the cursor is not seen), so `tracewire export` streams in flat memory.
   */
  pageItems(
    query: ItemQuery,
    after: string | null,
    limit: number,
  ): Promise<{ items: StoredItem[]; next: string | null }>;
  /**
   * Removes up to `batch` old non-relevant items in one transaction, with their feeds, search and lookup
   * entries; returns how many (fewer than `batch`: nothing older is left). An item goes when its classification
   * says not relevant, it was published and first seen before `before` (ISO 8601), and its story (it as lead or
   * member) has no relevant item, no item published or first seen since `before`, and no outbox row.
   */
  pruneItems(before: string, batch: number): Promise<number>;

  /** Puts items into stories (itemId → storyId; a story's id is its lead item's id). */
  assignStories(assignments: { itemId: string; storyId: string }[]): Promise<void>;
  /** Stories with their lead and the other items, in the order of the ids given. */
  getStories(storyIds: string[]): Promise<Story[]>;
}

/** Who gets what where, each subscription's delivery health, and the digest ticks already taken. */
export interface SubscriptionStore {
  addSubscription(subscription: Subscription): Promise<void>;
  /**
   * Adds the subscription unless one with the same target, mode, filter, schedule and zone exists
   * (same-subscription.ts); then returns that one's id with added false. Atomic across processes and
   * replicas: two identical subscribe commands at once leave one subscription.
   */
  addSubscriptionOnce(subscription: Subscription): Promise<{ id: string; added: boolean }>;
  getSubscription(id: string): Promise<Subscription | null>;
  listSubscriptions(): Promise<Subscription[]>;
  /** Removes the subscription with its undelivered outbox rows; sent and failed rows stay as history. */
  removeSubscription(id: string): Promise<boolean>;
  setSubscriptionState(
    id: string,
    state: Subscription["state"],
    lastError: string | null,
    lastDeliveryAt?: string,
  ): Promise<void>;

  /** Records that a digest tick (e.g. subscription id + scheduled minute) was taken; false if it already was. */
  claimDigestTick(subscriptionId: string, tick: string): Promise<boolean>;
}

/** The durable hand-off to delivery: one row per (subscription, story) until the platform accepted it. */
export interface OutboxStore {
  /** Adds rows; existing (subscription, story) pairs are left alone. Returns how many were added. */
  enqueue(entries: OutboxEntry[]): Promise<number>;
  /**
   * Moves due rows (pending with notBefore <= now, or sending with an expired lease) to "sending" for this
   * owner and returns them, oldest first. Replica-safe: a row is claimed by one owner at a time.
   */
  claimOutbox(options: ClaimOptions): Promise<OutboxRow[]>;
  /**
   * Marks rows sent with the platform's id of the message that carried them, and (when known) the channel it
   * went to as the platform names it: what a follow-up needs to reply in that message's thread.
   */
  markSent(ids: number[], messageId: string | null, now: Date, channelId?: string | null): Promise<void>;
  /** Records the Discord thread started on a delivered row's message (follow-ups go into it). */
  setThreadId(id: number, threadId: string): Promise<void>;
  /** Every outbox row (any state, any subscription) of these stories, oldest first: who got which story. */
  listStoryDeliveries(storyIds: string[]): Promise<OutboxRow[]>;
  /** Back to pending, not before the given time (rate limits, 5xx). attempts += 1 unless rateLimited. */
  markRetry(ids: number[], notBefore: Date, error: string, rateLimited: boolean): Promise<void>;
  /** Gives up on rows (the target is gone). */
  markFailed(ids: number[], error: string): Promise<void>;
  listOutbox(query: {
    subscriptionId?: string;
    /** Only the rows carrying this story (the web archive's "sent to" list). */
    storyId?: string;
    state?: OutboxRow["state"];
    limit?: number;
  }): Promise<OutboxRow[]>;

  /**
   * Adds outbox rows as they are (state, attempts, message id, times) — for `tracewire db copy`.
   * Rows whose (subscription, story) pair exists already are left alone. Returns how many were added.
   */
  importOutbox(rows: OutboxRow[]): Promise<number>;

  /** Owners (replica ids) that hold a feed lease or an outbox claim ("sending" rows) right now. */
  listClaimOwners(): Promise<string[]>;
  /**
   * Releases every feed lease and outbox claim of these owners — processes known to be dead (a crash, kill -9):
   * their "sending" rows go back to pending, due at once, attempts unchanged. Returns the outbox rows released.
   */
  releaseClaims(owners: string[]): Promise<number>;
}

/**
 * The weekly briefings (issue 19): one run per (subscription, tick), claimed with a lease like outbox rows and
 * marked sent only once the platform took the file and the message. A run whose owner died before that
 * (lease lapsed) is claimed again, so a crash repeats at most that briefing, and a sent one never repeats.
 */
export interface BriefingStore {
  /**
   * Takes the run (subscription, tick) for owner until now + leaseMs: true when it was new, or pending with a
   * lapsed lease (or already this owner's). False when sent, or held by another owner. Replica-safe.
   */
  claimBriefing(
    subscriptionId: string,
    tick: string,
    owner: string,
    now: Date,
    leaseMs: number,
  ): Promise<boolean>;
  /** Marks a run sent (the platform accepted it). */
  markBriefingSent(subscriptionId: string, tick: string, now: Date): Promise<void>;
  /** Lets a run go (it failed): another pass may claim it at once. */
  releaseBriefing(subscriptionId: string, tick: string): Promise<void>;
  /**
   * Per feed, the published times of its newest items (at most perFeed, newest first): the history feed health
   * reads a feed's usual gap from.
   */
  listFeedItemTimes(perFeed: number): Promise<{ feedId: string; publishedAt: string }[]>;
}

/** Requests already answered (signed Slack and Discord requests), so a replay within its time to live is refused. */
export interface RequestStore {
  /**
   * Records key (a request signature) as seen until now + ttlMs and returns true, or returns false when it was
   * already seen and has not expired: a replay. Expired keys are pruned. Atomic across processes and replicas:
   * of two callers with the same key at once, exactly one gets true.
   */
  rememberRequest(key: string, now: Date, ttlMs: number): Promise<boolean>;
}

/** Narrows listFeedback. Every field is optional; all given fields must hold. */
export interface FeedbackQuery {
  /** Clicked at or after (ISO 8601). */
  since?: string;
  subscriptionId?: string;
  /** The target as stored, e.g. `slack:C0123ABCD`. */
  channel?: string;
  /** Default 10,000. */
  limit?: number;
}

/** Clicks on the feedback buttons of alerts and digests (issue 20): platform user ids only, never names. */
export interface FeedbackStore {
  /**
   * Records a click, or takes back the same person's earlier click of the same kind on the same story: one
   * mark per (platform, user, story, kind). Returns whether it was added, and the row added or taken back.
   * Atomic across processes: two identical clicks at once leave no mark, as two clicks in a row do.
   */
  toggleFeedback(entry: NewFeedback): Promise<{ added: boolean; feedback: Feedback }>;
  /** Oldest first. */
  listFeedback(query?: FeedbackQuery): Promise<Feedback[]>;
  /** Removes one click by id (an admin's undo); returns it, or null when there was none. */
  removeFeedback(id: number): Promise<Feedback | null>;
  /** Removes every click by this platform user id (a privacy request); returns how many. */
  forgetFeedbackUser(userId: string): Promise<number>;
  /** Whether anyone marked this story not relevant for this subscription (no follow-ups go there then). */
  isMarkedNotRelevant(subscriptionId: string, storyId: string): Promise<boolean>;
  /** Clicks kept, by kind (every kind present, zero when none). */
  countFeedbackByKind(): Promise<Record<FeedbackKind, number>>;
}

/** A classified item as entity tagging reads it: its text, and the entities it names now. */
export interface TaggableItem {
  id: string;
  title: string;
  summary: string;
  outlet: string;
  url: string;
  language: string;
  entities: EntityMention[];
}

/** Items naming one entity in one week: the week starts at `start` (ISO 8601) and lasts seven days. */
export interface EntityWeek {
  start: string;
  count: number;
}

/**
 * The watchlist (issue 17): watched entities kept in the store so the CLI and slash commands can edit them,
 * a revision that changes with every edit (replicas recompile when it moves), and the entity tags of items.
 */
export interface WatchlistStore {
  /** Every watched entity, in the order they were added (the file's order for a seeded watchlist). */
  listWatchlist(): Promise<WatchedEntity[]>;
  getWatchedEntity(id: string): Promise<WatchedEntity | null>;
  /** Adds the entity, or replaces the one with its id (keeping its place). True when it was new. */
  putWatchedEntity(entity: WatchedEntity): Promise<boolean>;
  /** False when no entity has this id. */
  removeWatchedEntity(id: string): Promise<boolean>;
  /** Adds an alias (kept once); the entity after the change, or null when no entity has this id. */
  addWatchedAlias(id: string, alias: string): Promise<WatchedEntity | null>;
  /** Removes an alias (from its ambiguous aliases too); the entity after, or null when no entity has this id. */
  removeWatchedAlias(id: string, alias: string): Promise<WatchedEntity | null>;
  /**
   * Fills the watchlist with `entries` the first time only: once seeded (even if every entry was removed since),
   * later calls change nothing, so an operator's removals survive a restart. True when it seeded.
   */
  seedWatchlist(entries: WatchedEntity[]): Promise<boolean>;
  /** A number that changes with every edit of the watchlist (0 before the first). */
  watchlistRevision(): Promise<number>;

  /** Classified items in storage order after `after` (null: from the start), at most `limit`, for re-tagging. */
  listTaggableItems(
    after: string | null,
    limit: number,
  ): Promise<{ items: TaggableItem[]; next: string | null }>;
  /** Replaces the entity tags of classified items (items.entities and item_entities); nothing else changes. */
  saveEntities(results: { itemId: string; entities: EntityMention[] }[]): Promise<void>;
  /** Items published naming the entity in each of the last `weeks` weeks up to `now`, oldest week first. */
  entityWeeklyCounts(entityId: string, weeks: number, now: Date): Promise<EntityWeek[]>;
}

/** One week's count of stories for one country or topic (the web archive's /trends). */
export interface WeeklyCount {
  /** The Monday (UTC) the week starts on, YYYY-MM-DD. */
  week: string;
  dimension: "country" | "topic";
  /** The country code or topic. */
  key: string;
  /** Distinct stories (an ungrouped item is its own story). */
  stories: number;
}

/** Counts over the archive for the web archive's charts and feed health, computed in the database. */
export interface ArchiveStatsStore {
  /**
   * Relevant stories published at or after `since` (and before `until` when given), per UTC week (Monday) and
   * per country and per topic.
   */
  countRelevantStoriesByWeek(since: string, until?: string): Promise<WeeklyCount[]>;
  /**
   * A mark of the relevant items published in [since, until): it changes when one is added, pruned, or becomes
   * relevant or not (not when a relevant item's countries, topics or story change). Cheap: an index range.
   */
  relevantItemsMark(since: string, until: string): Promise<string>;
  /** How many items each feed carried (first seen in it) at or after `since`; feeds with none are left out. */
  countItemsByFeed(since: string): Promise<{ feedId: string; items: number }[]>;
}

/** Everything tracewire keeps: the parts and the database's lifecycle. */
export interface Store
  extends StoreLifecycle,
    FeedStore,
    ItemStore,
    SubscriptionStore,
    OutboxStore,
    RequestStore,
    BriefingStore,
    FeedbackStore,
    WatchlistStore,
    ArchiveStatsStore {}
