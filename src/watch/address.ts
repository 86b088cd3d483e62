/**
 * Addresses a feed fetcher must not reach unless told to: loopback, private networks, link-local
 * (cloud metadata services live at 169.254.169.254), and the other special ranges. A feed URL is
 * someone else's text; without this check it could make Dateline probe the machine's own network.
 */
import { BlockList, isIP } from 'node:net';

const BLOCKED = new BlockList();
const V4: Array<[string, number]> = [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
];
const V6: Array<[string, number]> = [
  ['::', 128], // unspecified
  ['::1', 128],
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
  ['64:ff9b::', 96], // NAT64 (embeds IPv4 addresses)
];
for (const [net, prefix] of V4) BLOCKED.addSubnet(net, prefix, 'ipv4');
for (const [net, prefix] of V6) BLOCKED.addSubnet(net, prefix, 'ipv6');

/** The IPv4 address inside an IPv4-mapped IPv6 address (::ffff:10.0.0.1 or ::ffff:a00:1), which is judged as IPv4. */
function embeddedIpv4(v6: string): string | undefined {
  if (!v6.startsWith('::ffff:')) return undefined;
  const rest = v6.slice(7);
  if (isIP(rest) === 4) return rest;
  const m = /^([0-9a-f]{1,4}):([0-9a-f]{1,4})$/u.exec(rest);
  if (!m?.[1] || !m[2]) return undefined;
  const hi = parseInt(m[1], 16);
  const lo = parseInt(m[2], 16);
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}

/** True for an address in a loopback, private, link-local or other non-public range. */
export function isPrivateAddress(address: string): boolean {
  const kind = isIP(address);
  if (kind === 4) return BLOCKED.check(address, 'ipv4');
  if (kind !== 6) return true; // not an address at all: refuse
  const lower = address.toLowerCase();
  const v4 = embeddedIpv4(lower);
  if (v4) return BLOCKED.check(v4, 'ipv4');
  return BLOCKED.check(lower, 'ipv6');
}

/** Which addresses may be fetched: `true` allows every address, a function decides one by one. */
export type AllowPrivate = boolean | ((address: string) => boolean);

export function addressAllowed(address: string, allow: AllowPrivate | undefined): boolean {
  if (!isPrivateAddress(address)) return true;
  if (typeof allow === 'function') return allow(address);
  return allow === true;
}
