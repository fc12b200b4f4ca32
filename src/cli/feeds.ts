/** `tracewire feeds`: every feed with its health. */
import { feedStatus } from "../commands/feed-status.js";
import { say, withContext } from "./with-context.js";

/** Prints one block per feed: id, outlet, state, last status, last error, items, last new item. */
export async function feedsVerb(options: { json?: boolean }): Promise<void> {
  await withContext(async (ctx) => {
    const rows = await feedStatus(ctx.store, ctx.feeds);
    if (options.json) {
      say(JSON.stringify(rows, null, 2));
      return;
    }
    for (const row of rows) {
      const status = row.lastStatus === null ? "-" : String(row.lastStatus);
      say(
        `${row.id}  ${row.outlet}  ${row.state}  HTTP ${status}  items ${row.itemsSeen}  last new ${row.lastNewItemAt ?? "never"}`,
      );
      if (row.lastError) say(`    last error: ${row.lastError}`);
      if (row.state === "failing" && row.nextAttemptAt) say(`    next attempt: ${row.nextAttemptAt}`);
    }
  });
}
