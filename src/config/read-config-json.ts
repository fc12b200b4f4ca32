import { readFileSync } from "node:fs";
import { ConfigError } from "../errors.js";
import { stripControlCharsDeep } from "../model/strip-control-chars.js";

/** Reads a config file's text; a missing or unreadable file is a ConfigError naming it, with `hint`. */
export function readConfigText(file: string, hint: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (cause) {
    const reason = (cause as NodeJS.ErrnoException).code === "ENOENT" ? "file not found" : "cannot be read";
    throw new ConfigError(reason, { where: file, hint, cause });
  }
}

/**
 * Parses config JSON (a BOM allowed); control characters and lone surrogates (a NUL typed as \u0000) never
 * reach the store (issue 15). Not JSON is a ConfigError naming the file.
 */
export function parseConfigJson(file: string, text: string): unknown {
  try {
    return stripControlCharsDeep(JSON.parse(text.replace(/^\uFEFF/, "")));
  } catch (cause) {
    throw new ConfigError(`not valid JSON (${(cause as Error).message})`, { where: file, cause });
  }
}
