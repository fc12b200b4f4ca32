/** `tracewire export`: every stored item, one per row. */
import { type ExportFormat, exportItems } from "../commands/export-items.js";
import { processTimeZone } from "../render/format-time.js";
import { checkItemFilterCodes } from "./item-filter-codes.js";
import { type ItemFilterOptions, itemFilters } from "./item-filters.js";
import { withContext } from "./with-context.js";

const PAGE = 100_000;

/** Writes the archive to stdout in the chosen format. */
export async function exportVerb(options: ItemFilterOptions & { format: ExportFormat }): Promise<void> {
  checkItemFilterCodes(options);
  const filters = itemFilters(options);
  await withContext(
    async (ctx) => {
      const items = await ctx.store.listItems({ ...filters, limit: PAGE * 10 });
      process.stdout.write(exportItems(items, options.format, true, processTimeZone(ctx.env.TZ)));
    },
    { loadFeeds: false },
  );
}
