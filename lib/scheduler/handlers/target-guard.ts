// SSRF guard for webhook calls: a task's URL may not reach private, loopback, link-local (cloud metadata),
// shared or reserved addresses — unless SCHEDULER_ALLOW_PRIVATE_TARGETS=1 (local development, the tests).
// The check runs on the address the socket actually connects to (the `lookup` hook of http.request), so a name
// that resolves to a public address when checked and a private one when connecting (DNS rebinding) is caught.
// IP literals skip `lookup`, so refusedLiteralHost checks them before the request.
import dns from "node:dns";
import net from "node:net";

const V4: [string, number, string][] = [
  ["0.0.0.0", 8, "an unspecified"],
  ["10.0.0.0", 8, "a private"],
  ["100.64.0.0", 10, "a shared (carrier-grade NAT)"],
  ["127.0.0.0", 8, "a loopback"],
  ["169.254.0.0", 16, "a link-local"],
  ["172.16.0.0", 12, "a private"],
  ["192.0.0.0", 24, "a reserved"],
  ["192.168.0.0", 16, "a private"],
  ["198.18.0.0", 15, "a benchmarking"],
  ["224.0.0.0", 4, "a multicast"],
  ["240.0.0.0", 4, "a reserved"],
];
const V6: [string, number, string][] = [
  ["::", 128, "an unspecified"],
  ["::1", 128, "a loopback"],
  ["fc00::", 7, "a unique-local (private)"],
  ["fe80::", 10, "a link-local"],
  ["ff00::", 8, "a multicast"],
];

// One BlockList per range, so that a refusal can say which kind of address it met.
const RANGES = [...V4.map((r) => [...r, "ipv4"] as const), ...V6.map((r) => [...r, "ipv6"] as const)].map(([address, prefix, kind, family]) => {
  const list = new net.BlockList();
  list.addSubnet(address, prefix, family);
  return { list, kind, family };
});

export function privateTargetsAllowed(): boolean {
  return process.env.SCHEDULER_ALLOW_PRIVATE_TARGETS === "1";
}

/** Why `ip` may not be called ("127.0.0.1 is a loopback address"), or null for a public address. */
export function refusedAddressReason(ip: string): string | null {
  const family = net.isIP(ip);
  if (family === 0) return `${ip} is not an IP address`;
  // IPv4 embedded in IPv6 (::ffff:a.b.c.d, ::ffff:7f00:1, 64:ff9b::a.b.c.d) is judged as the IPv4 it carries.
  const embedded = family === 6 ? embeddedIpv4(ip) : null;
  if (embedded) return refusedAddressReason(embedded)?.replace(embedded, ip) ?? null;
  if (ip === "255.255.255.255") return `${ip} is a broadcast address`;
  const type = family === 4 ? "ipv4" : "ipv6";
  const range = RANGES.find((r) => r.family === type && r.list.check(ip, type));
  return range ? `${ip} is ${range.kind} address` : null;
}

function embeddedIpv4(ip: string): string | null {
  const lower = ip.toLowerCase();
  const dotted = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return dotted[1]!;
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (!hex) return null;
  const high = parseInt(hex[1]!, 16);
  const low = parseInt(hex[2]!, 16);
  return `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
}

function refusal(host: string, ip: string, reason: string) {
  const resolves = host === ip ? "" : ` resolves to ${ip}, and`;
  return `Refused: ${host}${resolves} ${reason.replace(`${ip} is `, "is ")}. Webhooks may only call public addresses (SCHEDULER_ALLOW_PRIVATE_TARGETS=1 lifts this for local development).`;
}

/** For a URL hostname that is an IP literal (or localhost): the refusal message, or null. */
export function refusedLiteralHost(hostname: string): string | null {
  if (privateTargetsAllowed()) return null;
  const host = hostname.replace(/^\[|\]$/g, "");
  if (host === "localhost" || host.endsWith(".localhost")) return refusal(host, host, `${host} is a loopback address`);
  if (net.isIP(host) === 0) return null;
  const reason = refusedAddressReason(host);
  return reason ? refusal(host, host, reason) : null;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void;

/** dns.lookup, refusing names that resolve to any refused address. For http.request's `lookup` option. */
export function guardedLookup(hostname: string, options: dns.LookupOptions, callback: LookupCallback) {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    if (!privateTargetsAllowed()) {
      for (const { address } of addresses) {
        const reason = refusedAddressReason(address);
        if (reason) {
          const refusedError: NodeJS.ErrnoException = new Error(refusal(hostname, address, reason));
          refusedError.code = "ERR_TARGET_REFUSED";
          return callback(refusedError, []);
        }
      }
    }
    if (options.all) return callback(null, addresses);
    const first = addresses[0]!;
    return callback(null, first.address, first.family);
  });
}
