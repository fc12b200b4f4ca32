/** `tracewire search QUERY`: newest-first hits from the archive. */
import { itemRecord } from "../commands/item-record.js";
import { searchArchive } from "../commands/search-archive.js";
import { UsageError } from "../errors.js";
import { processTimeZone } from "../render/format-time.js";
import { renderTerminalItemList } from "../render/terminal.js";
import { checkItemFilterCodes } from "./item-filter-codes.js";
import { type ItemFilterOptions, itemFilters, positiveInt } from "./item-filters.js";
import { say, useColor, withContext } from "./with-context.js";

/** Prints the hits, or a JSON array with --json. */
export async function searchVerb(
  query: string,
  options: ItemFilterOptions & { limit?: string; json?: boolean },
): Promise<void> {
  if (query.trim() === "")
    throw new UsageError("search: give the words to look for, e.g. tracewire search scam compound");
  const limit = positiveInt("--limit", options.limit, 20);
  checkItemFilterCodes(options);
  const filters = itemFilters(options);
  await withContext(
    async (ctx) => {
      const items = await searchArchive(ctx.store, { query, limit, order: "newest", ...filters });
      if (options.json) {
        say(JSON.stringify(items.map(itemRecord), null, 2));
        return;
      }
      if (items.length === 0) say(`no items match "${query}"`);
      const timeZone = processTimeZone(ctx.env.TZ);
      process.stdout.write(renderTerminalItemList(items, { now: new Date(), timeZone, color: useColor() }));
    },
    { loadFeeds: false },
  );
}
