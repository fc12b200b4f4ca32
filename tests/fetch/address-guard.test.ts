import { request } from "undici";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AddressRefusedError,
  checkUrl,
  createGuardedAgent,
  isAllowedAddress,
  isPublicAddress,
} from "../../src/fetch/address-guard.js";
import { type FeedRequest, type FetchResult, fetchFeed } from "../../src/fetch/fetch-feed.js";
import { type FeedServer, startFeedServer } from "../support/feed-server.js";

const FEED = '<?xml version="1.0"?><rss version="2.0"><channel><title>guard test</title></channel></rss>';
const SWITCH = "(set TRACEWIRE_ALLOW_PRIVATE_HOSTS=1 to allow)";

function fresh(url: string): FeedRequest {
  return { url, etag: null, lastModified: null };
}

function failure(result: FetchResult): { code: string; message: string } {
  if (result.kind !== "failed") throw new Error(`expected a failure, got ${result.kind}`);
  return { code: result.error.code, message: result.error.message };
}

describe("isPublicAddress (classification only, no traffic)", () => {
  it.each([
    ["10.1.2.3", false],
    ["172.16.0.1", false],
    ["192.168.1.1", false],
    ["169.254.169.254", false],
    ["127.0.0.1", false],
    ["::1", false],
    ["fe80::1", false],
    ["fc00::1", false],
    ["fd12:3456::1", false],
    ["::ffff:127.0.0.1", false],
    ["::ffff:169.254.169.254", false],
    ["0.0.0.0", false],
    ["::", false],
    ["100.64.0.1", false],
    ["224.0.0.1", false],
    ["255.255.255.255", false],
    ["64:ff9b::7f00:1", false],
    ["2002:a00:1::1", false],
    ["not an address", false],
    ["8.8.8.8", true],
    ["2606:4700::1", true],
    ["::ffff:8.8.8.8", true],
    ["64:ff9b::808:808", true],
  ])("%s is public: %s", (ip, expected) => {
    expect(isPublicAddress(ip)).toBe(expected);
  });
});

describe("isAllowedAddress", () => {
  it.each([
    [{ allowPrivateHosts: true }, "127.0.0.1", true],
    [{ allowPrivateHosts: false }, "127.0.0.1", false],
    [{ allowPrivateHosts: false, allowAddresses: ["10.0.0.5"] }, "10.0.0.5", true],
    [{ allowPrivateHosts: false, allowAddresses: ["10.0.0.5"] }, "10.0.0.6", false],
    [{ allowPrivateHosts: false, allowAddresses: ["192.168.7.0/24"] }, "192.168.7.200", true],
    [{ allowPrivateHosts: false, allowAddresses: ["192.168.7.0/24"] }, "192.168.8.1", false],
    [{ allowPrivateHosts: false, allowAddresses: ["fd00::/8"] }, "fd00::1", true],
    [{ allowPrivateHosts: false, allowAddresses: [] }, "8.8.8.8", true],
  ])("with %j, %s is allowed: %s", (policy, ip, expected) => {
    expect(isAllowedAddress(ip, policy)).toBe(expected);
  });
});

describe("checkUrl", () => {
  it.each([
    ["http://127.0.0.1/feed", `refused: 127.0.0.1 is a loopback address ${SWITCH}`],
    [
      "http://169.254.169.254/latest/meta-data/",
      `refused: 169.254.169.254 is a link-local address ${SWITCH}`,
    ],
    ["http://10.0.0.1/", `refused: 10.0.0.1 is a private (RFC 1918) address ${SWITCH}`],
    ["http://[::1]:8080/", `refused: ::1 is a loopback address ${SWITCH}`],
    ["http://[fc00::1]/", `refused: fc00::1 is a unique-local address ${SWITCH}`],
    ["http://0.0.0.0/", `refused: 0.0.0.0 is an unspecified address ${SWITCH}`],
    ["http://2130706433/", `refused: 127.0.0.1 is a loopback address ${SWITCH}`],
    ["http://0x7f.1/", `refused: 127.0.0.1 is a loopback address ${SWITCH}`],
    ["http://[::ffff:7f00:1]/", `refused: ::ffff:7f00:1 is a loopback address ${SWITCH}`],
  ])("refuses %s by its literal address", (url, message) => {
    const error = checkUrl(url, false);
    expect(error?.code).toBe("FEED_REFUSED_ADDRESS");
    expect(error?.message).toBe(message);
  });

  it.each(["file:///etc/passwd", "ftp://example.org/", "gopher://example.org/", "data:text/xml,<rss/>"])(
    "refuses the scheme of %s",
    (url) => {
      expect(checkUrl(url, true)?.code).toBe("FEED_BAD_URL");
    },
  );

  it.each(["https://rss.dw.com/rdf/rss-en-all", "http://8.8.8.8/feed", "http://127.0.0.1/feed"])(
    "lets %s through with the switch on",
    (url) => {
      expect(checkUrl(url, true)).toBeNull();
    },
  );

  it("leaves host names to the connect-time check", () => {
    expect(checkUrl("http://localhost/feed", false)).toBeNull();
  });
});

