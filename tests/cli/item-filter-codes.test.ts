import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CLASSIFIED_COUNTRY_CODES } from "../../src/cli/item-filter-codes.js";
import { TOPICS } from "../../src/model/classification.js";
import { runCli } from "../support/run-cli.js";
import { tempSqliteUrl } from "../support/temp-db.js";

let db: ReturnType<typeof tempSqliteUrl>;

beforeEach(() => {
  db = tempSqliteUrl();
});
afterEach(() => {
  db.cleanup();
});

describe("country and topic codes in search and export filters", () => {
  it.each([[["search", "scam", "--country", "xx"]], [["export", "--format", "jsonl", "--country", "xx"]]])(
    "%j exits 2 and lists the country codes the classifier assigns",
    async (args) => {
      const out = await runCli(args, { env: { DATABASE_URL: db.url } });
      expect(out.code).toBe(2);
      expect(out.stdout).toBe("");
      expect(out.stderr).toContain('--country: "xx" is not a country code tracewire assigns; use one of ');
      for (const code of ["KH", "MM", "TH", "US", "GB"]) expect(out.stderr).toContain(code);
      expect(CLASSIFIED_COUNTRY_CODES).toContain("KH");
    },
  );

  it("an unknown topic exits 2 and lists the topics", async () => {
    const out = await runCli(["search", "scam", "--topic", "scams"], { env: { DATABASE_URL: db.url } });
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(
      `--topic: "scams" is not a topic tracewire assigns; use one of ${TOPICS.join(", ")}`,
    );
  });

  it("a known code in any case is accepted", async () => {
    const out = await runCli(["search", "scam", "--country", "kh"], { env: { DATABASE_URL: db.url } });
    expect(out.code).toBe(0);
    expect(out.stdout).toBe('no items match "scam"\n');
  });
});
