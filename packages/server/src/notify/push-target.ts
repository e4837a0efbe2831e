import dns from 'node:dns/promises';
import net from 'node:net';

/**
 * Where a web-push message may be sent. The endpoint is a URL the browser hands over, so the
 * server would request whatever a client names: only `https:` addresses whose host name
 * resolves to public addresses are taken, both when a subscription is saved and again at each
 * send, and the send connects to the very address that was checked (a second lookup could
 * answer differently: DNS rebinding). `allowPrivate` (PUSH_ALLOW_PRIVATE) lifts the address
 * rules for a push service on this machine, as in tests.
 */

/** Address ranges that are not the public internet (IANA special-purpose registries). */
const NOT_PUBLIC: readonly [string, number, 'ipv4' | 'ipv6'][] = [
  ['0.0.0.0', 8, 'ipv4'], // "this network", unspecified
  ['10.0.0.0', 8, 'ipv4'], // private
  ['100.64.0.0', 10, 'ipv4'], // carrier-grade NAT
  ['127.0.0.0', 8, 'ipv4'], // loopback
  ['169.254.0.0', 16, 'ipv4'], // link-local (cloud metadata services live here)
  ['172.16.0.0', 12, 'ipv4'], // private
  ['192.0.0.0', 24, 'ipv4'], // IETF protocol assignments
  ['192.0.2.0', 24, 'ipv4'], // documentation
  ['192.88.99.0', 24, 'ipv4'], // 6to4 relay
  ['192.168.0.0', 16, 'ipv4'], // private
  ['198.18.0.0', 15, 'ipv4'], // benchmarking
  ['198.51.100.0', 24, 'ipv4'], // documentation
  ['203.0.113.0', 24, 'ipv4'], // documentation
  ['224.0.0.0', 4, 'ipv4'], // multicast
  ['240.0.0.0', 4, 'ipv4'], // reserved, broadcast
  // IPv6: only global unicast (2000::/3) is public. Outside it lie the unspecified and
  // loopback addresses, IPv4-mapped and NAT64 addresses, unique-local, link-local, multicast.
  ['::', 3, 'ipv6'],
  ['4000::', 2, 'ipv6'],
  ['8000::', 1, 'ipv6'],
  ['2001::', 23, 'ipv6'], // IETF protocol assignments (Teredo and others embed IPv4)
  ['2001:db8::', 32, 'ipv6'], // documentation
  ['2002::', 16, 'ipv6'], // 6to4 (embeds IPv4)
  ['3fff::', 20, 'ipv6'], // documentation
];

// One list per family: a BlockList also matches IPv4 addresses against IPv6 ranges (as
// IPv4-mapped addresses), which would put all of IPv4 inside ::/3.
const notPublic = { ipv4: new net.BlockList(), ipv6: new net.BlockList() };
for (const [prefix, bits, type] of NOT_PUBLIC) notPublic[type].addSubnet(prefix, bits, type);

/** Whether an IP address is on the public internet; false for anything that is not an address. */
export function isPublicAddress(address: string): boolean {
  const family = net.isIP(address);
  if (family === 0) return false;
  const type = family === 4 ? 'ipv4' : 'ipv6';
  return !notPublic[type].check(address, type);
}

/** The addresses a host name resolves to (the system resolver, as any connection would use). */
export type Lookup = (hostname: string) => Promise<readonly { address: string; family: number }[]>;

const systemLookup: Lookup = (hostname) => dns.lookup(hostname, { all: true });

/** A checked endpoint: its URL and the one address to connect to. */
export interface PushTarget {
  readonly url: URL;
  readonly address: string;
  readonly family: 4 | 6;
}

/** The endpoint is not one the server sends to; the message says why, in words. */
export class PushTargetRefused extends Error {}

export class PushTargets {
  private readonly lookup: Lookup;

  constructor(
    private readonly options: { readonly allowPrivate: boolean; readonly lookup?: Lookup },
  ) {
    this.lookup = options.lookup ?? systemLookup;
  }

  /**
   * Checks an endpoint when a subscription is saved: its form, then (unless private addresses
   * are allowed) every address its host resolves to. Refusals are thrown as PushTargetRefused;
   * a host name that does not exist is one. Other lookup failures are thrown as they are.
   */
  async check(endpoint: string): Promise<void> {
    const url = this.parse(endpoint);
    if (this.options.allowPrivate) return;
    try {
      await this.resolve(url);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'ENOTFOUND' || code === 'ENODATA')
        throw new PushTargetRefused('its host name does not exist', { cause: error });
      throw error;
    }
  }

  /**
   * Checks an endpoint before a send, resolving its host once: the address to connect to.
   * Refusals are thrown as PushTargetRefused; a failed lookup as it is (a send to be retried).
   */
  async target(endpoint: string): Promise<PushTarget> {
    return this.resolve(this.parse(endpoint));
  }

  private parse(endpoint: string): URL {
    let url: URL;
    try {
      url = new URL(endpoint);
    } catch {
      throw new PushTargetRefused('it is not a web address');
    }
    const { allowPrivate } = this.options;
    if (url.protocol !== 'https:' && !(allowPrivate && url.protocol === 'http:'))
      throw new PushTargetRefused('it must be an https: address');
    if (url.username !== '' || url.password !== '')
      throw new PushTargetRefused('it must not carry a user name or password');
    // The URL parser has already turned 2130706433, 0x7f.1 and 0177.0.0.1 into 127.0.0.1.
    if (!allowPrivate && net.isIP(hostOf(url)) !== 0)
      throw new PushTargetRefused('it must name its host, not give an IP address');
    return url;
  }

  private async resolve(url: URL): Promise<PushTarget> {
    const host = hostOf(url);
    const literal = net.isIP(host);
    const addresses =
      literal === 0 ? await this.lookup(host) : [{ address: host, family: literal }];
    const [first] = addresses;
    if (!first) throw new PushTargetRefused('its host name has no address');
    if (!this.options.allowPrivate && !addresses.every((a) => isPublicAddress(a.address)))
      throw new PushTargetRefused('its host name leads to an address that is not public');
    return { url, address: first.address, family: first.family === 6 ? 6 : 4 };
  }
}

/** The URL's host without the brackets of an IPv6 address. */
const hostOf = (url: URL): string => url.hostname.replace(/^\[(.*)\]$/, '$1');
