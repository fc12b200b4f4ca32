/**
 * Verbs whose flag was their only choice work without it, and still accept it (issue 14.9): `tracewire digest`
 * (was `digest --now`) and `tracewire feeds export` (was `feeds export --opml`).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../support/run-cli.js";

let dir: string;
let env: Record<string, string>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "tracewire-verbs-"));
  writeFileSync(
    join(dir, "feeds.json"),
    readFileSync(resolve(import.meta.dirname, "../../feeds.json"), "utf8"),
  );
  env = { FEEDS_FILE: join(dir, "feeds.json"), DATABASE_URL: `sqlite:${join(dir, "tracewire.db")}` };
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("flags that were the only choice", () => {
  it.each([[["digest"]], [["digest", "--now"]]])("tracewire %j sends the pending digests", async (args) => {
    const out = await runCli(args, { env });
    expect(out.stderr).toBe("");
    expect(out.code).toBe(0);
    expect(out.stdout).toBe("digest: 0 stories in 0 messages\n");
  });

  it("tracewire feeds export prints the same OPML with or without --opml", async () => {
    const [plain, flagged] = await Promise.all([
      runCli(["feeds", "export"], { env }),
      runCli(["feeds", "export", "--opml"], { env }),
    ]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<opml version="2.0">/);
    expect(plain.stdout).toContain('xmlUrl="https://rss.dw.com/rdf/rss-en-all"');
    const undated = (text: string) => text.replace(/<dateCreated>[^<]*<\/dateCreated>/, "");
    expect(undated(plain.stdout)).toBe(undated(flagged.stdout));
  });
});
