/**
 * How well entity tagging does on labelled headlines: precision and recall of the (item, entity) tags, the
 * look-alikes that were tagged (a must-not), and the misses and false tags named, so a figure can be checked.
 * Only the ids the set labels are judged: a set labelled for fourteen names says nothing of a fifteenth.
 */
import type { EntityMention } from "../../model/entity.js";

/** One labelled headline: the ids its title or lead names; `lookalike` when it must name none. */
export interface EntityExample {
  title: string;
  summary?: string | null;
  language?: string | null;
  url?: string | null;
  entities: string[];
  lookalike?: string | null;
}

export interface EntityTagError {
  title: string;
  url: string | null;
  id: string;
  /** The alias tagged, for a false tag. */
  alias?: string;
}

export interface EntityEvaluation {
  examples: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  lookalikes: number;
  lookalikesTagged: EntityTagError[];
  misses: EntityTagError[];
  falseTags: EntityTagError[];
}

/** Scores a tagger against the examples, judging only the ids in `judged`. */
export function evaluateEntities(
  examples: readonly EntityExample[],
  tag: (example: EntityExample) => EntityMention[],
  judged: ReadonlySet<string>,
): EntityEvaluation {
  let tp = 0;
  const misses: EntityTagError[] = [];
  const falseTags: EntityTagError[] = [];
  const lookalikesTagged: EntityTagError[] = [];
  let lookalikes = 0;
  for (const example of examples) {
    const expected = new Set(example.entities);
    const mentions = tag(example).filter((m) => judged.has(m.id));
    const got = new Set(mentions.map((m) => m.id));
    const where = { title: example.title, url: example.url ?? null };
    if (example.lookalike) {
      lookalikes++;
      for (const m of mentions) lookalikesTagged.push({ ...where, id: m.id, alias: m.alias });
    }
    for (const id of expected) {
      if (got.has(id)) tp++;
      else misses.push({ ...where, id });
    }
    for (const m of mentions) if (!expected.has(m.id)) falseTags.push({ ...where, id: m.id, alias: m.alias });
  }
  const fp = falseTags.length;
  const fn = misses.length;
  return {
    examples: examples.length,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    lookalikes,
    lookalikesTagged,
    misses,
    falseTags,
  };
}
