/**
 * `tracewire watchlist list|show|add|remove|alias add|alias remove|retag`: the store's watchlist (seeded once
 * from WATCHLIST_FILE). Every edit re-tags the archive at once and says how many items changed.
 */

import type { AppContext } from "../app/app-context.js";
import {
  addWatched,
  addWatchedAlias,
  removeWatched,
  removeWatchedAlias,
} from "../commands/edit-watchlist.js";
import { entityReport } from "../commands/entity-report.js";
import { retagArchive } from "../pipeline/retag-entities.js";
import {
  describeEntityWeeks,
  describeWatchedEntity,
  renderWatchlistTable,
  watchedEntityDetails,
} from "../render/watchlist-text.js";
import { say, withContext } from "./with-context.js";

const WHERE = "tracewire watchlist";

export interface WatchlistAddOptions {
  id?: string;
  kind?: string;
  country?: string[];
  alias?: string[];
  context?: string[];
}

/** Lists the watched entities as a table, or as JSON. */
export async function watchlistListVerb(options: { json?: boolean }): Promise<void> {
  await withContext(
    async (ctx) => {
      const entries = await ctx.store.listWatchlist();
      process.stdout.write(
        options.json ? `${JSON.stringify(entries, null, 2)}\n` : renderWatchlistTable(entries),
      );
    },
    { loadFeeds: false },
  );
}

/** One entity with its spellings, sources, latest stories and weekly counts. */
export async function watchlistShowVerb(id: string, options: { json?: boolean }): Promise<void> {
  await withContext(
    async (ctx) => {
      const report = await entityReport(ctx.store, id, new Date(), { where: WHERE });
      if (options.json) {
        say(JSON.stringify(report, null, 2));
        return;
      }
      say(describeWatchedEntity(report.entity));
      for (const line of watchedEntityDetails(report.entity)) say(`  ${line}`);
      say(describeEntityWeeks(report.weeks));
      say(report.stories.length === 0 ? "No stored item names it yet." : "Latest stories naming it:");
      for (const item of report.stories)
        say(`  ${item.publishedAt.slice(0, 10)}  ${item.title}  <${item.link}>`);
    },
    { loadFeeds: false },
  );
}

/** Adds an entity and re-tags the archive. */
export async function watchlistAddVerb(name: string, options: WatchlistAddOptions): Promise<void> {
  await withContext(
    async (ctx) => {
      const entity = await addWatched(
        ctx.store,
        {
          name,
          id: options.id,
          kind: options.kind,
          countries: (options.country ?? []).flatMap((c) => c.split(",")),
          aliases: options.alias,
          context: options.context,
        },
        WHERE,
      );
      say(`added ${describeWatchedEntity(entity)}`);
      await retagAndSay(ctx);
    },
    { loadFeeds: false },
  );
}

/** Removes an entity and re-tags the archive. */
export async function watchlistRemoveVerb(id: string): Promise<void> {
  await withContext(
    async (ctx) => {
      const entity = await removeWatched(ctx.store, id, WHERE);
      say(`removed ${entity.name} (${entity.id}) from the watchlist`);
      await retagAndSay(ctx);
    },
    { loadFeeds: false },
  );
}

/** Adds a spelling and re-tags the archive. */
export async function watchlistAliasAddVerb(id: string, alias: string): Promise<void> {
  await withContext(
    async (ctx) => {
      const { entity, added } = await addWatchedAlias(ctx.store, id, alias, WHERE);
      if (!added) {
        say(`${entity.id} already has the alias "${alias.trim()}"; nothing was changed`);
        return;
      }
      say(`added the alias "${alias.trim()}" to ${describeWatchedEntity(entity)}`);
      await retagAndSay(ctx);
    },
    { loadFeeds: false },
  );
}

/** Removes a spelling and re-tags the archive. */
export async function watchlistAliasRemoveVerb(id: string, alias: string): Promise<void> {
  await withContext(
    async (ctx) => {
      const entity = await removeWatchedAlias(ctx.store, id, alias, WHERE);
      say(`removed the alias "${alias.trim()}" from ${describeWatchedEntity(entity)}`);
      await retagAndSay(ctx);
    },
    { loadFeeds: false },
  );
}

/** Re-tags the archive with the watchlist as it is now. */
export async function watchlistRetagVerb(): Promise<void> {
  await withContext(retagAndSay, { loadFeeds: false });
}

async function retagAndSay(ctx: Pick<AppContext, "store">): Promise<void> {
  const result = await retagArchive(ctx.store);
  say(
    `re-tagged ${result.scanned} archived ${result.scanned === 1 ? "item" : "items"}: ` +
      `${result.changed} changed`,
  );
}
