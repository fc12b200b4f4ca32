import ipaddr from "ipaddr.js";
import { request } from "undici";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AddressRefusedError,
  checkUrl,
  classifyAddress,
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

/**
 * Every block of the IANA special-purpose registries (iana.org/assignments/iana-ipv4-special-registry and
 * iana-ipv6-special-registry), plus multicast, each tested at its first, middle and last address. Blocks
 * that carry an IPv4 address are judged by it, below.
 */
const SPECIAL_IPV4: [string, string][] = [
  ["0.0.0.0/8", "this network"],
  ["10.0.0.0/8", "private"],
  ["100.64.0.0/10", "shared address space (carrier-grade NAT)"],
  ["127.0.0.0/8", "loopback"],
  ["169.254.0.0/16", "link-local"],
  ["172.16.0.0/12", "private"],
  ["192.0.0.0/24", "IETF protocol assignments"],
  ["192.0.2.0/24", "documentation (TEST-NET-1)"],
  ["192.31.196.0/24", "AS112-v4"],
  ["192.52.193.0/24", "AMT"],
  ["192.88.99.0/24", "deprecated 6to4 relay anycast"],
  ["192.168.0.0/16", "private"],
  ["192.175.48.0/24", "direct delegation AS112"],
  ["198.18.0.0/15", "benchmarking"],
  ["198.51.100.0/24", "documentation (TEST-NET-2)"],
  ["203.0.113.0/24", "documentation (TEST-NET-3)"],
  ["224.0.0.0/4", "multicast"],
  ["240.0.0.0/4", "reserved"],
  ["255.255.255.255/32", "limited broadcast"],
];

const SPECIAL_IPV6: [string, string][] = [
  ["::1/128", "loopback"],
  ["::/128", "unspecified"],
  ["100::/64", "discard-only"],
  ["100:0:0:1::/64", "dummy prefix"],
  ["2001::/23", "IETF protocol assignments (outside Teredo)"],
  ["2001:1::1/128", "port control protocol anycast"],
  ["2001:1::2/128", "TURN anycast"],
  ["2001:1::3/128", "DNS-SD service registration"],
  ["2001:2::/48", "benchmarking"],
  ["2001:3::/32", "AMT"],
  ["2001:4:112::/48", "AS112-v6"],
  ["2001:10::/28", "deprecated ORCHID"],
  ["2001:20::/28", "ORCHIDv2"],
  ["2001:30::/28", "drone remote ID"],
  ["2001:db8::/32", "documentation"],
  ["2620:4f:8000::/48", "direct delegation AS112"],
  ["3fff::/20", "documentation"],
  ["5f00::/16", "segment routing SIDs"],
  ["fc00::/7", "unique-local"],
  ["fe80::/10", "link-local"],
  ["fec0::/10", "deprecated site-local"],
  ["ff00::/8", "multicast"],
];

/** First, middle and last address of a CIDR block (Teredo's 2001::/32 is left to the embedding table). */
function samples(cidr: string): string[] {
  const [address, bits] = ipaddr.parseCIDR(cidr);
  const bytes = address.toByteArray();
  const first = bytes.map((b, i) =>
    i * 8 >= bits ? 0 : i * 8 + 8 <= bits ? b : b & (0xff << (8 - (bits - i * 8))),
  );
  const last = first.map((b, i) =>
    i * 8 >= bits ? 0xff : i * 8 + 8 <= bits ? b : b | (0xff >> (bits - i * 8)),
  );
  const middle = first.map((b, i) => (i === Math.floor(bits / 8) + (bits % 8 === 0 ? 0 : 1) ? b | 0x42 : b));
  const teredo = ipaddr.parseCIDR("2001::/32");
  return [first, middle, last]
    .map((b) => ipaddr.fromByteArray(b).toString())
    .filter((a) => (cidr === "2001::/23" ? !ipaddr.parse(a).match(teredo) : true))
    .filter((a, i, all) => all.indexOf(a) === i);
}

