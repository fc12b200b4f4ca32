/**
 * classify_per_s: items classified per second on one core, over the real labelled English headlines (title +
 * summary); classify_per_s_mixed: the same over every labelled set of every language (two thirds of them not
 * English), each item with the language its feed would declare, beside the English rate of the same run.
 */
import { fileURLToPath } from "node:url";
import { classifyItem } from "../src/classify/classify-item.js";
import type { CompiledWatchlist } from "../src/classify/watchlist/compile-watchlist.js";
import type { ClassifyInput } from "../src/model/classification.js";
import { toUnicodeBurmese } from "../src/text/burmese-unicode.js";
import {
  type LabelledHeadline,
  loadAllHeadlines,
  loadHeadlines,
} from "../tests/support/labelled-headlines.js";
import { benchWatchlist } from "./bench-watchlist.js";
import { atLeast, cpuMs, type Figures } from "./measure.js";

/** Items as the classify stage receives them: after normalise, so Zawgyi Burmese is already Unicode. */
function inputsOf(headlines: readonly LabelledHeadline[]): ClassifyInput[] {
  return headlines.map((h) => ({
    title: toUnicodeBurmese(h.title),
    summary: toUnicodeBurmese(h.summary ?? ""),
    outlet: h.outlet,
    url: h.url,
    language: h.language ?? "en",
  }));
}

/** Classifies the inputs round and round for about `seconds` of CPU; items per second. */
function rate(inputs: readonly ClassifyInput[], seconds: number, watchlist: CompiledWatchlist): number {
  for (const input of inputs) classifyItem(input, watchlist);
  let done = 0;
  let relevant = 0;
  const start = cpuMs();
  while (cpuMs() - start < seconds * 1000) {
    for (const input of inputs) if (classifyItem(input, watchlist).relevant) relevant += 1;
    done += inputs.length;
  }
  if (relevant === 0) throw new Error("no headline was classified relevant: the bench is not classifying");
  return done / ((cpuMs() - start) / 1000);
}

/** Both rates with a watchlist of 200 entries and 1,000 aliases (issue 17), as a busy deployment runs. */
export function benchClassifyRate(options: { seconds: number }): Figures {
  const { watchlist, entries, aliases } = benchWatchlist(fileURLToPath(new URL("..", import.meta.url)));
  process.stderr.write(`  classify: watchlist of ${entries} entries, ${aliases} aliases\n`);
  const english = rate(inputsOf(loadHeadlines()), options.seconds, watchlist);
  const mixed = rate(inputsOf(loadAllHeadlines()), options.seconds, watchlist);
  return {
    classify_per_s: atLeast(english, "items/s", 50_000),
    classify_per_s_mixed: atLeast(mixed, "items/s", 50_000, english),
  };
}
