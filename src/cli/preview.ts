/** `tracewire preview ID`: the next digest's contents, and why each recent item was or was not routed. */
import { UsageError } from "../errors.js";
import { matchSubscription } from "../route/match-subscription.js";
import { positiveInt } from "./item-filters.js";
import { say, withContext } from "./with-context.js";

/** Prints pending stories first, then every recent item with the reason it matched or not. */
export async function previewVerb(id: string, options: { hours?: string }): Promise<void> {
  const hours = positiveInt("--hours", options.hours, 48);
  await withContext(
    async (ctx) => {
      const subscription = await ctx.store.getSubscription(id);
      if (!subscription)
        throw new UsageError(`no subscription with id "${id}" (see tracewire subscriptions)`);
      const pending = (
        await ctx.store.listOutbox({ subscriptionId: id, state: "pending", limit: 500 })
      ).filter((row) => row.mode === subscription.mode);
      const stories = await ctx.store.getStories(pending.map((row) => row.storyId));
      say(`${subscription.mode === "digest" ? "next digest" : "pending alerts"}: ${stories.length} stories`);
      for (const story of stories) {
        const also = story.also.length ? `  (also: ${story.also.map((i) => i.outlet).join(", ")})` : "";
        say(`  • ${story.lead.title} — ${story.lead.outlet}${also}`);
      }
      const since = new Date(Date.now() - hours * 3_600_000).toISOString();
      const recent = await ctx.store.listItems({ seenSince: since, limit: 500 });
      say("");
      say(`recent items (last ${hours} h): ${recent.length}`);
      for (const item of recent) {
        const verdict = matchSubscription(item, subscription);
        say(`  ${verdict.matched ? "routed " : "skipped"}  ${item.title.slice(0, 90)} — ${item.outlet}`);
        say(`           ${verdict.why}`);
      }
    },
    { loadFeeds: false },
  );
}
