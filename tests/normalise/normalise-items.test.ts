import { describe, expect, it } from "vitest";
import type { FeedConfig } from "../../src/model/feed.js";
import { identityKey, itemId } from "../../src/normalise/item-key.js";
import { normaliseItems } from "../../src/normalise/normalise-items.js";
import { parseFeed } from "../../src/parse/parse-feed.js";
import { readFeedFixture } from "../fixtures/feeds/feed-fixtures.js";

const NOW = new Date("2026-11-25T06:00:00Z");

function feedConfig(id: string, outlet: string, url: string, language: string | null = "en"): FeedConfig {
  return { id, outlet, url, interval: 15, language, enabled: true };
}

async function normaliseFixture(
  file: string,
  feed: FeedConfig,
  change?: (text: string) => string,
  now = NOW,
) {
  const text = readFeedFixture(file).toString("utf8");
  const body = Buffer.from(change ? change(text) : text);
  const parsed = await parseFeed(body, null, feed.url);
  return normaliseItems(parsed, feed, now);
}

const DW = feedConfig("dw-bos", "DW", "https://rss.dw.com/rdf/rss-bos-all", "bs");
const ALJAZEERA = feedConfig("aljazeera", "Al Jazeera", "https://www.aljazeera.com/xml/rss/all.xml");
const GOOGLE = feedConfig(
  "reuters-google",
  "Reuters",
  "https://news.google.com/rss/search?q=scam+site:reuters.com",
);
const REUTERS = feedConfig("reuters-legacy", "Reuters", "http://feeds.reuters.com/Reuters/worldNews");
const VOA = feedConfig("voa-le", "VOA", "https://learningenglish.voanews.com/podcast/?zoneId=3521");
const UN = feedConfig(
  "un-europe",
  "UN News",
  "https://news.un.org/feed/subscribe/en/news/region/europe/feed/rss.xml",
);
const BBC = feedConfig("bbc-world", "BBC", "https://feeds.bbci.co.uk/news/world/rss.xml");

