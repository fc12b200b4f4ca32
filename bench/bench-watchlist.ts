/**
 * The watchlist the classify bench runs with (issue 17): the shipped watchlist.json, topped up to 200 entries
 * and 1,000 aliases with generated names in Latin, Chinese and Thai (two words, a four-character name, an
 * acronym, a Thai spelling), so the matcher is as large as a busy newsroom's list. Generated names are bench
 * load, not labelled data: nothing is judged on them.
 */
import { join } from "node:path";
import { type CompiledWatchlist, compileWatchlist } from "../src/classify/watchlist/compile-watchlist.js";
import { loadWatchedEntities } from "../src/config/load-watched-entities.js";
import type { WatchedEntity } from "../src/model/entity.js";

const LATIN = [
  "Golden",
  "Lotus",
  "Dragon",
  "Phoenix",
  "Mekong",
  "Royal",
  "Star",
  "Jade",
  "Pearl",
  "Ocean",
  "Silver",
  "Grand",
  "Oriental",
  "Pacific",
  "Sunrise",
  "Crown",
];
const NOUNS = [
  "Group",
  "Holdings",
  "Park",
  "City",
  "Resort",
  "Garden",
  "Tech",
  "Trading",
  "Company",
  "Compound",
];
const HAN = "金龙凤星海玉珠银皇太平东方富华盛泰德";
const THAI = ["โกลเด้น", "ดราก้อน", "ฟีนิกซ์", "แม่โขง", "รอยัล", "สตาร์", "เจด", "เพิร์ล"];

export interface BenchWatchlist {
  watchlist: CompiledWatchlist;
  entries: number;
  aliases: number;
}

/** The shipped entries plus generated ones, to `entries` entries and at least `aliases` aliases. */
export function benchWatchlist(root: string, entries = 200, aliases = 1_000): BenchWatchlist {
  const list: WatchedEntity[] = loadWatchedEntities(join(root, "watchlist.json"));
  let count = list.reduce((n, e) => n + e.aliases.length, 0);
  const extra = entries - list.length;
  const perEntry = Math.max(1, Math.ceil((aliases - count) / Math.max(1, extra)));
  for (let i = 0; i < extra; i++) {
    const a = LATIN[i % LATIN.length] as string;
    const b = LATIN[(i * 7 + 3) % LATIN.length] as string;
    const noun = NOUNS[i % NOUNS.length] as string;
    const han = [0, 1, 2, 3].map((k) => HAN[(i * (k + 3) + k) % HAN.length]).join("");
    const spellings = [
      `${a} ${b} ${noun} ${i}`,
      `${han}${i}`,
      `${a[0]}${b[0]}${noun[0]}${i}`,
      `${THAI[i % THAI.length]}${i}`,
      `${a} ${noun} ${i}`,
      `${b} ${a} ${i}`,
    ].slice(0, perEntry);
    count += spellings.length;
    list.push({
      id: `bench-${i}`,
      name: spellings[0] as string,
      kind: "company",
      countries: ["KH"],
      aliases: spellings,
      ambiguousAliases: [spellings[2] as string],
      context: ["casino", "scam"],
      sources: [],
      note: null,
    });
  }
  return { watchlist: compileWatchlist(list), entries: list.length, aliases: count };
}
