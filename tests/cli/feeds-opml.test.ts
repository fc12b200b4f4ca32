/**
 * `tracewire feeds import FILE.opml` through the real CLI (issue 14.9): every entry it skips is listed with its
 * reason, and feeds.json keeps its own formatting — the new feeds are added at the end of the array, nothing
 * else in the file changes.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../support/run-cli.js";

const SHIPPED = readFileSync(resolve(import.meta.dirname, "../../feeds.json"), "utf8");
const OPML = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>newsroom feeds</title></head>
  <body>
    <outline text="Southeast Asia">
      <outline type="rss" text="VOA Cambodia" xmlUrl="https://www.voanews.com/api/zyrmoe-mqm"/>
      <outline type="rss" text="DW" xmlUrl="https://rss.dw.com/rdf/rss-en-all"/>
      <outline type="rss" text="VOA Cambodia (copy)" xmlUrl="https://www.voanews.com/api/zyrmoe-mqm"/>
      <outline text="UNODC press page" htmlUrl="https://www.unodc.org/unodc/en/press/"/>
      <outline type="rss" text="Old gopher" xmlUrl="gopher://example.org/feed"/>
    </outline>
  </body>
</opml>
`;

let dir: string;
let env: Record<string, string>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "tracewire-opml-"));
  writeFileSync(join(dir, "feeds.json"), SHIPPED);
  writeFileSync(join(dir, "subs.opml"), OPML);
  env = { FEEDS_FILE: join(dir, "feeds.json"), DATABASE_URL: `sqlite:${join(dir, "tracewire.db")}` };
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("tracewire feeds import", () => {
  it("adds the new feed, lists every skipped entry with its reason, and keeps feeds.json's formatting", async () => {
    const opml = join(dir, "subs.opml");
    const out = await runCli(["feeds", "import", opml], { env });
    expect(out.stderr).toBe("");
    expect(out.code).toBe(0);
    expect(out.stdout).toBe(
      [
        `added 1 feed to ${env["FEEDS_FILE"]}: voa-cambodia`,
        `skipped 4 entries of ${opml}:`,
        '  "UNODC press page": no xmlUrl, so not a feed',
        '  "DW" https://rss.dw.com/rdf/rss-en-all: already in feeds.json as dw-all',
        '  "VOA Cambodia (copy)" https://www.voanews.com/api/zyrmoe-mqm: same URL as voa-cambodia above',
        '  "Old gopher" gopher://example.org/feed: xmlUrl is gopher:, not http(s)',
        "",
      ].join("\n"),
    );
    const after = readFileSync(env["FEEDS_FILE"]!, "utf8");
    const end = SHIPPED.lastIndexOf("}", SHIPPED.lastIndexOf("]")) + 1;
    expect(after).toBe(
      `${SHIPPED.slice(0, end)},\n    { "id": "voa-cambodia", "outlet": "VOA Cambodia", "url": "https://www.voanews.com/api/zyrmoe-mqm" }${SHIPPED.slice(end)}`,
    );
  });

  it("run again, adds nothing and leaves the file byte for byte", async () => {
    const before = readFileSync(env["FEEDS_FILE"]!, "utf8");
    const out = await runCli(["feeds", "import", join(dir, "subs.opml")], { env });
    expect(out.code).toBe(0);
    expect(out.stdout.split("\n")[0]).toBe(`added 0 feeds to ${env["FEEDS_FILE"]}`);
    expect(readFileSync(env["FEEDS_FILE"]!, "utf8")).toBe(before);
  });
});
