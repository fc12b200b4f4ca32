/**
 * SSRF guard: decides which IP addresses tracewire may connect to, and builds an undici Agent that applies
 * that decision to the address actually connected to (after DNS, on every redirect hop, IP literals too).
 * Feeds, Slack/Discord webhooks and Slack `response_url`s all go through it. Ranges come from ipaddr.js,
 * never from a hand-written CIDR table.
 */
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { isIP, type LookupFunction } from "node:net";
import ipaddr from "ipaddr.js";
import { Agent, buildConnector } from "undici";
import { FeedFetchError } from "../errors.js";

/** Which non-public addresses may be reached. Public unicast addresses are always allowed. */
export interface AddressPolicy {
  /** TRACEWIRE_ALLOW_PRIVATE_HOSTS=1: loopback, private, link-local … all allowed. */
  allowPrivateHosts: boolean;
  /** Specific addresses or CIDR ranges allowed although not public, e.g. ["10.1.2.3", "192.168.7.0/24"]. */
  allowAddresses?: readonly string[] | undefined;
}

/** Thrown by the guarded agent's connector; callers word it for their target (feed, webhook, …). */
export class AddressRefusedError extends Error {
  readonly code = "ERR_ADDRESS_REFUSED";
  /** The host as asked for (a name or an IP literal). */
  readonly hostname: string;
  /** The address that would have been connected to. */
  readonly address: string;
  /** ipaddr.js range name, e.g. "loopback", "private", "linkLocal". */
  readonly range: string;
  constructor(hostname: string, address: string, range: string) {
    super(describeRefusal(hostname, address, range));
    this.name = "AddressRefusedError";
    this.hostname = hostname;
    this.address = address;
    this.range = range;
  }
}

const RANGE_WORDS: Record<string, string> = {
  loopback: "a loopback address",
  private: "a private (RFC 1918) address",
  linkLocal: "a link-local address",
  uniqueLocal: "a unique-local address",
  unspecified: "an unspecified address",
  multicast: "a multicast address",
  broadcast: "a broadcast address",
  carrierGradeNat: "a carrier-grade NAT address",
  reserved: "a reserved address",
  nat64Layout: "a NAT64 address whose embedded IPv4 address cannot be told",
};

/** "127.0.0.1 is a loopback address", or "localhost resolves to 127.0.0.1, a loopback address". */
export function describeRefusal(hostname: string, address: string, range: string): string {
  const words = RANGE_WORDS[range] ?? `a non-public address (${range})`;
  return stripBrackets(hostname) === address
    ? `${address} is ${words}`
    : `${hostname} resolves to ${address}, ${words}`;
}

/**
 * The ipaddr.js range of an address. An IPv6 address that carries an IPv4 address is judged by that IPv4
 * address (and by the worse of the two for Teredo), so `[::7f00:1]` is loopback like 127.0.0.1.
 */
export function classifyAddress(ip: string): string {
  if (!ipaddr.isValid(ip)) return "invalid";
  const parsed = ipaddr.parse(ip);
  if (parsed.kind() === "ipv4") return parsed.range();
  const embedded = embeddedIPv4(parsed as ipaddr.IPv6);
  if (embedded === null) return parsed.match(DUMMY_PREFIX) ? "reserved" : parsed.range();
  if (embedded === "unknown layout") return "nat64Layout";
  return embedded.map((v4) => v4.range()).find((range) => range !== "unicast") ?? "unicast";
}

const IPV4_COMPATIBLE = ipaddr.parseCIDR("::/96");
const NAT64_LOCAL_USE = ipaddr.parseCIDR("64:ff9b:1::/48");
/** RFC 9780's dummy prefix (IANA special-purpose registry, 2025), not yet in ipaddr.js 2.5's table. */
const DUMMY_PREFIX = ipaddr.parseCIDR("100:0:0:1::/64");

/**
 * The IPv4 addresses inside an IPv6 address that embeds one, null when it embeds none. Sources:
 * IPv4-compatible ::/96 (RFC 4291 §2.5.5.1, deprecated but still routed by some stacks), IPv4-mapped
 * ::ffff:0:0/96 (§2.5.5.2), IPv4-translated ::ffff:0:0:0/96 (RFC 6145), NAT64 64:ff9b::/96 (RFC 6052) and
 * 64:ff9b:1::/48 (RFC 8215), 6to4 2002::/16 (RFC 3056: bits 16–48), Teredo 2001::/32 (RFC 4380 §4: the
 * server at bits 32–64, the client at the last 32 bits with every bit inverted).
 */
