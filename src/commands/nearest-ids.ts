/** The ids closest to a mistyped one, for "no entity has id …; the nearest are …" messages. */

/** Up to `count` ids nearest to `wanted` by edit distance (ties in the order given), the close ones only. */
export function nearestIds(wanted: string, ids: readonly string[], count = 3): string[] {
  const target = wanted.toLowerCase();
  return ids
    .map((id, order) => ({ id, order, distance: editDistance(target, id.toLowerCase()) }))
    .filter((c) => c.distance <= Math.max(3, Math.ceil(target.length / 2)) || c.id.includes(target))
    .sort((a, b) => a.distance - b.distance || a.order - b.order)
    .slice(0, count)
    .map((c) => c.id);
}

/** Levenshtein distance: insertions, deletions and substitutions. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
