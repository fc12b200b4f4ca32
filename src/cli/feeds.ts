/** `tracewire feeds`: every feed with its health. */
import { feedStatus } from "../commands/feed-status.js";
import { redactSecrets } from "../log.js";
import { renderFeedTable } from "../render/feed-table.js";
import { say, useColor, withContext } from "./with-context.js";

/**
 * Prints the feeds as aligned columns with relative times (colour for failing feeds at a terminal only), or
 * with --json every field as stored (ISO 8601 times).
 */
export async function feedsVerb(options: { json?: boolean }): Promise<void> {
  await withContext(async (ctx) => {
    const rows = await feedStatus(ctx.store, ctx.feeds, {
      silence: { days: ctx.env.TRACEWIRE_SILENT_DAYS, gapFactor: ctx.env.TRACEWIRE_SILENT_GAP_FACTOR },
    });
    if (options.json) {
      say(JSON.stringify(rows, null, 2));
      return;
    }
    const shown = rows.map((row) => ({ ...row, lastError: row.lastError && redactSecrets(row.lastError) }));
    process.stdout.write(renderFeedTable(shown, { now: new Date(), color: useColor() }));
  });
}
