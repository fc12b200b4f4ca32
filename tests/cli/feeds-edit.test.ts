/**
 * `tracewire feeds add URL` and `feeds disable|enable ID` through the real CLI on a copy of the shipped
 * feeds.json (issue 14.9): the exact bytes written, the exit codes, and messages that say what to do next.
 * A refused edit leaves the file byte for byte as it was.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli } from "../support/run-cli.js";

const SHIPPED = readFileSync(resolve(import.meta.dirname, "../../feeds.json"), "utf8");
const LAST_ENTRY_END = SHIPPED.lastIndexOf("}", SHIPPED.lastIndexOf("]")) + 1;

let dir: string;
let file: string;
let env: Record<string, string>;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "tracewire-feeds-edit-"));
  file = join(dir, "feeds.json");
  writeFileSync(file, SHIPPED);
  env = { FEEDS_FILE: file, DATABASE_URL: `sqlite:${join(dir, "tracewire.db")}` };
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const feedsJson = () => readFileSync(file, "utf8");

describe("tracewire feeds add", () => {
  it("adds the feed at the end of feeds.json in the file's style, fetches nothing, and says how to fetch it", async () => {
    const url = "https://www.voanews.com/api/zyrmoe-mqm";
    const out = await runCli(
      [
        "feeds",
        "add",
        url,
        "--id",
        "voa-cambodia",
        "--outlet",
        "VOA",
        "--interval",
        "30",
        "--language",
        "km",
      ],
      { env },
    );
    expect(out.stderr).toBe("");
    expect(out.code).toBe(0);
    expect(out.stdout).toBe(
      `added feed voa-cambodia (VOA) ${url} to ${file}\n` +
        "nothing was fetched: run tracewire poll to fetch it now, and restart tracewire run to poll it on schedule\n",
    );
    expect(feedsJson()).toBe(
      `${SHIPPED.slice(0, LAST_ENTRY_END)},\n` +
        // Longer than biome's 110 columns on one line: one field a line, as the file's long entries are.
        [
          "    {",
          '      "id": "voa-cambodia",',
          '      "outlet": "VOA",',
          `      "url": "${url}",`,
          '      "interval": 30,',
          '      "language": "km"',
          "    }",
        ].join("\n") +
        SHIPPED.slice(LAST_ENTRY_END),
    );
    const listed = await runCli(["feeds", "--json"], { env });
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout)).toContainEqual(
      expect.objectContaining({ id: "voa-cambodia", state: "new", lastPolledAt: null }),
    );
  });

  it("makes the id and outlet from the URL's host when they are not given", async () => {
    const out = await runCli(["feeds", "add", "https://www.example.org/feed.xml"], { env });
    expect(out.code).toBe(0);
    expect(out.stdout.split("\n")[0]).toBe(
      `added feed example-org (example.org) https://www.example.org/feed.xml to ${file}`,
    );
    expect(feedsJson()).toContain(
      '    { "id": "example-org", "outlet": "example.org", "url": "https://www.example.org/feed.xml" }\n  ]',
    );
  });

  it.each([
    {
      args: ["https://rss.dw.com/rdf/rss-en-all"],
      message: `${"FILE"}: https://rss.dw.com/rdf/rss-en-all is already in feeds.json as dw-all\n  hint: nothing was changed; tracewire feeds enable dw-all if it is disabled`,
    },
    {
      args: ["https://example.org/rss", "--id", "usip"],
      message: `FILE: a feed with id "usip" is already in feeds.json\n  hint: nothing was changed; choose another --id (ids are never reused)`,
    },
    {
      args: ["ftp://example.org/rss"],
      message:
        'tracewire feeds add: URL: expected an http(s) URL, got "ftp://example.org/rss"\n  hint: see tracewire feeds add --help; nothing was changed',
    },
    {
      args: ["https://example.org/rss", "--interval", "0"],
      message:
        "tracewire feeds add: --interval: expected at least 1 minute, got 0\n  hint: see tracewire feeds add --help; nothing was changed",
    },
    {
      args: ["https://example.org/rss", "--interval", "half-hour"],
      message:
        'tracewire feeds add: --interval: expected whole minutes, got "half-hour"\n  hint: e.g. --interval 30; nothing was changed',
    },
    {
      args: ["https://example.org/rss", "--id", "Example Feed"],
      message:
        "tracewire feeds add: --id: expected a short id of lower-case letters, digits, '.', '_' or '-', got \"Example Feed\"\n  hint: see tracewire feeds add --help; nothing was changed",
    },
  ])("refuses $args with exit 2 and leaves feeds.json as it was", async ({ args, message }) => {
    const out = await runCli(["feeds", "add", ...args], { env });
    expect(out.code).toBe(2);
    expect(out.stdout).toBe("");
    expect(out.stderr).toBe(`tracewire: ${message.replace("FILE", file)}\n`);
    expect(feedsJson()).toBe(SHIPPED);
  });
});

describe("tracewire feeds disable / enable", () => {
  it("disables a feed by adding enabled: false to its entry, and enables it again in place", async () => {
    const disabled = await runCli(["feeds", "disable", "dw-all"], { env });
    expect(disabled.stderr).toBe("");
    expect(disabled.code).toBe(0);
    expect(disabled.stdout).toBe(
      `feed dw-all disabled in ${file}\nits stored items stay searchable; restart tracewire run to stop polling it\n`,
    );
    const off = SHIPPED.replace(
      '"url": "https://rss.dw.com/rdf/rss-en-all" }',
      '"url": "https://rss.dw.com/rdf/rss-en-all", "enabled": false }',
    );
    expect(feedsJson()).toBe(off);

    const enabled = await runCli(["feeds", "enable", "dw-all"], { env });
    expect(enabled.code).toBe(0);
    expect(enabled.stdout).toBe(
      `feed dw-all enabled in ${file}\nrun tracewire poll to fetch it now, and restart tracewire run to poll it on schedule\n`,
    );
    expect(feedsJson()).toBe(off.replace('rss-en-all", "enabled": false', 'rss-en-all", "enabled": true'));
  });

  it("says a feed already in that state is left alone, and writes nothing", async () => {
    const out = await runCli(["feeds", "disable", "dw-asia"], { env });
    expect(out.code).toBe(0);
    expect(out.stdout).toBe(`feed dw-asia is already disabled in ${file}; nothing was changed\n`);
    expect(feedsJson()).toBe(SHIPPED);
  });

  it("refuses an unknown id with exit 2, listing the ids there are", async () => {
    const out = await runCli(["feeds", "disable", "dw-al"], { env });
    expect(out.code).toBe(2);
    const ids = [...SHIPPED.matchAll(/"id": "([^"]+)"/g)].map((m) => m[1]).join(", ");
    expect(out.stderr).toBe(`tracewire: ${file}: no feed has id "dw-al"\n  hint: the ids are: ${ids}\n`);
    expect(feedsJson()).toBe(SHIPPED);
  });
});
