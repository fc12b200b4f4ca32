import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeBody } from "../../src/parse/decode-body.js";
import { parseFeed } from "../../src/parse/parse-feed.js";
import { readFeedFixture } from "../fixtures/feeds/feed-fixtures.js";

// No real non-UTF-8 captures were found, so real UTF-8 captures are transcoded here, at test time (see the sidecars).
function transcode(file: string, encoding: string, declaration: string | null): Buffer {
  let text = readFeedFixture(file).toString("utf8");
  text =
    declaration === null
      ? text.replace(/^<\?xml[^>]*\?>\s*/, "")
      : text.replace(/encoding="[^"]+"/, `encoding="${declaration}"`);
  return iconv.encode(text, encoding);
}

describe("decodeBody and parseFeed read the encoding a feed is in", () => {
  it("ISO-8859-1 feed declared in the Content-Type is decoded", async () => {
    // The declaration still says UTF-8, as when a server re-encodes without rewriting it: the header wins (RFC 7303 §3).
    const body = transcode("tagesschau-rss2-de-2023.xml", "latin1", "UTF-8");
    const parsed = await parseFeed(
      body,
      "application/rss+xml; charset=ISO-8859-1",
      "https://www.tagesschau.de/xml/rss2",
    );
    expect(parsed.items[1]?.title).toBe("Verhandlungen über Haushalt gehen weiter");
    expect(parsed.title).toBe("tagesschau.de - die erste Adresse für Nachrichten und Information");
  });

  it("windows-1251 feed declared only in the XML declaration is decoded", async () => {
    const body = transcode("lenta-rss2-ru-2026.xml", "windows-1251", "windows-1251");
    const parsed = await parseFeed(body, "text/xml", "https://lenta.ru/rss");
    expect(parsed.items[4]?.title).toBe("Россиянам показали реальные «эмоциональные качели» из жизни тигров");
  });

  it("KOI8-R feed named in the Content-Type is decoded", async () => {
    const body = transcode("lenta-rss2-ru-2026.xml", "koi8-r", "koi8-r");
    const parsed = await parseFeed(body, 'application/rss+xml; charset="koi8-r"', "https://lenta.ru/rss");
    expect(parsed.items[0]?.title).toBe("У жилого дома в Турции упал неопознанный беспилотник");
    expect(parsed.title).toBe("Lenta.ru : Новости");
  });

  it("Shift_JIS feed declared in the XML declaration is decoded", async () => {
    const body = transcode("nhk-rss2-ja-2025.xml", "Shift_JIS", "Shift_JIS");
    const parsed = await parseFeed(body, null, "https://www3.nhk.or.jp/rss/news/cat0.xml");
    expect(parsed.items[1]?.title).toBe("10月 値上げの食品 半年ぶり3000品目超 7割が「酒類・飲料」");
  });

  it("GB2312-declared feed is decoded as GBK, as Chinese publishers mean it", async () => {
    const body = transcode("chinanews-rss2-zh-2026.xml", "gbk", "gb2312");
    const parsed = await parseFeed(body, "text/xml", "https://www.chinanews.com.cn/rss/scroll-news.xml");
    expect(parsed.items[2]?.title).toBe("缅甸仰光至毛淡棉公路上发生严重交通事故 致9人死亡");
    expect(parsed.items[4]?.title).toBe("中国—东盟翻译传播联盟成立");
  });

  it("UTF-16 feed with a byte-order mark is decoded", async () => {
    const body = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      transcode("bbc-world-rss2-2026.xml", "utf16le", "UTF-16"),
    ]);
    const parsed = await parseFeed(body, null, "https://feeds.bbci.co.uk/news/world/rss.xml");
    expect(parsed.items).toHaveLength(4);
    expect(parsed.items[0]?.title).toBe("IMF warns of trade tension risk to global growth");
  });

  it("UTF-8 byte-order mark and whitespace before the declaration are ignored", async () => {
    const body = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from("\r\n  \n"),
      readFeedFixture("nhk-rss2-ja-2025.xml"),
    ]);
    const parsed = await parseFeed(body, "application/rss+xml", "https://www3.nhk.or.jp/rss/news/cat0.xml");
    expect(parsed.title).toBe("NHKニュース");
    expect(parsed.items).toHaveLength(2);
  });

  it("undeclared bytes that are not UTF-8 are read as windows-1252 with a warning", async () => {
    const body = transcode("tagesschau-rss2-de-2023.xml", "windows-1252", null);
    const parsed = await parseFeed(body, "text/xml", "https://www.tagesschau.de/xml/rss2");
    expect(parsed.items[2]?.title).toBe(
      "Ringen um Abschlusserklärung: Die dicken Bretter der Klimakonferenz",
    );
    expect(parsed.warnings).toContain(
      "the feed is not valid UTF-8 and names no encoding: read it as windows-1252",
    );
  });

  it("an unknown charset name in the Content-Type is ignored with a warning", () => {
    const decoded = decodeBody(readFeedFixture("nhk-rss2-ja-2025.xml"), "text/xml; charset=x-unheard-of");
    expect(decoded.encoding).toBe("utf8");
    expect(decoded.text).toContain("NHKニュース");
    expect(decoded.warnings).toEqual(['unknown character encoding "x-unheard-of": ignored it']);
  });

  it("the declaration is rewritten to UTF-8 once the text is decoded", () => {
    const decoded = decodeBody(transcode("nhk-rss2-ja-2025.xml", "Shift_JIS", "Shift_JIS"), null);
    expect(decoded.encoding).toBe("shiftjis");
    expect(decoded.text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  });
});
