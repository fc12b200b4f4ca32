import { createInterface } from "node:readline";
import { classifyItem } from "../classify/classify-item.js";
import { type CompiledWatchlist, EMPTY_WATCHLIST } from "../classify/watchlist/compile-watchlist.js";
import type { ClassifyInput } from "../model/classification.js";

const HINT =
  'expected one JSON object a line, e.g. {"title": "…", "summary": "…", "outlet": "…", "url": "…"}';

function describeType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return `a ${typeof value}`;
}

/** Parses one input line into a classifier input, or says what is wrong with it. */
function readLine(line: string, n: number): ClassifyInput | { error: string } {
  if (line.trim() === "") return { error: `line ${n}: blank line; ${HINT}` };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return { error: `line ${n}: not valid JSON (${why}); ${HINT}` };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { error: `line ${n}: expected a JSON object, got ${describeType(value)}; ${HINT}` };
  }
  const record = value as Record<string, unknown>;
  const title = record["title"];
  if (typeof title !== "string" || title.trim() === "") {
    const got =
      title === undefined
        ? "no title"
        : `title ${describeType(title)}${typeof title === "string" ? " that is empty" : ""}`;
    return { error: `line ${n}: "title" must be a non-empty string, got ${got}` };
  }
  const optional = (key: string): string | null => {
    const v = record[key];
    return typeof v === "string" ? v : null;
  };
  return {
    title,
    summary: optional("summary"),
    outlet: optional("outlet"),
    url: optional("url"),
    language: optional("language"),
  };
}

function write(output: NodeJS.WritableStream, text: string): Promise<void> {
  if (output.write(text)) return Promise.resolve();
  return new Promise((resolve) => output.once("drain", () => resolve()));
}

/**
 * `tracewire classify`: reads JSON lines ({"title","summary","outlet","url"}) and writes exactly one JSON
 * line per input line, in order: the classification, or {"error": "line N: …"} for a line that is blank,
 * not JSON or has no title. Resolves to the exit code: 2 if any line was in error, else 0.
 */
export async function classifyLines(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  watchlist: CompiledWatchlist = EMPTY_WATCHLIST,
): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  let failed = false;
  for await (const line of lines) {
    n++;
    const parsed = readLine(line, n);
    let out: string;
    if ("error" in parsed) {
      failed = true;
      out = JSON.stringify({ error: parsed.error });
    } else {
      const c = classifyItem(parsed, watchlist);
      out = JSON.stringify({
        relevant: c.relevant,
        sea: c.sea,
        topics: c.topics,
        countries: c.countries,
        urgency: c.urgency,
        score: c.score,
        reasons: c.reasons,
        version: c.version,
        // Only when the line names watched entities: a verdict without names keeps its old shape.
        ...(c.entities.length > 0 ? { entities: c.entities } : {}),
      });
    }
    await write(output, `${out}\n`);
  }
  return failed ? 2 : 0;
}
