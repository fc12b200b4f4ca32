import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stripControlChars, stripControlCharsDeep } from "../../src/model/strip-control-chars.js";

const RUNS = 5000;

/** Characters that stress the cleaner: every C0 control, DEL, C1, both surrogate halves alone, CRLF, text. */
const hostileUnit = fc.oneof(
  fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
  fc.constantFrom("\u007f", "\u0085", "\r\n", "\t", "\n", "é", "😀", "\uFFFD", "KK Park", " "),
  fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
);
const hostile = fc.string({ unit: hostileUnit, maxLength: 60 });

/** Whether a string has a UTF-8 form (no unpaired surrogate): it survives the round trip through bytes. */
const wellFormed = (s: string) => Buffer.from(s, "utf8").toString("utf8") === s;

/** Control characters that must never survive: C0 except tab and newline, and DEL. */
const FORBIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F]/;

describe("stripControlChars", () => {
  it.each([
    ["KK\u0000Park", "KKPark"],
    ["title\u0000", "title"],
    ["line one\r\nline two", "line one\nline two"],
    ["old mac\rline", "old mac\nline"],
    ["tab\tand\nnewline stay", "tab\tand\nnewline stay"],
    ["\u001b[31mred\u001b[0m", "[31mred[0m"],
    ["bell\u0007 and DEL\u007f", "bell and DEL"],
    ["lone \uD800 high", "lone \uFFFD high"],
    ["lone \uDC00 low", "lone \uFFFD low"],
    ["pair 😀 kept", "pair 😀 kept"],
    [
      "C1 \u0085 kept (valid in Postgres text; renderers drop it)",
      "C1 \u0085 kept (valid in Postgres text; renderers drop it)",
    ],
    ["", ""],
  ])("%j becomes %j", (input, expected) => {
    expect(stripControlChars(input)).toBe(expected);
  });

  it("leaves no C0 control (but tab and newline), no DEL and no lone surrogate, in any text", () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const clean = stripControlChars(text);
        expect(clean).not.toMatch(FORBIDDEN);
        // What Postgres receives: UTF-8 without a zero byte, that decodes back to the same text.
        const bytes = Buffer.from(clean, "utf8");
        expect(bytes.includes(0)).toBe(false);
        expect(bytes.toString("utf8")).toBe(clean);
      }),
      { numRuns: RUNS },
    );
  });

  it("only removes (a lone surrogate becomes U+FFFD): every other character is kept, in order", () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const clean = stripControlChars(text);
        const kept = (s: string) =>
          [...s].filter((c) => wellFormed(c) && !/[\u0000-\u001F\u007F\uFFFD]/.test(c));
        expect(kept(clean)).toEqual(kept(text));
        expect(clean.length).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: RUNS },
    );
  });

  it("is idempotent, and leaves clean text untouched", () => {
    fc.assert(
      fc.property(hostile, fc.string({ unit: "grapheme", maxLength: 60 }), (text, ordinary) => {
        const clean = stripControlChars(text);
        expect(stripControlChars(clean)).toBe(clean);
        const alreadyClean = ordinary.replace(/[\u0000-\u001F\u007F]/g, "");
        expect(stripControlChars(alreadyClean)).toBe(alreadyClean);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("stripControlCharsDeep", () => {
  it("cleans every string in a JSON value and keeps its shape", () => {
    fc.assert(
      fc.property(fc.jsonValue(), hostile, (value, text) => {
        const input = { value, nested: [{ text }, text], n: 1, b: true, nil: null };
        const clean = stripControlCharsDeep(input);
        expect(JSON.stringify(clean)).not.toMatch(/\\u00[01][0-9a-ce-f]|\\u001[0-9a-f]|\\u007f|\\ud[89a-f]/i);
        expect(clean.nested[1]).toBe(stripControlChars(text));
        expect(clean).toMatchObject({ n: 1, b: true, nil: null });
        expect(stripControlCharsDeep(clean)).toEqual(clean);
      }),
      { numRuns: 1000 },
    );
  });
});
