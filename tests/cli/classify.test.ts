import { describe, expect, it } from "vitest";
import { loadHeadlines } from "../support/labelled-headlines.js";
import { runCli } from "../support/run-cli.js";

const headlines = loadHeadlines();
const relevant = headlines.find((h) => h.label === "sea_trafficking" && /Myanmar/.test(h.title))!;
const lookAlike = headlines.find((h) => h.label === "hard_negative")!;
const unrelated = headlines.find((h) => h.label === "negative")!;
const line = (h: typeof relevant) =>
  JSON.stringify({ title: h.title, summary: h.summary, outlet: h.outlet, url: h.url });

describe("tracewire classify", () => {
  it("answers every input line in order, errors in place, exit 2", async () => {
    const out = await runCli(["classify"], {
      input: [line(relevant), "{not json", line(lookAlike)].join("\n"),
    });
    expect(out.code).toBe(2);
    const lines = out.stdout
      .trim()
      .split("\n")
      .map((text) => JSON.parse(text) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ relevant: true, sea: true, countries: expect.arrayContaining(["MM"]) });
    expect(lines[1]).toEqual({ error: expect.stringMatching(/^line 2: /) });
    expect(lines[2]).toMatchObject({ relevant: false });
    for (const key of ["relevant", "sea", "topics", "countries", "urgency", "score", "reasons"]) {
      expect(lines[0]).toHaveProperty(key);
    }
  });

  it("exits 0 when every line is good", async () => {
    const out = await runCli(["classify"], { input: `${line(unrelated)}\n` });
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ relevant: false });
  });
});
