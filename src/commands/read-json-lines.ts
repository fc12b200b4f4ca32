/**
 * Reads a JSON-lines file (a labelled set): each non-blank line parsed, with where it stands (`file:line`) for
 * the caller's own checks; a line that is not JSON is an error naming file and line.
 */
import { readFileSync } from "node:fs";
import { UsageError } from "../errors.js";

/** Every non-blank line of the file as parsed JSON, with its `file:line`. */
export function readJsonLines(path: string, what: string): { row: unknown; where: string }[] {
  const rows: { row: unknown; where: string }[] = [];
  readFileSync(path, "utf8")
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (line.trim() === "") return;
      const where = `${path}:${i + 1}`;
      try {
        rows.push({ row: JSON.parse(line), where });
      } catch (err) {
        throw new UsageError(`not valid JSON (${err instanceof Error ? err.message : String(err)})`, {
          where,
          hint: `each line of ${what} is one JSON object`,
        });
      }
    });
  return rows;
}
