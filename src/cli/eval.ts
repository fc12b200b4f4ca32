/** `tracewire eval` (npm run eval): classifier quality on every labelled set, beside the keyword baseline. */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { runEvaluation } from "../commands/evaluate.js";

/** Where the labelled sets sit inside the package (shipped in the npm files and the Docker image). */
export const PACKAGED_SETS = "tests/fixtures/headlines";

/**
 * The labelled sets shipped with tracewire, found from this file (src/cli under tsx, dist/src/cli when built)
 * rather than the current directory, so `tracewire eval` works from anywhere and in the image.
 */
export function packagedSetsDir(from: string = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from);
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) return join(dirname(from), PACKAGED_SETS);
    dir = parent;
  }
  return join(dir, PACKAGED_SETS);
}

/**
 * Prints the evaluation table. With no --dir (or the default one) it reads the package's own sets; a --dir the
 * operator gives is read relative to the current directory.
 */
export async function evalVerb(options: { dir?: string; heldOutMisses?: boolean }): Promise<void> {
  const given = options.dir === undefined || options.dir === PACKAGED_SETS ? undefined : resolve(options.dir);
  const report = runEvaluation(given ?? packagedSetsDir(), given ? "--dir" : undefined, {
    heldOutMisses: options.heldOutMisses === true,
  });
  process.stdout.write(`${report}\n`);
}
