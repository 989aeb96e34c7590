// The host names this deployment answers under (docs/decisions/0032-mirror-hosts-and-static-mirror.md):
// the primary (SITE_URL), mirror domains (MIRROR_HOSTS) and an onion address (ONION_HOST), read and checked
// here once. Absolute URLs (canonical, hreflang, sitemaps, feeds, JSON-LD) always name the primary
// (lib/paths.ts siteOrigin); links inside pages are relative, so a reader stays on the host they came through.
// Any other Host or X-Forwarded-Host is refused by proxy.ts before anything renders or is cached.

export interface HostConfig {
  /** The primary origin, e.g. `https://rekha.example`: what canonical and feed URLs name. */
  primary: string;
  /** Mirror origins, e.g. `https://rekha-mirror.example`, in the configured order. */
  mirrors: string[];
  /** The onion origin, e.g. `http://….onion`, or null. */
  onion: string | null;
  /** Every `host[:port]` (lowercase, default port left out) a request may name: these and the internal origin. */
  hosts: ReadonlySet<string>;
}

type Env = Record<string, string | undefined>;

/** What SITE_URL means when it is not set (development): the README says so too. */
export const DEFAULT_SITE_URL = 'http://localhost:3000';
/** A v3 onion service name: 56 base32 characters. */
const ONION_V3 = /^[a-z2-7]{56}\.onion$/;
/** A DNS name or IPv4 address, with an optional port: what a Host header may hold (IPv6 in brackets). */
const HOST_HEADER =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/;
/** Loopback names a developer's browser uses when SITE_URL is not set. */
const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];

export class HostConfigError extends Error {
  constructor(variable: string, value: string, why: string) {
    super(`${variable}: ${JSON.stringify(value)} ${why}`);
    this.name = 'HostConfigError';
  }
}

/**
 * An origin from configuration: a full URL (`https://m.example`) or a bare host (`m.example`, taken as https).
 * Paths, queries, credentials and other schemes are refused: a mirror is a whole host, nothing else.
 */
function parseOrigin(variable: string, raw: string, defaultScheme: 'http' | 'https'): URL {
  const value = raw.trim();
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `${defaultScheme}://${value}`);
  } catch {
    throw new HostConfigError(variable, raw, 'is not a host name or URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new HostConfigError(variable, raw, 'is not http(s)');
  if (url.username || url.password) throw new HostConfigError(variable, raw, 'must not carry credentials');
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash)
    throw new HostConfigError(variable, raw, 'must be an origin without a path, query or fragment');
  if (!HOST_HEADER.test(url.host)) throw new HostConfigError(variable, raw, 'is not a valid host name');
  return url;
}

/**
 * This server's own address, for calls from its background work to its route handlers (INTERNAL_ORIGIN, or
 * loopback on PORT): its host is answered too, or the server would refuse itself.
 */
export function internalOrigin(env: Env = process.env): string {
  const configured = env.INTERNAL_ORIGIN?.trim();
  if (configured) return configured.replace(/\/$/, '');
  return `http://127.0.0.1:${env.PORT ?? '3000'}`;
}

