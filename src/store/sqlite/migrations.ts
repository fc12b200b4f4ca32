/**
 * The SQLite schema as ordered, versioned migrations. Append new versions; never edit a released one.
 * Times are ISO 8601 UTC text (Date.toISOString), so text order is time order.
 */
import type Database from "better-sqlite3";
import { searchText } from "../../text/search-text.js";
import type { Migration } from "../schema.js";

/** A SQLite migration; its fill is given the open database, inside the migration's transaction. */
export type SqliteMigration = Migration<(db: Database.Database) => void>;

export const SQLITE_MIGRATIONS: readonly SqliteMigration[] = [
  {
    version: 1,
    sql: `
CREATE TABLE feed_states (
  feed_id TEXT PRIMARY KEY,
  url TEXT NOT NULL,
  etag TEXT,
  last_modified TEXT,
  last_status INTEGER,
  last_error TEXT,
  last_error_code TEXT,
  consecutive_failures INTEGER NOT NULL DEFAULT 0,
  last_polled_at TEXT,
  last_success_at TEXT,
  next_attempt_at TEXT,
  items_seen INTEGER NOT NULL DEFAULT 0,
  last_new_item_at TEXT
);

CREATE TABLE feed_leases (
  feed_id TEXT PRIMARY KEY,
  owner TEXT NOT NULL,
  lease_until TEXT NOT NULL
);

CREATE TABLE items (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  feed_id TEXT NOT NULL,
  outlet TEXT NOT NULL,
  url TEXT NOT NULL,
  link TEXT NOT NULL,
  guid TEXT,
  title TEXT NOT NULL,
  summary TEXT NOT NULL,
  published_at TEXT NOT NULL,
  published_estimated INTEGER NOT NULL DEFAULT 0,
  first_seen_at TEXT NOT NULL,
  language TEXT NOT NULL,
  story_id TEXT,
  relevant INTEGER,
  sea INTEGER,
  urgency TEXT,
  score REAL,
  topics TEXT,
  countries TEXT,
  reasons TEXT,
  class_version TEXT
);
CREATE UNIQUE INDEX items_url ON items(url);
CREATE UNIQUE INDEX items_guid ON items(guid) WHERE guid IS NOT NULL;
CREATE INDEX items_published ON items(published_at);
CREATE INDEX items_relevant_published ON items(relevant, published_at);
CREATE INDEX items_sea_published ON items(sea, published_at);
CREATE INDEX items_first_seen ON items(first_seen_at);
CREATE INDEX items_story ON items(story_id);
CREATE INDEX items_class_version ON items(class_version);

CREATE TABLE item_feeds (
  item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  feed_id TEXT NOT NULL,
  seen_at TEXT NOT NULL,
  PRIMARY KEY (item_id, feed_id)
) WITHOUT ROWID;
CREATE INDEX item_feeds_feed ON item_feeds(feed_id, item_id);

CREATE TABLE item_countries (
  country TEXT NOT NULL,
  item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  PRIMARY KEY (country, item_id)
) WITHOUT ROWID;
CREATE INDEX item_countries_item ON item_countries(item_id);

CREATE TABLE item_topics (
  topic TEXT NOT NULL,
  item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  PRIMARY KEY (topic, item_id)
) WITHOUT ROWID;
CREATE INDEX item_topics_item ON item_topics(item_id);

CREATE VIRTUAL TABLE items_fts USING fts5(
  title, summary, content='items', content_rowid='seq', tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER items_fts_insert AFTER INSERT ON items BEGIN
  INSERT INTO items_fts(rowid, title, summary) VALUES (new.seq, new.title, new.summary);
END;
CREATE TRIGGER items_fts_delete AFTER DELETE ON items BEGIN
  INSERT INTO items_fts(items_fts, rowid, title, summary) VALUES ('delete', old.seq, old.title, old.summary);
END;
CREATE TRIGGER items_fts_update AFTER UPDATE OF title, summary ON items BEGIN
  INSERT INTO items_fts(items_fts, rowid, title, summary) VALUES ('delete', old.seq, old.title, old.summary);
  INSERT INTO items_fts(rowid, title, summary) VALUES (new.seq, new.title, new.summary);
END;

CREATE TABLE subscriptions (
  id TEXT PRIMARY KEY,
  target TEXT NOT NULL,
  mode TEXT NOT NULL,
  filter TEXT NOT NULL,
  schedule TEXT NOT NULL,
  tz TEXT,
  quiet TEXT,
  created_at TEXT NOT NULL,
  backfill_hours REAL NOT NULL,
  state TEXT NOT NULL,
  last_error TEXT,
  last_delivery_at TEXT
);

CREATE TABLE outbox (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  subscription_id TEXT NOT NULL,
  story_id TEXT NOT NULL,
  mode TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'pending',
  attempts INTEGER NOT NULL DEFAULT 0,
  not_before TEXT NOT NULL,
  created_at TEXT NOT NULL,
  sent_at TEXT,
  message_id TEXT,
  last_error TEXT,
  owner TEXT,
  lease_until TEXT,
  UNIQUE (subscription_id, story_id)
);
CREATE INDEX outbox_due ON outbox(state, not_before);
CREATE INDEX outbox_lease ON outbox(state, lease_until);

CREATE TABLE digest_ticks (
  subscription_id TEXT NOT NULL,
  tick TEXT NOT NULL,
  taken_at TEXT NOT NULL,
  PRIMARY KEY (subscription_id, tick)
) WITHOUT ROWID;

CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
`,
  },
  {
    version: 2,
    sql: `
CREATE TABLE seen_requests (
  key TEXT PRIMARY KEY,
  expires_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX seen_requests_expiry ON seen_requests(expires_at);
`,
  },
  {
    // Search in every script (issue 16): the index holds searchText(title) and searchText(summary), which
    // tracewire writes with each new item (sqlite-items.ts), not the raw columns a trigger could copy. It is
    // contentless: deleting needs no copy of what was indexed, so a delete trigger stays plain SQL, and a text
    // segmented by another ICU version can still be deleted. Marks (M*) are part of words: the default
    // tokenizer cut Thai, Khmer and Burmese words apart at every vowel sign.
    version: 3,
    sql: `
DROP TRIGGER items_fts_insert;
DROP TRIGGER items_fts_update;
DROP TRIGGER items_fts_delete;
DROP TABLE items_fts;
CREATE VIRTUAL TABLE items_fts USING fts5(
  title, summary, content='', contentless_delete=1,
  tokenize="porter unicode61 remove_diacritics 2 categories 'L* N* Co M*'"
);
CREATE TRIGGER items_fts_delete AFTER DELETE ON items BEGIN
  DELETE FROM items_fts WHERE rowid = old.seq;
END;
`,
    fill(db) {
      // In batches: better-sqlite3 runs no statement while another one's rows are still being read.
      const batch = db.prepare("SELECT seq, title, summary FROM items WHERE seq > ? ORDER BY seq LIMIT 1000");
      const index = db.prepare("INSERT INTO items_fts (rowid, title, summary) VALUES (?, ?, ?)");
      let after = 0;
      for (;;) {
        const rows = batch.all(after) as { seq: number; title: string; summary: string }[];
        if (rows.length === 0) return;
        for (const row of rows) index.run(row.seq, searchText(row.title), searchText(row.summary));
        after = rows.at(-1)?.seq ?? after;
      }
    },
  },
  {
    // The watchlist (issue 17): the entities an item names (JSON, as classified), a lookup table for the
    // --entities filter and the weekly counts, and the watched entities themselves (kept here so slash commands
    // can edit them; seeded once from watchlist.json).
    version: 4,
    sql: `
ALTER TABLE items ADD COLUMN entities TEXT;

CREATE TABLE item_entities (
  entity TEXT NOT NULL,
  item_id TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
  PRIMARY KEY (entity, item_id)
) WITHOUT ROWID;
CREATE INDEX item_entities_item ON item_entities(item_id);

CREATE TABLE watchlist (
  id TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  entry TEXT NOT NULL
);
`,
  },
  {
    // Follow-ups in the alert's thread (issue 19). The outbox keeps one row per (subscription, story, report):
    // item_id '' is the story's own delivery, a follow-up row names the later report it carries. A delivered row
    // keeps where it went (channel_id with message_id: Slack channel + ts, Discord channel + message; thread_id
    // once a Discord thread is started on it). SQLite cannot drop a table constraint, so the table is rebuilt.
    // briefing_runs: one weekly briefing per (subscription, tick), marked sent only once the platform took it.
    version: 5,
    sql: `
CREATE TABLE outbox_v5 (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  subscription_id TEXT NOT NULL,
  story_id TEXT NOT NULL,
  item_id TEXT NOT NULL DEFAULT '',
  mode TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'pending',
  attempts INTEGER NOT NULL DEFAULT 0,
  not_before TEXT NOT NULL,
  created_at TEXT NOT NULL,
  sent_at TEXT,
  message_id TEXT,
  channel_id TEXT,
  thread_id TEXT,
  last_error TEXT,
  owner TEXT,
  lease_until TEXT,
  UNIQUE (subscription_id, story_id, item_id)
);
INSERT INTO outbox_v5 (id, subscription_id, story_id, mode, state, attempts, not_before, created_at, sent_at,
  message_id, last_error, owner, lease_until)
  SELECT id, subscription_id, story_id, mode, state, attempts, not_before, created_at, sent_at, message_id,
    last_error, owner, lease_until FROM outbox;
DROP TABLE outbox;
ALTER TABLE outbox_v5 RENAME TO outbox;
CREATE INDEX outbox_due ON outbox(state, not_before);
CREATE INDEX outbox_lease ON outbox(state, lease_until);
CREATE INDEX outbox_story ON outbox(story_id);

ALTER TABLE subscriptions ADD COLUMN follow_ups INTEGER NOT NULL DEFAULT 1;

CREATE TABLE briefing_runs (
  subscription_id TEXT NOT NULL,
  tick TEXT NOT NULL,
  state TEXT NOT NULL,
  owner TEXT,
  lease_until TEXT,
  sent_at TEXT,
  PRIMARY KEY (subscription_id, tick)
) WITHOUT ROWID;
`,
  },
  {
    // Feedback buttons (issue 20): one row per click; platform user ids only, never names. A person's second
    // click of the same kind on the same story takes the first back, so (platform, user, story, kind) is unique.
    version: 6,
    sql: `
CREATE TABLE feedback (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  story_id TEXT NOT NULL,
  item_id TEXT NOT NULL,
  subscription_id TEXT NOT NULL,
  channel TEXT NOT NULL,
  platform TEXT NOT NULL,
  user_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  class_version TEXT,
  created_at TEXT NOT NULL,
  UNIQUE (platform, user_id, story_id, kind)
);
CREATE INDEX feedback_subscription_story ON feedback(subscription_id, story_id, kind);
CREATE INDEX feedback_created ON feedback(created_at);
CREATE INDEX feedback_user ON feedback(user_id);
`,
  },
  {
    // A year of archive (issue 21, web): a feed's links by when they were seen, so /feeds, /healthz and the
    // silence check read each feed's latest links instead of grouping every link of the archive. It leads with
    // feed_id and ends with item_id (the key of this WITHOUT ROWID table), so it also serves what
    // item_feeds_feed (feed_id, item_id) served, which goes: one index kept per link, as before.
    version: 9,
    sql: `
CREATE INDEX item_feeds_feed_seen ON item_feeds(feed_id, seen_at);
DROP INDEX item_feeds_feed;
`,
  },
];
