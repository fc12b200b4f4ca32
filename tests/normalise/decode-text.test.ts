import { describe, expect, it } from "vitest";
import { clipText, plainText } from "../../src/normalise/decode-text.js";

describe("plainText", () => {
  it.each([
    [
      "entity left inside CDATA (Al Jazeera)",
      "Barcelona&#039;s first four goals",
      "Barcelona's first four goals",
    ],
    [
      "Google News escaped anchor and doubled nbsp",
      '<a href="x">Title</a>&nbsp;&nbsp;<font color="#6f6f6f">Outlet</font>',
      "Title Outlet",
    ],
    [
      "markup that was itself entity-encoded",
      "&lt;p&gt;RSS VEX feeds?&lt;/p&gt;&lt;p&gt;Next&lt;/p&gt;",
      "RSS VEX feeds? Next",
    ],
    [
      "script and style contents are dropped",
      "<p>Body</p><script>track()</script><style>p{}</style>",
      "Body",
    ],
    ["block tags separate words", "<p>one</p><p>two</p>line<br>break", "one two line break"],
    ["ideographic spaces and newlines collapse", "\n\u3000\u3000新华社伦敦4月18日电", "新华社伦敦4月18日电"],
    ["zero-width characters vanish", "scam\u200B centre", "scam centre"],
    ["a literal less-than stays", "3 < 4 and 5 > 2", "3 < 4 and 5 > 2"],
  ])("%s", (_name, input, expected) => {
    expect(plainText(input)).toBe(expected);
  });
});

describe("clipText", () => {
  it("leaves short text alone", () => {
    expect(clipText("Srebrenica: Dokumentovani genocid", 100)).toBe("Srebrenica: Dokumentovani genocid");
  });

  it("cuts long text at a word boundary with an ellipsis", () => {
    const text =
      "Trump and allies such as billionaire Elon Musk have carried out blitz campaign meant to thin the government workforce.";
    const clipped = clipText(text, 60);
    expect(clipped).toBe("Trump and allies such as billionaire Elon Musk have carried…");
    expect(clipped.length).toBeLessThanOrEqual(60);
  });
});