/** Ways an IPv6 address carries an IPv4 one; each must be judged by the IPv4 address inside. */
const EMBEDDINGS: [string, (v4: number[]) => number[]][] = [
  ["IPv4-compatible ::/96", (v4) => [...Array(12).fill(0), ...v4]],
  ["IPv4-mapped ::ffff:0:0/96", (v4) => [...Array(10).fill(0), 0xff, 0xff, ...v4]],
  ["IPv4-translated ::ffff:0:0:0/96", (v4) => [...Array(8).fill(0), 0xff, 0xff, 0, 0, ...v4]],
  ["NAT64 64:ff9b::/96", (v4) => [0, 0x64, 0xff, 0x9b, ...Array(8).fill(0), ...v4]],
  ["NAT64 local-use 64:ff9b:1::/48", (v4) => [0, 0x64, 0xff, 0x9b, 0, 1, ...Array(6).fill(0), ...v4]],
  ["6to4 2002::/16", (v4) => [0x20, 0x02, ...v4, ...Array(9).fill(0), 1]],
  // RFC 4380 §4: server 8.8.8.8 (public), client inverted in the last 32 bits.
  [
    "Teredo client 2001::/32",
    (v4) => [0x20, 1, 0, 0, 8, 8, 8, 8, 0x80, 0, 0xff, 0xff, ...v4.map((b) => b ^ 0xff)],
  ],
  ["Teredo server 2001::/32", (v4) => [0x20, 1, 0, 0, ...v4, 0x80, 0, 0xff, 0xff, 0xf7, 0xf7, 0xf7, 0xf7]],
];

describe("every special-purpose address is refused", () => {
  it.each(SPECIAL_IPV4.flatMap(([cidr, name]) => samples(cidr).map((ip) => [ip, cidr, name])))(
    "%s (%s, %s) is not public",
    (ip) => {
      expect(classifyAddress(ip)).not.toBe("unicast");
      expect(isPublicAddress(ip)).toBe(false);
    },
  );

  it.each(SPECIAL_IPV6.flatMap(([cidr, name]) => samples(cidr).map((ip) => [ip, cidr, name])))(
    "%s (%s, %s) is not public",
    (ip) => {
      expect(isPublicAddress(ip)).toBe(false);
    },
  );

  const v4Samples = SPECIAL_IPV4.flatMap(([cidr, name]) => samples(cidr).map((ip) => [ip, name] as const));
  it.each(
    EMBEDDINGS.flatMap(([form, embed]) =>
      v4Samples.map(([v4, name]) => [
        ipaddr.fromByteArray(embed(ipaddr.parse(v4).toByteArray())).toString(),
        form,
        v4,
        name,
      ]),
    ),
  )("%s (%s of %s, %s) is not public", (ip) => {
    expect(isPublicAddress(ip)).toBe(false);
  });

  it.each(
    EMBEDDINGS.flatMap(([form, embed]) =>
      ["8.8.8.8", "1.1.1.1", "151.101.1.1"].map((v4) => [
        ipaddr.fromByteArray(embed(ipaddr.parse(v4).toByteArray())).toString(),
        form,
        v4,
      ]),
    ),
  )("%s (%s of public %s) is public", (ip) => {
    expect(isPublicAddress(ip)).toBe(true);
  });

  it.each([
    ["[::7f00:1]", "127.0.0.1 as IPv4-compatible"],
    ["[::127.0.0.1]", "the same, dotted"],
    ["[64:ff9b::a9fe:a9fe]", "the metadata address through NAT64"],
    ["[2002:a00:1::]", "10.0.0.1 through 6to4"],
    ["[2001:0:808:808:8000:ffff:80ff:fffe]", "127.0.0.1 as a Teredo client"],
  ])("refuses %s (%s) in a feed URL", (host) => {
    expect(checkUrl(`http://${host}:8080/feed`, false)?.code).toBe("FEED_REFUSED_ADDRESS");
  });

  it("refuses a local-use NAT64 address whose layout is not /96 rather than guess", () => {
    expect(checkUrl("http://[64:ff9b:1:7f00:0:100:808:808]/", false)?.message).toBe(
      `refused: 64:ff9b:1:7f00:0:100:808:808 is a NAT64 address whose embedded IPv4 address cannot be told ${SWITCH}`,
    );
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
