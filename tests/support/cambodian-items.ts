/**
 * Real development headlines that the classifier places in Cambodia, one per language, as stored items: for
 * tests that a country tag finds reports in every language.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { classifyItem } from "../../src/classify/classify-item.js";
import type { Item } from "../../src/model/item.js";
import { itemIdFor } from "./build-item.js";

const HEADLINES = join(import.meta.dirname, "../fixtures/headlines");

interface Row {
  title: string;
  summary?: string;
  outlet: string;
  url: string;
  language?: string;
}

/** The first real development headline of a set that the classifier places in Cambodia, as a stored item. */
export function cambodianItem(set: string, language: string, published: string): Item {
  const rows = readFileSync(join(HEADLINES, `${set}.jsonl`), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Row);
  const row = rows.find((r) => {
    const verdict = classifyItem({ title: r.title, summary: r.summary ?? "", language });
    return verdict.relevant && verdict.countries.includes("KH");
  });
  if (!row) throw new Error(`no headline of ${set} is classified relevant in Cambodia: pick another set`);
  return {
    id: itemIdFor(row.url),
    feedId: `feed-${language}`,
    outlet: row.outlet,
    url: row.url,
    link: row.url,
    guid: null,
    title: row.title,
    summary: row.summary ?? "",
    publishedAt: published,
    publishedEstimated: false,
    firstSeenAt: published,
    language,
  };
}
