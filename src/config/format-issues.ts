import type { z } from "zod";

/** Renders zod issues as "file: path: message" lines, naming the feed by its id where there is one. */
export function formatIssues(file: string, issues: z.core.$ZodIssue[], input: unknown): string[] {
  return issues.map((issue) => {
    const { label, value } = describePath(issue.path, input);
    return `${file}: ${label}: ${describeIssue(issue, value)}`;
  });
}

function describePath(path: PropertyKey[], input: unknown): { label: string; value: unknown } {
  let out = "";
  let node: unknown = input;
  for (const key of path) {
    if (typeof key === "number") {
      out += `[${key}]`;
      node = Array.isArray(node) ? node[key] : undefined;
      const id = typeof node === "object" && node !== null ? (node as { id?: unknown }).id : undefined;
      if (typeof id === "string" && id.length > 0 && id.length < 80) out += ` (id "${id}")`;
    } else {
      out += out ? `.${String(key)}` : String(key);
      node =
        typeof node === "object" && node !== null ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    }
  }
  return { label: out || "(top level)", value: node };
}

function describeIssue(issue: z.core.$ZodIssue, received: unknown): string {
  if (issue.code === "invalid_type") {
    if (received === undefined) return `missing (expected ${issue.expected})`;
    return `expected ${issue.expected}, got ${JSON.stringify(received)?.slice(0, 80)}`;
  }
  if (issue.code === "unrecognized_keys")
    return `unknown field ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
  const got = typeof received === "string" ? `, got ${JSON.stringify(received.slice(0, 80))}` : "";
  return `${issue.message}${got}`;
}
