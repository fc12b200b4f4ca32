/**
 * Date flags through the real CLI (issue 15): `export --since 99999-01-01` once printed every item, because
 * the year-99999 ISO string compared as text below every stored date. Outside 1970–2100 is now exit 2.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../support/run-cli.js";

let dir: string;
let env: Record<string, string>;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "tw-dates-"));
  env = { DATABASE_URL: `sqlite:${join(dir, "t.db")}` };
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("tracewire export --since", () => {
  it.each([
    ["99999-01-01", 99999],
    ["+099999-01-01", 99999],
    ["1969-12-31", 1969],
    ["2101-01-01", 2101],
    ["0001-01-01", 1],
  ])(
    "refuses %s with exit 2, naming the flag and the years allowed",
    async (value, year) => {
      const out = await runCli(["export", "--since", value], { env });
      expect(out.code).toBe(2);
      expect(out.stdout).toBe("");
      expect(out.stderr).toContain(
        `--since: expected a date between 1970 and 2100, got "${value}" (year ${year})`,
      );
    },
    60_000,
  );

  it("refuses a value that is no date at all with exit 2", async () => {
    const out = await runCli(["export", "--since", "last tuesday"], { env });
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('--since: expected a date such as 2026-11-01, got "last tuesday"');
  }, 60_000);

  it.each(["1970-01-01", "2026-11-01", "2100-12-31T23:59:59Z"])(
    "accepts %s",
    async (value) => {
      const out = await runCli(["export", "--since", value], { env });
      expect(out.stderr).toBe("");
      expect(out.code).toBe(0);
    },
    60_000,
  );
});
