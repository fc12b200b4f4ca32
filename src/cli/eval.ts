/** `tracewire eval` (npm run eval): classifier quality on every labelled set, beside the keyword baseline. */
import { runEvaluation } from "../commands/evaluate.js";

/** Prints the evaluation table. */
export async function evalVerb(options: { dir: string }): Promise<void> {
  process.stdout.write(`${runEvaluation(options.dir)}\n`);
}
