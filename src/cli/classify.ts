/** `tracewire classify`: JSON lines in on stdin, one verdict per line out. */
import { classifyLines } from "../commands/classify-lines.js";

/** Exit code 2 when any line could not be classified (that line gets an {"error"} object). */
export async function classifyVerb(): Promise<void> {
  process.exitCode = await classifyLines(process.stdin, process.stdout);
}