/** Read and check the host configuration; throws HostConfigError on anything doubtful. */
export function parseHostConfig(env: Env = process.env): HostConfig {
  const siteUrl = env.SITE_URL?.trim() || DEFAULT_SITE_URL;
  const primary = parseOrigin('SITE_URL', siteUrl, 'https');
  const mirrors: URL[] = [];
  for (const entry of (env.MIRROR_HOSTS ?? '').split(/[\s,]+/).filter(Boolean)) {
    const url = parseOrigin('MIRROR_HOSTS', entry, 'https');
    if (url.hostname.endsWith('.onion'))
      throw new HostConfigError('MIRROR_HOSTS', entry, 'is an onion: use ONION_HOST');
    if (!mirrors.some((m) => m.origin === url.origin) && url.origin !== primary.origin) mirrors.push(url);
  }
  let onion: URL | null = null;
  const onionValue = env.ONION_HOST?.trim();
  if (onionValue) {
    // Onion services are reached over plain http: Tor itself authenticates and encrypts.
    onion = parseOrigin('ONION_HOST', onionValue, 'http');
    if (!ONION_V3.test(onion.hostname))
      throw new HostConfigError('ONION_HOST', onionValue, 'is not a v3 onion address (56 base32 characters + .onion)');
  }
  const internal = parseOrigin('INTERNAL_ORIGIN', internalOrigin(env), 'http');
  const hosts = new Set([primary, ...mirrors, ...(onion ? [onion] : []), internal].map((u) => u.host));
  // Without SITE_URL (development) the server answers on loopback under any port.
  const development = !env.SITE_URL?.trim();
  return {
    primary: primary.origin,
    mirrors: mirrors.map((m) => m.origin),
    onion: onion?.origin ?? null,
    hosts: development ? new LoopbackHosts(hosts) : hosts,
  };
}

/** The configured hosts plus any loopback host and port: only when SITE_URL is not set. */
class LoopbackHosts extends Set<string> {
  has(host: string): boolean {
    if (super.has(host)) return true;
    const name = host.replace(/:\d+$/, '');
    return LOOPBACK.includes(name);
  }
}

let current: HostConfig | undefined;
/** This process's configuration (read once; a bad value stops the first request with a clear error). */
export function hostConfig(): HostConfig {
  return (current ??= parseHostConfig());
}

/** `Host: M.Example:443` → `m.example` (URL drops the scheme's default port); null when it is no host at all. */
export function normaliseHost(value: string, scheme: 'http' | 'https'): string | null {
  const host = value.trim().toLowerCase();
  if (!HOST_HEADER.test(host)) return null;
  try {
    const url = new URL(`${scheme}://${host}`);
    return url.host;
  } catch {
    return null;
  }
}

export type HostVerdict = { ok: true } | { ok: false; status: 400 | 421; reason: string };

/**
 * May this request be answered? Both the Host header and every X-Forwarded-Host value must name a configured
 * host: a proxy in front forwards either, and a cache in front keys on Host only, so an unknown
 * X-Forwarded-Host could otherwise shape a response stored under a good Host. 400 for a header that is no
 * host name at all, 421 (Misdirected Request) for a well-formed host that is not ours.
 */
export function checkHost(headers: Headers, https: boolean, config: HostConfig = hostConfig()): HostVerdict {
  const scheme = https ? 'https' : 'http';
  const host = headers.get('host');
  if (host === null) return { ok: false, status: 400, reason: 'no Host header' };
  const named = [host, ...(headers.get('x-forwarded-host')?.split(',') ?? [])];
  for (const value of named) {
    const normal = normaliseHost(value, scheme);
    if (normal === null) return { ok: false, status: 400, reason: 'malformed host' };
    // A host given with its scheme's default port, or without it, is the same host.
    if (!config.hosts.has(normal) && !config.hosts.has(normaliseHost(value, https ? 'http' : 'https') ?? ''))
      return { ok: false, status: 421, reason: 'unknown host' };
  }
  return { ok: true };
}

/** The Onion-Location header's value for a reader page (`http://….onion/be/news/x`), or null without an onion. */
export function onionLocation(pathAndQuery: string, config: HostConfig = hostConfig()): string | null {
  if (!config.onion || !pathAndQuery.startsWith('/') || pathAndQuery.startsWith('//')) return null;
  return `${config.onion}${pathAndQuery}`;
}

/** Is this request already on the onion host (no Onion-Location then)? */
export function isOnionRequest(headers: Headers, config: HostConfig = hostConfig()): boolean {
  if (!config.onion) return false;
  const host = headers.get('host')?.trim().toLowerCase() ?? '';
  return host.replace(/:\d+$/, '') === new URL(config.onion).hostname;
}
