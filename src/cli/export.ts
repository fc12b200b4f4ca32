/** `tracewire export`: every stored item, one per row. */
import { type ExportFormat, streamItems } from "../commands/export-items.js";
import { processTimeZone } from "../render/format-time.js";
import { checkItemFilterCodes } from "./item-filter-codes.js";
import { type ItemFilterOptions, itemFilters } from "./item-filters.js";
import { withContext } from "./with-context.js";

/** Writes the archive to stdout in the chosen format, page by page (memory flat in the number of items). */
export async function exportVerb(options: ItemFilterOptions & { format: ExportFormat }): Promise<void> {
  checkItemFilterCodes(options);
  const filters = itemFilters(options);
  await withContext(
    async (ctx) => {
      await streamItems(ctx.store, filters, options.format, process.stdout, processTimeZone(ctx.env.TZ));
    },
    { loadFeeds: false },
  );
}
