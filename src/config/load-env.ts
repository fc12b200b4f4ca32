/** Reads the environment once, checks it with zod and returns a frozen Env. The only reader of process.env. */
import { ConfigError } from "../errors.js";
import { stripControlChars } from "../model/strip-control-chars.js";
import { type Env, envSchema, SECRET_ENV } from "./env-schema.js";

/** Validates environment variables; every bad value is reported at once, secrets never echoed. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Readonly<Env> {
  const relevant: Record<string, string> = {};
  for (const key of Object.keys(envSchema.shape)) {
    const value = source[key];
    // An empty variable means "not set" for optional values.
    // Control characters (an ESC or CR pasted in) are dropped like everywhere text enters (issue 15).
    const clean = value === undefined ? "" : stripControlChars(value);
    if (clean !== "") relevant[key] = clean;
  }
  const result = envSchema.safeParse(relevant);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const key = String(issue.path[0] ?? "environment");
      const value = relevant[key];
      const shown =
        value === undefined || SECRET_ENV.has(key) ? "" : `, got ${JSON.stringify(value.slice(0, 80))}`;
      return `environment variable ${key}: ${issue.message}${shown}`;
    });
    throw new ConfigError(lines.join("\n"), { hint: "see the Environment section of the README" });
  }
  return Object.freeze(result.data);
}
