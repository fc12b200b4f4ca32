import type { ExpandPrefix } from "./fts-query.js";
import type { SqliteConnection } from "./sqlite-connection.js";

/** A word prefix stands for at most this many indexed words: the commonest (see prefixWords). */
export const PREFIX_WORDS = 24;

/** Sorts after every text that starts with the prefix (SQLite compares text as UTF-8 bytes). */
const AFTER = String.fromCodePoint(0x10ffff);

/**
 * The indexed words under a prefix, commonest first, at most PREFIX_WORDS (ExpandPrefix for toFtsQuery),
 * from the index's own vocabulary (an fts5vocab table in this connection's temp schema: no migration, nothing
 * stored). So "tr" is the commonest words starting with "tr", read newest first like any word, instead of
 * FTS5 merging the lists of every word under it; a rarer word under a short prefix is found by typing more.
 */
export function prefixWords(c: SqliteConnection): ExpandPrefix {
  c.db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.items_fts_words USING fts5vocab(main, items_fts, row)");
  const words = c.stmt(
    `SELECT term FROM temp.items_fts_words WHERE term >= ? AND term < ? ORDER BY doc DESC LIMIT ${PREFIX_WORDS}`,
  );
  return (prefix) => (words.all(prefix, prefix + AFTER) as { term: string }[]).map((row) => row.term);
}