function embeddedIPv4(address: ipaddr.IPv6): ipaddr.IPv4[] | "unknown layout" | null {
  const bytes = address.toByteArray();
  const last32 = () => new ipaddr.IPv4(bytes.slice(12, 16));
  const range = address.range();
  switch (range) {
    case "ipv4Mapped":
    case "rfc6145":
      return [last32()];
    case "rfc6052":
      // The local-use prefix may be split any way RFC 6052 §2.2 allows; only the /96 layout (bits 48–96
      // zero) can be judged, anything else is refused rather than guessed at.
      if (address.match(NAT64_LOCAL_USE) && bytes.slice(6, 12).some((b) => b !== 0)) return "unknown layout";
      return [last32()];
    case "6to4":
      return [new ipaddr.IPv4(bytes.slice(2, 6))];
    case "teredo":
      return [new ipaddr.IPv4(bytes.slice(4, 8)), new ipaddr.IPv4(bytes.slice(12, 16).map((b) => b ^ 0xff))];
    case "unicast":
      return address.match(IPV4_COMPATIBLE) ? [last32()] : null;
    default:
      return null;
  }
}

/** True when the address is ordinary public unicast, the only kind reachable without the switch. */
export function isPublicAddress(ip: string): boolean {
  return classifyAddress(stripBrackets(ip)) === "unicast";
}

/** True when the policy lets tracewire connect to this address. */
export function isAllowedAddress(ip: string, policy: AddressPolicy): boolean {
  const address = stripBrackets(ip);
  if (policy.allowPrivateHosts || isPublicAddress(address)) return true;
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.process(address);
  return (policy.allowAddresses ?? []).some((entry) => {
    const [range, bits] = entry.includes("/") ? ipaddr.parseCIDR(entry) : [ipaddr.process(entry), -1];
    if (range.kind() !== parsed.kind()) return false;
    return bits < 0 ? range.toString() === parsed.toString() : parsed.match(range, bits);
  });
}

/** Scheme and IP-literal check for a feed URL before any connection; null when it may be fetched. */
export function checkUrl(
  url: string,
  allowPrivateHosts: boolean,
  allowAddresses: readonly string[] = [],
): FeedFetchError | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return new FeedFetchError("FEED_BAD_URL", `not a URL: "${url}"`, {
      where: url,
      hint: "use an absolute http:// or https:// URL",
    });
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    return new FeedFetchError(
      "FEED_BAD_URL",
      `unsupported scheme "${parsed.protocol}": only http and https URLs are fetched`,
      { where: url, hint: "use an http:// or https:// URL" },
    );
  }
  const host = stripBrackets(parsed.hostname);
  if (isIP(host) !== 0 && !isAllowedAddress(host, { allowPrivateHosts, allowAddresses })) {
    return refusedFeedError(url, host, host, classifyAddress(host));
  }
  return null;
}

/** The FEED_REFUSED_ADDRESS error for a feed, naming the address and the switch that allows it. */
export function refusedFeedError(
  url: string,
  hostname: string,
  address: string,
  range: string,
): FeedFetchError {
  return new FeedFetchError(
    "FEED_REFUSED_ADDRESS",
    `refused: ${describeRefusal(hostname, address, range)} (set TRACEWIRE_ALLOW_PRIVATE_HOSTS=1 to allow)`,
    { where: url, hint: "tracewire only fetches public addresses unless told otherwise" },
  );
}

/** An undici Agent that refuses to connect to addresses the policy does not allow. */
export function createGuardedAgent(
  options: AddressPolicy & {
    connections?: number;
    /** ms to wait for response headers, and between body chunks (backstops to the caller's deadline). */
    headersTimeout?: number;
    bodyTimeout?: number;
    /** ms for the TCP/TLS handshake. */
    connectTimeout?: number;
  },
): Agent {
  const policy: AddressPolicy = {
    allowPrivateHosts: options.allowPrivateHosts,
    allowAddresses: options.allowAddresses,
  };
  const connector = buildConnector({
    lookup: guardedLookup(policy),
    timeout: options.connectTimeout ?? 10_000,
  });
  return new Agent({
    connections: options.connections ?? null,
    ...(options.headersTimeout === undefined ? {} : { headersTimeout: options.headersTimeout }),
    ...(options.bodyTimeout === undefined ? {} : { bodyTimeout: options.bodyTimeout }),
    connect: (connectOptions, callback) => {
      // Node's net.connect skips `lookup` for IP literals, so literals are checked here.
      const host = stripBrackets(connectOptions.hostname);
      if (isIP(host) !== 0 && !isAllowedAddress(host, policy)) {
        callback(new AddressRefusedError(host, host, classifyAddress(host)), null);
        return;
      }
      connector(connectOptions, callback);
    },
  });
}

/** dns.lookup, then refuse the whole answer if any address is not allowed (no rebinding lottery). */
function guardedLookup(policy: AddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) {
        callback(error, "", 0);
        return;
      }
      const refused = addresses.find((entry) => !isAllowedAddress(entry.address, policy));
      if (refused) {
        callback(new AddressRefusedError(hostname, refused.address, classifyAddress(refused.address)), "", 0);
        return;
      }
      const first = addresses[0];
      if (options.all) callback(null, addresses);
      else if (first) callback(null, first.address, first.family);
      else callback(Object.assign(new Error(`no address for ${hostname}`), { code: "ENOTFOUND" }), "", 0);
    });
  };
}

function stripBrackets(host: string): string {
  return host.startsWith("[") && host.endsWith("]") ? host.slice(1, -1) : host;
}
