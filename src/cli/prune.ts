/** `tracewire prune [--days N]`: retention by hand (the worker prunes hourly when TRACEWIRE_RETENTION_DAYS is set). */
import { describePrune, pruneArchive } from "../commands/prune-archive.js";
import { positiveInt } from "./item-filters.js";
import { say, withContext } from "./with-context.js";

/** Prunes non-relevant items older than --days (else TRACEWIRE_RETENTION_DAYS) days; says so when neither is set. */
export async function pruneVerb(options: { days?: string }): Promise<void> {
  const flag = options.days === undefined ? undefined : positiveInt("--days", options.days, 1);
  await withContext(
    async (ctx) => {
      const days = flag ?? ctx.env.TRACEWIRE_RETENTION_DAYS;
      if (days === undefined) {
        say("retention is off: every item is kept (set TRACEWIRE_RETENTION_DAYS or pass --days N to prune)");
        return;
      }
      say(describePrune(await pruneArchive(ctx.store, days, new Date())));
    },
    { loadFeeds: false },
  );
}
