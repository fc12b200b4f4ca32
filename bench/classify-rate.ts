/** classify_per_s: items classified per second on one core, over the real labelled headlines (title + summary). */
import { classifyItem } from "../src/classify/classify-item.js";
import { loadHeadlines } from "../tests/support/labelled-headlines.js";
import { atLeast, cpuMs, type Figures } from "./measure.js";

/** Classifies the real headlines round and round for about `seconds` of CPU and reports the rate. */
export function benchClassifyRate(options: { seconds: number }): Figures {
  const inputs = loadHeadlines().map((h) => ({
    title: h.title,
    summary: h.summary ?? "",
    outlet: h.outlet,
    url: h.url,
    language: "en",
  }));
  for (const input of inputs) classifyItem(input);
  let done = 0;
  let relevant = 0;
  const start = cpuMs();
  const budget = options.seconds * 1000;
  while (cpuMs() - start < budget) {
    for (const input of inputs) if (classifyItem(input).relevant) relevant += 1;
    done += inputs.length;
  }
  const perSecond = done / ((cpuMs() - start) / 1000);
  if (relevant === 0) throw new Error("no headline was classified relevant: the bench is not classifying");
  return { classify_per_s: atLeast(perSecond, "items/s", 50_000) };
}