describe("SSRF refusal: the loopback server never sees a request", () => {
  let server: FeedServer;
  let inner: FeedServer;

  beforeAll(async () => {
    server = await startFeedServer({ "/feed.xml": { body: FEED } });
    // A second server on another loopback address stands in for an internal service.
    inner = await startFeedServer({ "/secret": { body: "internal" } }, { host: "127.0.0.2" });
  });

  afterAll(async () => {
    await server.close();
    await inner.close();
  });

  it("refuses http://127.0.0.1/… without the switch", async () => {
    const before = server.requests.length;
    const result = await fetchFeed(fresh(server.url("/feed.xml")), { allowPrivateHosts: false });
    expect(failure(result)).toEqual({
      code: "FEED_REFUSED_ADDRESS",
      message: `refused: 127.0.0.1 is a loopback address ${SWITCH}`,
    });
    expect(server.requests.length).toBe(before);
  });

  it("refuses a host name that resolves to loopback, after DNS", async () => {
    const before = server.requests.length;
    const result = await fetchFeed(fresh(`http://localhost:${server.port}/feed.xml`), {
      allowPrivateHosts: false,
    });
    expect(failure(result).code).toBe("FEED_REFUSED_ADDRESS");
    expect(failure(result).message).toMatch(
      /^refused: localhost resolves to (127\.0\.0\.1|::1), a loopback address \(set TRACEWIRE_ALLOW_PRIVATE_HOSTS=1 to allow\)$/,
    );
    expect(server.requests.length).toBe(before);
  });

  it("fetches the same loopback feed with the switch on", async () => {
    const result = await fetchFeed(fresh(`http://localhost:${server.port}/feed.xml`), {
      allowPrivateHosts: true,
    });
    expect(result.kind === "ok" && result.body.toString()).toBe(FEED);
  });

  it("refuses a redirect from an allowed address to an internal one, and never connects to it", async () => {
    const url = server.setRoute("/to-inner.xml", {
      status: 302,
      headers: { location: inner.url("/secret") },
    });
    const result = await fetchFeed(fresh(url), { allowPrivateHosts: false, allowAddresses: ["127.0.0.1"] });
    expect(failure(result)).toEqual({
      code: "FEED_REFUSED_ADDRESS",
      message: `refused: 127.0.0.2 is a loopback address ${SWITCH}, after a redirect to ${inner.url("/secret")}`,
    });
    expect(server.requestsTo("/to-inner.xml")).toHaveLength(1);
    expect(inner.requests).toHaveLength(0);
  });

  it("refuses a redirect to a host name that resolves to loopback, checked after DNS", async () => {
    // The first hop is the allowed 127.0.0.2; the redirect names localhost, which resolves to 127.0.0.1.
    const target = `http://localhost:${server.port}/feed.xml`;
    const url = inner.setRoute("/to-localhost.xml", { status: 302, headers: { location: target } });
    const before = server.requests.length;
    const result = await fetchFeed(fresh(url), { allowPrivateHosts: false, allowAddresses: ["127.0.0.2"] });
    expect(failure(result).code).toBe("FEED_REFUSED_ADDRESS");
    expect(failure(result).message).toMatch(
      /^refused: localhost resolves to .*, after a redirect to http:\/\/localhost:/,
    );
    expect(inner.requestsTo("/to-localhost.xml")).toHaveLength(1);
    expect(server.requests.length).toBe(before);
  });
});

describe("createGuardedAgent, as delivery code uses it", () => {
  let server: FeedServer;

  beforeAll(async () => {
    server = await startFeedServer({ "/hook": { body: "ok" } });
  });

  afterAll(async () => {
    await server.close();
  });

  it.each([
    ["an IP literal", (port: number) => `http://127.0.0.1:${port}/hook`, "127.0.0.1 is a loopback address"],
    ["a host name", (port: number) => `http://localhost:${port}/hook`, /^localhost resolves to/],
  ])("refuses %s at connect time with a typed error callers can word", async (_kind, makeUrl, message) => {
    const agent = createGuardedAgent({ allowPrivateHosts: false });
    try {
      const attempt = request(makeUrl(server.port), { dispatcher: agent, method: "POST", body: "{}" });
      await expect(attempt).rejects.toBeInstanceOf(AddressRefusedError);
      await expect(attempt).rejects.toThrow(message);
      expect(server.requests).toHaveLength(0);
    } finally {
      await agent.close();
    }
  });

  it("connects with the switch on", async () => {
    const agent = createGuardedAgent({ allowPrivateHosts: true });
    try {
      const response = await request(server.url("/hook"), { dispatcher: agent });
      expect(await response.body.text()).toBe("ok");
    } finally {
      await agent.close();
    }
  });
});
