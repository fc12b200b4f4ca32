/**
 * Reads watchlist.json (or the file WATCHLIST_FILE names) and checks it with zod: every problem at once, each
 * naming the file, the entry and the field; a repeated id or alias owner is named too.
 */
import { ConfigError } from "../errors.js";
import { formatIssues } from "./format-issues.js";
import { parseConfigJson, readConfigText } from "./read-config-json.js";
import { type WatchlistEntry, watchlistFileSchema } from "./watchlist-schema.js";

/** Loads and validates a watchlist file. Throws ConfigError (exit code 2) with one line per problem. */
export function loadWatchlist(file: string): WatchlistEntry[] {
  const text = readConfigText(
    file,
    "set WATCHLIST_FILE to your watchlist, or use the watchlist.json shipped with tracewire",
  );
  return parseWatchlist(file, text);
}

/** Validates watchlist text; `file` is only used in messages. */
export function parseWatchlist(file: string, text: string): WatchlistEntry[] {
  const json = parseConfigJson(file, text);
  const result = watchlistFileSchema.safeParse(json);
  if (!result.success) throw new ConfigError(formatIssues(file, result.error.issues, json).join("\n"));
  const problems: string[] = [];
  const ids = new Map<string, number>();
  result.data.entries.forEach((entry, index) => {
    const first = ids.get(entry.id);
    if (first !== undefined)
      problems.push(`${file}: entries[${index}] (id "${entry.id}").id: duplicate of entries[${first}]`);
    ids.set(entry.id, index);
    for (const alias of entry.ambiguousAliases ?? []) {
      if (!entry.aliases.includes(alias))
        problems.push(
          `${file}: entries[${index}] (id "${entry.id}").ambiguousAliases: "${alias}" is not one of its aliases`,
        );
    }
    if ((entry.ambiguousAliases ?? []).length > 0 && (entry.context ?? []).length === 0)
      problems.push(
        `${file}: entries[${index}] (id "${entry.id}").context: ambiguous aliases need context words`,
      );
  });
  if (problems.length > 0) throw new ConfigError(problems.join("\n"));
  return result.data.entries;
}
