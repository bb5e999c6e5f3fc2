// SSRF guard: a URL given to ingest (or a redirect, or a feed item link) must not make
// Triangulate reach into the machine or network it runs on. Every address a host resolves to
// is checked, on every hop, unless the user passes --allow-private.
import { lookup as dnsLookup } from "node:dns/promises";
import ipaddr from "ipaddr.js";
import { InputError } from "../domain/errors.js";

/** Resolves a host name to its addresses (injectable so tests need no DNS). */
export type Lookup = (hostname: string) => Promise<readonly string[]>;

export const systemLookup: Lookup = async (hostname) => (await dnsLookup(hostname, { all: true, verbatim: true })).map((r) => r.address);

export interface GuardOptions {
  readonly allowPrivate?: boolean;
  /** Private addresses allowed even without allowPrivate (an intranet feed server). */
  readonly allowAddresses?: readonly string[];
  readonly lookup?: Lookup;
}

/** Why an address may not be fetched, or null when it is public unicast. */
export function blockedReason(address: string): string | null {
  if (!ipaddr.isValid(address)) return "is not an IP address";
  let ip = ipaddr.parse(address);
  if (ip.kind() === "ipv6") {
    // An IPv4 address carried inside an IPv6 one reaches that IPv4 host: judge the IPv4 address.
    const embedded = embeddedIpv4(ip as ipaddr.IPv6);
    if (embedded) {
      const why = blockedReason(embedded.toString());
      if (why) return why;
    }
  }
  if (address === "169.254.169.254" || ip.toString() === "169.254.169.254" || ip.toString() === "fd00:ec2::254") return "is a cloud metadata address";
  const range = ip.range();
  switch (range) {
    case "unicast": return null;
    case "loopback": return "is a loopback address";
    case "private": return "is a private address";
    case "linkLocal": return "is a link-local address";
    case "uniqueLocal": return "is a unique-local (private IPv6) address";
    case "multicast": return "is a multicast address";
    case "unspecified": return "is the unspecified address";
    case "broadcast": return "is a broadcast address";
    case "carrierGradeNat": return "is a carrier-grade NAT (shared) address";
    default: return `is a reserved address (${range})`;
  }
}

/**
 * The IPv4 address inside an IPv6 one, for the forms that route to it: IPv4-mapped (::ffff:a.b.c.d),
 * the deprecated IPv4-compatible form (::a.b.c.d, which "[::127.0.0.1]" parses to), NAT64
 * (64:ff9b::a.b.c.d) and 6to4 (2002:aabb:ccdd::).
 */
function embeddedIpv4(ip: ipaddr.IPv6): ipaddr.IPv4 | null {
  const p = ip.parts;
  const v4 = (hi: number, lo: number) => new ipaddr.IPv4([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]);
  if (ip.isIPv4MappedAddress()) return ip.toIPv4Address();
  const zeros = (from: number, to: number) => p.slice(from, to).every((x) => x === 0);
  if (zeros(0, 6) && (p[6]! !== 0 || p[7]! > 1)) return v4(p[6]!, p[7]!); // ::a.b.c.d (not :: or ::1)
  if (p[0] === 0x64 && p[1] === 0xff9b && zeros(2, 6)) return v4(p[6]!, p[7]!);
  if (p[0] === 0x2002) return v4(p[1]!, p[2]!);
  return null;
}

/** Resolves the URL's host and returns its addresses, or throws an InputError naming the URL. */
export async function checkUrl(url: URL, opts: GuardOptions = {}): Promise<readonly string[]> {
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new InputError(url.href, `uses ${url.protocol.replace(":", "")}; only http and https URLs can be fetched`);
  if (url.username || url.password) throw new InputError(url.href, "carries a user name or password; remove them from the URL");
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: readonly string[];
  if (ipaddr.isValid(host)) {
    addresses = [ipaddr.parse(host).toString()];
  } else {
    try {
      addresses = await (opts.lookup ?? systemLookup)(host);
    } catch (e) {
      throw new InputError(url.href, `host ${host} could not be resolved (${(e as NodeJS.ErrnoException).code ?? "DNS error"}); check the address`);
    }
    if (addresses.length === 0) throw new InputError(url.href, `host ${host} has no addresses; check the address`);
  }
  if (opts.allowPrivate) return addresses;
  const allowed = new Set((opts.allowAddresses ?? []).map((a) => ipaddr.parse(a).toString()));
  for (const a of addresses) {
    if (allowed.has(ipaddr.parse(a).toString())) continue;
    const why = blockedReason(a);
    if (why) throw new InputError(url.href, `${host === a ? host : `${host} resolves to ${a}, which`} ${why}; refused (pass --allow-private to fetch from your own network)`);
  }
  return addresses;
}
