/** `tracewire eval` (npm run eval): classifier quality on every labelled set, beside the keyword baseline. */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { compileWatchlist } from "../classify/watchlist/compile-watchlist.js";
import { runEvaluation } from "../commands/evaluate.js";
import { runEntityEvaluation } from "../commands/evaluate-entities.js";
import { loadWatchedEntities } from "../config/load-watched-entities.js";

/** Where the labelled sets sit inside the package (shipped in the npm files and the Docker image). */
export const PACKAGED_SETS = "tests/fixtures/headlines";

/**
 * The labelled sets shipped with tracewire, found from this file (src/cli under tsx, dist/src/cli when built)
 * rather than the current directory, so `tracewire eval` works from anywhere and in the image.
 */
export function packagedSetsDir(from: string = fileURLToPath(import.meta.url)): string {
  return join(packageRoot(from), PACKAGED_SETS);
}

/** The folder of the package (where package.json is), found from this file. */
function packageRoot(from: string = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from);
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) return dirname(from);
    dir = parent;
  }
  return dir;
}

/**
 * Prints the evaluation table. With no --dir (or the default one) it reads the package's own sets; a --dir the
 * operator gives is read relative to the current directory.
 */
export async function evalVerb(options: { dir?: string; heldOutMisses?: boolean }): Promise<void> {
  // Judged as tracewire runs: with the watchlist shipped beside the sets (names make relevance).
  const root = packageRoot();
  const entries = loadWatchedEntities(join(root, "watchlist.json"));
  const given = options.dir === undefined || options.dir === PACKAGED_SETS ? undefined : resolve(options.dir);
  const report = runEvaluation(given ?? packagedSetsDir(), given ? "--dir" : undefined, {
    heldOutMisses: options.heldOutMisses === true,
    watchlist: compileWatchlist(entries),
  });
  const entities = runEntityEvaluation(join(root, "tests/fixtures/entities"), entries, {
    heldOutMisses: options.heldOutMisses === true,
  });
  process.stdout.write(`${report}${entities}\n`);
}
