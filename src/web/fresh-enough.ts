/**
 * A value kept for a while and refreshed behind the reader: weekly counts over the whole archive take a few
 * hundred milliseconds to group (every relevant item of 26 weeks), yet change only as new items arrive. The
 * first request waits for the value; later ones get the kept value at once, and one that finds it older than
 * `maxAgeMs` starts a single refresh for the next reader (stale-while-revalidate). A failed refresh keeps the
 * old value and is tried again by the next request.
 */

/** A getter for `load`'s value, at most `maxAgeMs` stale by the `now` clock once warm. */
export function freshEnough<T>(load: () => Promise<T>, now: () => Date, maxAgeMs: number): () => Promise<T> {
  let kept: { value: T; at: number } | null = null;
  let loading: Promise<T> | null = null;
  const refresh = (): Promise<T> => {
    loading ??= load()
      .then((value) => {
        kept = { value, at: now().getTime() };
        return value;
      })
      .finally(() => {
        loading = null;
      });
    return loading;
  };
  return async () => {
    if (kept === null) return refresh();
    if (now().getTime() - kept.at > maxAgeMs) refresh().catch(() => {});
    return kept.value;
  };
}
