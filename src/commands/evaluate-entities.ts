/**
 * `tracewire eval` on the entity sets: precision and recall of watchlist tagging on labelled real headlines
 * (tests/fixtures/entities/*.jsonl), per set, with every look-alike that was tagged named. A held-out set's
 * misses are listed only on request, like the relevance sets'.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { compileWatchlist } from "../classify/watchlist/compile-watchlist.js";
import {
  type EntityEvaluation,
  type EntityExample,
  evaluateEntities,
} from "../classify/watchlist/evaluate-entities.js";
import { tagEntities } from "../classify/watchlist/tag-entities.js";
import { UsageError } from "../errors.js";
import type { WatchedEntity } from "../model/entity.js";
import { readJsonLines } from "./read-json-lines.js";

/** Reads one entity set; a bad line is an error naming file and line. */
export function readEntitySet(path: string): EntityExample[] {
  return readJsonLines(path, "an entity set").map(({ row, where }) => {
    const r = row as Partial<EntityExample> | null;
    if (!r || typeof r.title !== "string" || !Array.isArray(r.entities))
      throw new UsageError('expected a "title" string and an "entities" array of watchlist ids', { where });
    return r as EntityExample;
  });
}

/** The figures of every entity set in a folder, judged on the ids each set labels plus the watchlist's. */
export function evaluateEntitySets(
  dir: string,
  entries: readonly WatchedEntity[],
): Array<{ name: string; evaluation: EntityEvaluation }> {
  if (!existsSync(dir)) return [];
  const watchlist = compileWatchlist(entries);
  const known = new Set(entries.map((e) => e.id));
  return readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()
    .map((file) => {
      const examples = readEntitySet(join(dir, file));
      // A set judges the names it was labelled for: an id no example carries is not counted against it.
      const judged = new Set(examples.flatMap((e) => e.entities).filter((id) => known.has(id)));
      const evaluation = evaluateEntities(
        examples,
        (e) => tagEntities(e, watchlist, e.language ?? undefined),
        judged,
      );
      return { name: file.replace(/\.jsonl$/, ""), evaluation };
    });
}

/** The printable entity table; empty when the folder holds no set. */
export function runEntityEvaluation(
  dir: string,
  entries: readonly WatchedEntity[],
  options: { heldOutMisses?: boolean } = {},
): string {
  const results = evaluateEntitySets(dir, entries);
  if (results.length === 0) return "";
  const lines = [
    "",
    `watchlist tagging (${entries.length} entries):`,
    `${"set".padEnd(24)}  ${"n".padStart(4)}  precision  recall  look-alikes tagged`,
  ];
  for (const { name, evaluation: e } of results) {
    lines.push(
      `${name.padEnd(24)}  ${String(e.examples).padStart(4)}  ${e.precision.toFixed(3).padStart(9)}  ${e.recall
        .toFixed(3)
        .padStart(6)}  ${e.lookalikesTagged.length} of ${e.lookalikes}`,
    );
  }
  for (const { name, evaluation: e } of results) {
    for (const t of e.lookalikesTagged)
      lines.push(`  ${name}: LOOK-ALIKE tagged ${t.id} as '${t.alias}' in ${t.title}`);
    if (/holdout/.test(name) && !options.heldOutMisses) continue;
    for (const m of e.misses) lines.push(`  ${name}: FN ${m.id} in ${m.title}`);
    for (const t of e.falseTags) lines.push(`  ${name}: FP ${t.id} as '${t.alias}' in ${t.title}`);
  }
  return `${lines.join("\n")}\n`;
}
