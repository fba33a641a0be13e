import dns from 'node:dns';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Which addresses webhooks may be sent to. With no allowed hosts (the default) any host whose every address is a
 * public one (ipaddr.js's `unicast` range: not loopback, private, link-local, carrier-grade NAT, multicast, reserved…);
 * with allowed hosts (WEBHOOK_ALLOWED_HOSTS) only those, whatever their addresses — the way to reach a receiver
 * inside the province's network. An entry `*.example.org` allows the subdomains of example.org.
 */
export interface WebhookAddressPolicy {
  allowedHosts: readonly string[];
}

export type UrlVerdict =
  | { ok: true; url: URL }
  | { ok: false; reason: 'MALFORMED' | 'SCHEME' | 'CREDENTIALS' | 'HOST_NOT_ALLOWED' | 'INTERNAL_ADDRESS' };

/** The checks that need no name lookup, made when an endpoint is registered and again before each delivery. */
export function checkWebhookUrl(text: string, policy: WebhookAddressPolicy): UrlVerdict {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, reason: 'MALFORMED' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, reason: 'SCHEME' };
  if (url.username || url.password) return { ok: false, reason: 'CREDENTIALS' };
  const host = hostOf(url);
  if (policy.allowedHosts.length) {
    return isAllowedHost(host, policy) ? { ok: true, url } : { ok: false, reason: 'HOST_NOT_ALLOWED' };
  }
  if (ipaddr.isValid(host) && !isPublicAddress(host)) return { ok: false, reason: 'INTERNAL_ADDRESS' };
  if (host === 'localhost' || host.endsWith('.localhost')) return { ok: false, reason: 'INTERNAL_ADDRESS' };
  return { ok: true, url };
}

export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === 'unicast';
}

export function isAllowedHost(host: string, policy: WebhookAddressPolicy): boolean {
  const name = host.toLowerCase();
  return policy.allowedHosts.some((entry) => {
    const allowed = entry.toLowerCase();
    return allowed.startsWith('*.') ? name.endsWith(allowed.slice(1)) : name === allowed;
  });
}

/** The URL's host without IPv6 brackets. */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, '$1');
}

export class InternalAddressError extends Error {
  readonly code = 'INTERNAL_ADDRESS';
  constructor(host: string, address: string) {
    super(`${host} resolves to ${address}, an internal address; add the host to WEBHOOK_ALLOWED_HOSTS to allow it`);
  }
}

/**
 * The name lookup the sending socket uses: it refuses a host that resolves to any internal address (unless the
 * host is allowed), so a name that changes its answer between the check and the connection (DNS rebinding) still
 * reaches only what was checked — the socket connects to the address returned here.
 */
export function guardedLookup(policy: WebhookAddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses as dns.LookupAddress[];
      if (!isAllowedHost(hostname, policy)) {
        const internal = list.find((entry) => !isPublicAddress(entry.address));
        if (internal) return callback(new InternalAddressError(hostname, internal.address), '', 0);
      }
      if ((options as dns.LookupOptions).all) return (callback as unknown as AllCallback)(null, list);
      return callback(null, list[0].address, list[0].family);
    });
  };
}

type AllCallback = (error: Error | null, addresses: dns.LookupAddress[]) => void;