describe("normaliseItems: outlet quirks on the real captures", () => {
  it("DW link loses ?maca= in the canonical URL and keeps it as published", async () => {
    const { items } = await normaliseFixture("dw-rdf-bosnian.xml", DW);
    expect(items[0]?.url).toBe(
      "https://www.dw.com/bs/tenzije-izme%C4%91u-srbije-i-bih-zbog-presude-za-ratni-zlo%C4%8Din/a-54087065",
    );
    expect(items[0]?.link).toContain("?maca=bos-rss-bos-all-1475-rdf");
    expect(items[0]?.publishedAt).toBe("2020-07-08T08:58:00.000Z");
  });

  it("Al Jazeera entity inside CDATA is decoded", async () => {
    const { items } = await normaliseFixture("aljazeera-rss2-all-excerpt.xml", ALJAZEERA);
    expect(items[0]?.summary).toBe(
      "Ferran Torres scores three of Barcelona's first four goals in a 5-0 Copa del Rey quarterfinal win at Valencia.",
    );
    expect(items[1]?.summary.endsWith("workforce.")).toBe(true);
  });

  it("Al Jazeera ?traffic_source=rss is stripped and the ?t= guid is not an identity", async () => {
    const first = await normaliseFixture("aljazeera-rss2-all-excerpt.xml", ALJAZEERA);
    const edited = await normaliseFixture("aljazeera-rss2-all-excerpt.xml", ALJAZEERA, (text) =>
      text.replace("?t=1738882009", "?t=1738890000"),
    );
    expect(first.items[0]?.url).toBe(
      "https://www.aljazeera.com/sports/2025/2/6/torres-hattrick-leads-barcelona-copa-del-rey-rout-at-valencia",
    );
    expect(first.items[0]?.guid).toBeNull();
    expect(edited.items[0]?.id).toBe(first.items[0]?.id);
  });

  it("Google News item names the outlet from <source>, not Google, and drops the echo description", async () => {
    const { items } = await normaliseFixture("google-news-search-ko-2026-rss2.xml", GOOGLE);
    expect(items[0]).toMatchObject({
      outlet: "조선일보",
      title: '박홍근 "호남 반도체, 기업 팔 비틀기 아냐…팹 증설도 구상"',
      summary: "",
      language: "ko",
    });
    expect(items[2]?.outlet).toBe("gjdream.com");
  });

  it("Google News opaque redirect link is the identity, without ?oc=5", async () => {
    const { items } = await normaliseFixture("google-news-search-ko-2026-rss2.xml", GOOGLE);
    expect(items[0]?.url).toBe(
      "https://news.google.com/rss/articles/CBMijgFBVV95cUxPWU0yTFA5N0pwQlhteWMzQzhnc29tc1FOSEN0VXowUW5oTXE1WlBRZllsdjAycXc1UVRxdG5BQ1pvMkluZV9uX0tkMjNWSWNxOXJpZFZvcndJeEZrMDRDSm16X3pibW5ZVjM2RHAtanRnOTZBS1JxZHhMa2ZYa0o5QVdNRVcwRzcwcjZqQTdB",
    );
    expect(items[0]?.link.endsWith("?oc=5")).toBe(true);
  });

  it("Google News 2020 redirect link decodes to the publisher URL", async () => {
    const { items } = await normaliseFixture("google-news-topstories-2020-rss2.xml", GOOGLE);
    expect(items[0]).toMatchObject({
      url: "https://www.foxnews.com/entertainment/maher-rips-barrett-trumps-expected-supreme-court-pick-shes-a-f-ing-nut",
      outlet: "Fox News",
      title: "Maher rips Barrett, Trump's expected Supreme Court pick: 'She's a f---ing nut'",
      summary: "",
    });
  });

  it("Reuters feedburner:origLink wins over the ~r redirect and loses feedType/feedName", async () => {
    const { items } = await normaliseFixture("reuters-legacy-feedburner-rss2.xml", REUTERS);
    const direct =
      "https://www.reuters.com/article/us-northkorea-missiles-usa/u-s-general-says-north-korea-not-demonstrated-all-components-of-icbm-idUSKBN1FJ23Z";
    expect(items[0]?.url).toBe(direct);
    expect(items[0]?.link).toMatch(/^http:\/\/feeds\.reuters\.com\/~r\//);
    // The same story reached directly (another feed, another poll) is the same item.
    expect(items[0]?.id).toBe(
      itemId(identityKey({ feedId: "other", articleUrl: direct, guid: null, title: "x" })),
    );
  });

  it("Reuters description loses its feedflare links and tracking pixel", async () => {
    const { items } = await normaliseFixture("reuters-legacy-feedburner-rss2.xml", REUTERS);
    expect(items[0]?.summary.startsWith("WASHINGTON (Reuters) - North Korea's nuclear program")).toBe(true);
    expect(items[0]?.summary.endsWith("said on Tuesday.")).toBe(true);
  });

  it("VOA podcast item without <link> points at its guid, with an empty summary and no broadcast date", async () => {
    const { items } = await normaliseFixture("voa-learningenglish-podcast-rss2-excerpt.xml", VOA);
    expect(items[0]).toMatchObject({
      url: "https://learningenglish.voanews.com/a/6657532.html",
      link: "https://learningenglish.voanews.com/a/6657532.html",
      title: "Sri Lankan President Flees, Protesters Storm PM’s Office",
      summary: "",
    });
  });

  it("RFE/RL (Pangea) empty <description/> gives an empty summary, unsorted items keep their dates", async () => {
    const feed = feedConfig("rferl", "RFE/RL", "https://www.slobodnaevropa.org/api/zqtovekoir", "bs");
    const { items } = await normaliseFixture("rferl-pangea-rss2-bosnian.xml", feed);
    expect(items[0]?.summary).toBe("");
    expect(items.map((item) => item.publishedAt.slice(0, 10))).toEqual([
      "2020-11-16",
      "2020-07-07",
      "2020-07-07",
      "2020-07-03",
    ]);
  });

  it("UN News /feed/view/ link is kept and canonicalised as is", async () => {
    const { items } = await normaliseFixture("un-news-rss2-europe-2022.xml", UN);
    expect(items[0]).toMatchObject({
      url: "https://news.un.org/feed/view/en/story/2022/04/1115242",
      link: "https://news.un.org/feed/view/en/story/2022/04/1115242",
      outlet: "UN News",
      publishedAt: "2022-04-01T04:01:55.000Z",
    });
    expect(items[3]?.title).toBe(
      "Ukraine war: Russia used cluster weapons at least 24 times, says UN’s Bachelet",
    );
  });

  it("BBC at_medium/at_campaign are stripped and the #0/#1 guid fragment does not split a story", async () => {
    const first = await normaliseFixture("bbc-world-rss2-2026.xml", BBC);
    const revised = await normaliseFixture("bbc-world-rss2-2026.xml", BBC, (text) =>
      text.replace("c0r47ey0d1vo#0", "c0r47ey0d1vo#1"),
    );
    expect(first.items[0]?.url).toBe("https://www.bbc.com/news/articles/c0r47ey0d1vo");
    expect(revised.items[0]?.id).toBe(first.items[0]?.id);
    expect(first.items[0]?.language).toBe("en");
  });
});

describe("normaliseItems: missing and odd data", () => {
  it("Mastodon item without a title takes the first words of its text", async () => {
    const feed = feedConfig("mastodon", "Mastodon", "https://mastodon.social/@pdxjohnny.rss");
    const { items } = await normaliseFixture("mastodon-rss2-no-titles-2022.xml", feed);
    expect(items[1]?.title.startsWith("The Alice thread continues! We take one step further")).toBe(true);
    expect(items[1]?.title.length).toBeLessThanOrEqual(100);
    expect(items[1]?.summary).toContain("Today we're playing with SCITT and ATProto");
  });

  it("item with neither title nor summary is skipped with a warning", async () => {
    const feed = feedConfig("lenta", "Lenta.ru", "https://lenta.ru/rss", "ru");
    const { items, warnings } = await normaliseFixture("lenta-rss2-ru-2026.xml", feed, (text) =>
      text.replace("<title>Роналду установил рекорд чемпионатов мира</title>", ""),
    );
    expect(items).toHaveLength(7);
    expect(warnings).toContain(
      "skipped an item with neither title nor summary (https://lenta.ru/news/2026/06/23/ronaldu-ustanovil-rekord-chempionatov-mira/)",
    );
  });

  it("Lenta.ru empty CDATA descriptions give empty summaries", async () => {
    const feed = feedConfig("lenta", "Lenta.ru", "https://lenta.ru/rss", "ru");
    const { items } = await normaliseFixture("lenta-rss2-ru-2026.xml", feed);
    expect(items.every((item) => item.summary === "")).toBe(true);
    expect(items[0]?.url).toBe(
      "https://lenta.ru/news/2026/06/23/u-zhilogo-doma-v-turtsii-upal-neopoznannyy-bespilotnik",
    );
  });

  it("relative item links are resolved against the feed's site link", async () => {
    const feed = feedConfig("nhk", "NHK", "https://www3.nhk.or.jp/rss/news/cat0.xml", "ja");
    const { items } = await normaliseFixture("nhk-rss2-ja-2025.xml", feed, (text) =>
      text.replaceAll("<link>http://www3.nhk.or.jp/news/html/", "<link>html/"),
    );
    expect(items[0]?.link).toBe("https://www.nhk.or.jp/news/html/20250930/k10014936121000.html");
  });

  it("NHK http item links get an https canonical URL", async () => {
    const feed = feedConfig("nhk", "NHK", "https://www3.nhk.or.jp/rss/news/cat0.xml", "ja");
    const { items } = await normaliseFixture("nhk-rss2-ja-2025.xml", feed);
    expect(items[0]?.url).toBe("https://www3.nhk.or.jp/news/html/20250930/k10014936121000.html");
    expect(items[0]?.link).toBe("http://www3.nhk.or.jp/news/html/20250930/k10014936121000.html");
    expect(items[0]?.publishedAt).toBe("2025-09-30T03:19:00.000Z");
  });

  it("item without a date is dated now and marked estimated", async () => {
    const feed = feedConfig("lenta", "Lenta.ru", "https://lenta.ru/rss", "ru");
    const { items, warnings } = await normaliseFixture("lenta-rss2-ru-2026.xml", feed, (text) =>
      text.replace(/<pubDate>[^<]*<\/pubDate>/g, ""),
    );
    expect(items[0]).toMatchObject({ publishedAt: NOW.toISOString(), publishedEstimated: true });
    expect(warnings).toEqual([]);
  });

  it("date in the future is replaced by now with a warning", async () => {
    const feed = feedConfig(
      "chinanews",
      "China News Service",
      "https://www.chinanews.com.cn/rss/scroll-news.xml",
      "zh",
    );
    const before = new Date("2026-04-18T22:00:00Z");
    const { items, warnings } = await normaliseFixture("chinanews-rss2-zh-2026.xml", feed, undefined, before);
    expect(items[0]).toMatchObject({ publishedAt: before.toISOString(), publishedEstimated: true });
    expect(items[2]).toMatchObject({ publishedAt: "2026-04-18T15:26:01.000Z", publishedEstimated: false });
    expect(warnings).toContain(
      '"英媒称霍尔木兹海峡航运再次停滞": date 2026-04-18T22:22:34.000Z is in the future: used now',
    );
  });

  it("unreadable date is replaced by now with a warning", async () => {
    const feed = feedConfig("qmacro", "DJ Adams", "https://qmacro.org/feed/feed.xml");
    const { items, warnings } = await normaliseFixture("qmacro-atom-2026.xml", feed, (text) =>
      text.replace("<updated>2026-01-07T00:00:00Z</updated>", "<updated>last Tuesday</updated>"),
    );
    expect(items[1]).toMatchObject({ publishedAt: NOW.toISOString(), publishedEstimated: true });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('unreadable date "last Tuesday": used now');
  });

  it("Chinese ideographic indentation is collapsed out of summaries", async () => {
    const feed = feedConfig(
      "chinanews",
      "China News Service",
      "https://www.chinanews.com.cn/rss/scroll-news.xml",
      "zh",
    );
    const { items } = await normaliseFixture("chinanews-rss2-zh-2026.xml", feed);
    expect(items[4]?.summary).toBe("【东盟专线】中国—东盟翻译传播联盟成立");
    expect(items[0]?.language).toBe("zh");
  });

  it("tagesschau UUID guid is kept as guid but never taken for a link", async () => {
    const feed = feedConfig("tagesschau", "tagesschau", "https://www.tagesschau.de/xml/rss2", "de");
    const { items } = await normaliseFixture("tagesschau-rss2-de-2023.xml", feed, (text) =>
      text.replace("<link>https://www.tagesschau.de/wirtschaft/haushalt-volumen-100.html</link>", ""),
    );
    expect(items[0]?.guid).toBe("2371e076-f0bd-4e39-8fcf-3e6cf3308eff");
    expect(items[0]?.link).toBe("https://www.tagesschau.de/");
    expect(items[0]?.url).toBe(`https://www.tagesschau.de/#item-${items[0]?.id}`);
    expect(items[0]?.id).toBe(
      itemId(
        identityKey({
          feedId: "tagesschau",
          articleUrl: null,
          guid: "2371e076-f0bd-4e39-8fcf-3e6cf3308eff",
          title: "",
        }),
      ),
    );
  });

  it("JSON Feed item is keyed by its article url, not its discussion link", async () => {
    const feed = feedConfig("hn-best", "Hacker News", "https://hnrss.org/best.jsonfeed");
    const { items } = await normaliseFixture("hnrss-best-jsonfeed-2024.json", feed);
    expect(items[0]).toMatchObject({
      url: "https://agileotter.blogspot.com/2014/09/programming-is-mostly-thinking.html",
      title: "Programming Is Mostly Thinking (2014)",
      language: "en",
    });
  });

  it("JSON Feed item with a NUL and other control characters in its fields is stored clean", async () => {
    // Issue 15: one U+0000 in a title made Postgres refuse the whole feed.
    const feed = feedConfig("hn-best", "Hacker News", "https://hnrss.org/best.jsonfeed");
    const { items } = await normaliseFixture("hnrss-best-jsonfeed-2024.json", feed, (text) =>
      text
        .replace(
          '"Programming Is Mostly Thinking (2014)"',
          '"Programming Is\\u0000 Mostly\\u001b Thinking (2014)"',
        )
        .replace('"url": "http://agileotter', '"url": "http://agile\\u0000otter')
        .replace("<p>Points: 457", "<p>Points:\\u0007 457"),
    );
    expect(items[0]).toMatchObject({
      url: "https://agileotter.blogspot.com/2014/09/programming-is-mostly-thinking.html",
      title: "Programming Is Mostly Thinking (2014)",
    });
    expect(items[0]?.summary).toContain("Points: 457");
    expect(JSON.stringify(items)).not.toMatch(/\\u00[01][0-9a-f]/);
  });

  it("the same article twice in one feed is kept once with a warning", async () => {
    const { items, warnings } = await normaliseFixture("bbc-world-rss2-2026.xml", BBC, (text) =>
      text.replaceAll("c1dk0x0v6pdo", "c0r47ey0d1vo"),
    );
    expect(items).toHaveLength(3);
    expect(warnings).toContain("dropped 1 duplicate items (same article twice in the feed)");
  });
});

describe("normaliseItems: the language of each item (issue 16)", () => {
  const VNEXPRESS = feedConfig("vnexpress", "VnExpress", "https://vnexpress.net/rss/tin-moi-nhat.rss", null);

  it("detects Vietnamese and English items in a feed that declares no language", async () => {
    const { items } = await normaliseFixture("vnexpress-tin-moi-nhat-2019-02-14-rss2.xml", VNEXPRESS);
    const english = items.filter((item) => item.language === "en").map((item) => item.title);
    expect(english).toEqual([
      "Vietnam designer’s collection at New York Fashion Week garners global attention",
      "Thai League 1 has two Vietnamese players in ASEAN XI",
      "A rare boat cruise through tea estate islands in Vietnam",
    ]);
    expect(items.filter((item) => item.language === "vi")).toHaveLength(items.length - 3);
  });

  it("takes the language feeds.json gives over detection", async () => {
    const declared = { ...VNEXPRESS, language: "vi" };
    const { items } = await normaliseFixture("vnexpress-tin-moi-nhat-2019-02-14-rss2.xml", declared);
    expect(items.find((item) => item.title.startsWith("Giải cứu cặp khỉ"))?.language).toBe("vi");
  });

  it("takes an item's own xml:lang when the feed declares none", async () => {
    const { items } = await normaliseFixture("vnexpress-tin-moi-nhat-2019-02-14-rss2.xml", VNEXPRESS, (xml) =>
      xml.replace("<item>", '<item xml:lang="ms">'),
    );
    expect(items[0]?.language).toBe("ms");
  });

  it("reads a headline in another script in the language of its script, whatever the feed declares", async () => {
    const { items } = await normaliseFixture(
      "chinanews-rss2-zh-2026.xml",
      feedConfig("cn", "Chinanews", "https://www.chinanews.com.cn/rss/world.xml", "en"),
    );
    expect(items.every((item) => item.language === "zh")).toBe(true);
  });
});
