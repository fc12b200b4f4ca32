import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const manifest = readFileSync(resolve(import.meta.dirname, "../../../slack-app-manifest.yml"), "utf8");

/** The value of `key:` on its own line (quotes removed); the manifest is flat enough for this. */
function value(key: string): string {
  const match = new RegExp(`^\\s*-?\\s*${key}:\\s*(.+)$`, "m").exec(manifest);
  if (!match) throw new Error(`slack-app-manifest.yml has no ${key}`);
  return match[1]!.trim().replace(/^"(.*)"$/, "$1");
}

describe("slack-app-manifest.yml", () => {
  it("declares /tracewire pointing at the worker's /slack/events request URL", () => {
    expect(value("command")).toBe("/tracewire");
    expect(value("url")).toBe("https://YOUR-HOST/slack/events");
  });

  it("asks for exactly the bot scopes tracewire uses", () => {
    const scopes = [...manifest.matchAll(/^\s+- ([a-z]+:[a-z.:]+|commands)\s*$/gm)].map((m) => m[1]);
    expect(scopes).toEqual([
      "chat:write",
      "chat:write.public",
      "files:write",
      "commands",
      "channels:read",
      "groups:read",
    ]);
  });

  it("keeps the command's texts within Slack's manifest limits (PLATFORMS.md §1.8)", () => {
    expect(value("command").length).toBeLessThanOrEqual(32);
    expect(value("usage_hint").length).toBeLessThanOrEqual(1000);
    expect(value("name").length).toBeLessThanOrEqual(35);
    expect(value("socket_mode_enabled")).toBe("false");
  });

  it("gives people a usage hint of real examples, not a grammar", () => {
    const hint = value("usage_hint");
    expect(hint).not.toMatch(/[[\]|]|QUERY|\bID\b/);
    for (const verb of ["help", "search", "latest", "status", "subscribe"]) expect(hint).toContain(verb);
  });
});
