import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { classifyLines } from "../../src/commands/classify-lines.js";

async function run(lines: string): Promise<{ code: number; out: string[] }> {
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on("data", (c: Buffer) => chunks.push(c.toString("utf8")));
  const code = await classifyLines(Readable.from([lines]), output);
  output.end();
  return {
    code,
    out: chunks
      .join("")
      .split("\n")
      .filter((l) => l !== ""),
  };
}

describe("classifyLines", () => {
  it("writes one classification per input line, in order, and exits 0", async () => {
    const { code, out } = await run(
      [
        JSON.stringify({
          title: "Thai gangs traffic Kenyans to Myanmar scam factories",
          outlet: "BBC",
          url: "https://x",
        }),
        JSON.stringify({ title: "Singapore hangs man for trafficking 1kg cannabis", summary: "" }),
      ].join("\n"),
    );
    expect(code).toBe(0);
    expect(out).toHaveLength(2);
    const first = JSON.parse(out[0]!);
    const second = JSON.parse(out[1]!);
    expect(Object.keys(first)).toEqual([
      "relevant",
      "sea",
      "topics",
      "countries",
      "urgency",
      "score",
      "reasons",
      "version",
    ]);
    expect(first).toMatchObject({ relevant: true, sea: true, countries: ["TH", "KE", "MM"] });
    expect(second.relevant).toBe(false);
  });

  it("puts an error line in place of a bad line, carries on, and exits 2", async () => {
    const { code, out } = await run(
      [
        '{"title": "Scam compound raided in Myawaddy"}',
        "{not json",
        '{"summary": "no title here"}',
        "",
        '{"title": "   "}',
        "[1, 2]",
        '{"title": "Hundreds of thousands trafficked into SE Asia online scam centres"}',
      ].join("\n"),
    );
    expect(code).toBe(2);
    expect(out).toHaveLength(7);
    expect(JSON.parse(out[0]!).relevant).toBe(true);
    expect(JSON.parse(out[1]!).error).toMatch(/^line 2: not valid JSON/);
    expect(JSON.parse(out[2]!)).toEqual({
      error: 'line 3: "title" must be a non-empty string, got no title',
    });
    expect(JSON.parse(out[3]!).error).toMatch(/^line 4: blank line;/);
    expect(JSON.parse(out[4]!)).toEqual({
      error: 'line 5: "title" must be a non-empty string, got title a string that is empty',
    });
    expect(JSON.parse(out[5]!).error).toMatch(/^line 6: expected a JSON object, got an array/);
    expect(JSON.parse(out[6]!).relevant).toBe(true);
  });

  it("accepts CRLF line endings and a last line without a newline", async () => {
    const { code, out } = await run('{"title": "a"}\r\n{"title": "b"}');
    expect(code).toBe(0);
    expect(out).toHaveLength(2);
  });

  it("writes nothing and exits 0 on empty input", async () => {
    expect(await run("")).toEqual({ code: 0, out: [] });
  });

  it("keeps order across input chunks that split lines", async () => {
    const output = new PassThrough();
    const chunks: string[] = [];
    output.on("data", (c: Buffer) => chunks.push(c.toString("utf8")));
    const input = Readable.from(['{"title": "first scam com', 'pound"}\n{"title"', ': "second"}\n']);
    const code = await classifyLines(input, output);
    const lines = chunks.join("").trim().split("\n");
    expect(code).toBe(0);
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0]!).relevant).toBe(true);
    expect(JSON.parse(lines[1]!).relevant).toBe(false);
  });
});
