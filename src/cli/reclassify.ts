/** `tracewire reclassify`: the current classifier over items classified by an older version. */
import { CLASSIFIER_VERSION, classifyItem } from "../classify/classify-item.js";
import { say, withContext } from "./with-context.js";

const PAGE = 2000;

/** Re-classifies in pages until no item carries an older version; prints how many changed verdict. */
export async function reclassifyVerb(): Promise<void> {
  await withContext(
    async (ctx) => {
      let total = 0;
      let changed = 0;
      for (;;) {
        const items = await ctx.store.listItems({ notClassifiedWith: CLASSIFIER_VERSION, limit: PAGE });
        if (items.length === 0) break;
        const results = items.map((item) => ({
          itemId: item.id,
          classification: classifyItem(item, ctx.watchlist.compiled),
        }));
        changed += results.filter(
          (r, i) => items[i]?.classification?.relevant !== r.classification.relevant,
        ).length;
        await ctx.store.saveClassifications(results);
        total += items.length;
      }
      say(`reclassified ${total} items with classifier ${CLASSIFIER_VERSION}; ${changed} changed relevance`);
    },
    { loadFeeds: false },
  );
}
