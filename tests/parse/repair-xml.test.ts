import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { closeTruncatedXml } from "../../src/parse/close-truncated-xml.js";
import { repairXml } from "../../src/parse/repair-xml.js";
import { FEED_FIXTURES, feedFixturePath, readFeedFixture } from "../fixtures/feeds/feed-fixtures.js";

describe("repairXml", () => {
  it("leaves CDATA sections exactly as they are", () => {
    const text = readFeedFixture("aljazeera-rss2-all-excerpt.xml").toString("utf8");
    const { xml } = repairXml(text);
    expect(xml).toContain("<![CDATA[Ferran Torres scores three of Barcelona&#039;s first four goals");
  });

  it("drops what a server printed before the XML declaration", () => {
    const text = `Warning: session_start() failed<br />\n${readFeedFixture("dw-rdf-bosnian.xml").toString("utf8")}`;
    const { xml, warnings } = repairXml(text);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(warnings).toEqual(["ignored 38 characters before the XML declaration"]);
  });

  it("removes character references to characters XML forbids", () => {
    const { xml, warnings } = repairXml("<rss><channel><title>a&#1;b&#x1F;c&#9;d</title></channel></rss>");
    expect(xml).toBe("<rss><channel><title>abc&#9;d</title></channel></rss>");
    expect(warnings).toEqual(["removed 2 character references to characters XML does not allow"]);
  });

  it("keeps unknown entity references as visible text", () => {
    const { xml } = repairXml("<title>R&D &bogus; &amp; more</title>");
    expect(xml).toBe("<title>R&amp;D &amp;bogus; &amp; more</title>");
  });

  it("changes nothing in a clean capture", () => {
    const text = readFeedFixture("un-news-rss2-europe-2022.xml").toString("utf8");
    expect(repairXml(text)).toEqual({
      xml: text.trimStart(),
      refusedEntities: 0,
      expandingEntities: 0,
      warnings: [],
    });
  });
});

describe("closeTruncatedXml", () => {
  it("closes the VOA capture that ends with a '...' line", () => {
    const text = readFeedFixture("voa-learningenglish-podcast-rss2-excerpt.xml").toString("utf8");
    const closed = closeTruncatedXml(text);
    expect(closed?.closed).toEqual(["channel", "rss"]);
    expect(closed?.xml.endsWith("...</channel></rss>")).toBe(true);
    expect(closed?.droppedPartialItem).toBe(false);
  });

  it("returns null for a complete document", () => {
    expect(closeTruncatedXml(readFeedFixture("bbc-world-rss2-2026.xml").toString("utf8"))).toBeNull();
  });
});

describe("the fixture folder", () => {
  it("has a sidecar naming the source of every capture, and the index lists every capture", () => {
    const folder = feedFixturePath(".");
    const captures = readdirSync(folder).filter((file) => /\.(xml|json|html)$/.test(file));
    expect(captures.sort()).toEqual(FEED_FIXTURES.map((fixture) => fixture.file).sort());
    for (const file of captures) {
      const sidecar = readFileSync(
        feedFixturePath(file.replace(/\.(xml|json|html)$/, ".source.txt")),
        "utf8",
      );
      expect(sidecar).toMatch(/^Source: /);
    }
  });
});
