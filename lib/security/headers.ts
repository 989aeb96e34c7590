// Security headers for every kind of response the site sends (docs/decisions/0018-security-headers-and-malformed-input.md).
// One place builds them: proxy.ts for pages and its own answers, next.config.ts headers() for everything else
// (feeds, sitemaps, robots, media, /api, static files), route handlers that answer HTML themselves.
// No host names anywhere: the site must work unchanged from any mirror, so every source is 'self' or none.

/**
 * - `reader`: cached reader pages (ISR). Their HTML is stored once and served to everyone, so it cannot carry a
 *   per-request nonce; Next's inline flight-data scripts (`self.__next_f.push(…)`) differ per page, so no hash list
 *   can name them. Inline scripts must be allowed, everything around them is locked down instead (decision 0018).
 * - `newsroom`: dynamic pages where editors' sessions live: scripts only with this response's nonce.
 * - `document`: HTML we write ourselves with no script at all (the lite article, the 410 page).
 * - `resource`: everything that is not a page (feeds, sitemaps, images, JSON, JS/CSS files): opened on its own
 *   in a tab it may run nothing and is sandboxed.
 */
export type PolicyKind = 'reader' | 'newsroom' | 'document' | 'resource';

export interface PolicyOptions {
  /** Required for `newsroom`: a fresh value per response (newNonce()). */
  nonce?: string;
  /** The request reached us over https (directly or through a TLS-terminating proxy). */
  https?: boolean;
}

type Directives = Record<string, string[]>;

/** What every policy shares: nothing from other origins, no plugins, no <base>, never framed. */
const BASE: Directives = {
  'default-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'self'"],
};

function directives(kind: PolicyKind, nonce: string | undefined): Directives {
  switch (kind) {
    case 'reader':
      return {
        ...BASE,
        // 'unsafe-inline' is ignored by browsers as soon as a nonce or hash is listed, so none is listed.
        'script-src': ["'self'", "'unsafe-inline'"],
        // …but no inline event handlers (`<img onerror=…>`), the usual payload of injected markup.
        'script-src-attr': ["'none'"],
        // Reader pages carry no inline style at all (Tailwind's stylesheet, no style attributes).
        'style-src': ["'self'"],
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'"],
        'connect-src': ["'self'"],
        'frame-src': ["'none'"],
        'worker-src': ["'none'"],
        'manifest-src': ["'self'"],
        // No Trusted Types: React's client render sets script.src itself (measured: the recovery render of a
        // 404 page), and would be blocked (decision 0018).
      };
    case 'newsroom':
      if (!nonce) throw new Error('the newsroom policy needs a nonce');
      return {
        ...BASE,
        // 'strict-dynamic': chunks loaded by Next's nonced runtime are trusted; 'self' is ignored by CSP3
        // browsers and only helps older ones.
        'script-src': ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"],
        'script-src-attr': ["'none'"],
        // Tiptap/ProseMirror write style attributes and a <style> element while editing.
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'font-src': ["'self'"],
        'connect-src': ["'self'"],
        'frame-src': ["'none'"],
        'worker-src': ["'none'"],
      };
    case 'document':
      return {
        ...BASE,
        'script-src': ["'none'"],
        'style-src': ["'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'"],
        'connect-src': ["'none'"],
      };
    case 'resource':
      return {
        'default-src': ["'none'"],
        // An SVG or XML opened in a tab may show its own inline styles and pictures, nothing else.
        'style-src': ["'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'base-uri': ["'none'"],
        'form-action': ["'none'"],
        'frame-ancestors': ["'none'"],
        sandbox: [],
      };
  }
}

/** The Content-Security-Policy value for one response. */
export function contentSecurityPolicy(kind: PolicyKind, { nonce, https = false }: PolicyOptions = {}): string {
  const d = directives(kind, nonce);
  // Only over https: on a plain-http mirror it would send the page's own requests to a port nobody answers.
  if (https && kind !== 'resource') d['upgrade-insecure-requests'] = [];
  return Object.entries(d)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ');
}

/** HSTS: a year, this host only (mirrors on other names decide for themselves); browsers ignore it over http. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000';

/** Powerful features nobody on this site needs; an injected script or a framed page cannot ask for them. */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'browsing-topics=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'hid=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'publickey-credentials-get=()',
  'serial=()',
  'usb=()',
  'xr-spatial-tracking=()',
].join(', ');

/** Headers every response carries, whatever it is. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': PERMISSIONS_POLICY,
  'Cross-Origin-Opener-Policy': 'same-origin',
  // For browsers without frame-ancestors.
  'X-Frame-Options': 'DENY',
};

/** All security headers of one response. */
export function securityHeaders(kind: PolicyKind, options: PolicyOptions = {}): Record<string, string> {
  return {
    ...COMMON_HEADERS,
    'Content-Security-Policy': contentSecurityPolicy(kind, options),
    ...(options.https ? { 'Strict-Transport-Security': STRICT_TRANSPORT_SECURITY } : {}),
  };
}

/** Did this request reach us over https? `next start` speaks plain http, so behind TLS the proxy in front says so. */
export function isHttps(request: Request): boolean {
  const forwarded = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  if (forwarded) return forwarded === 'https';
  return new URL(request.url).protocol === 'https:';
}

/** 128 random bits, base64: a nonce no attacker can guess. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** Set `kind`'s security headers on a response (the proxy's answers, route handlers writing HTML). */
export function applySecurityHeaders<R extends { headers: Headers }>(
  response: R,
  kind: PolicyKind,
  options: PolicyOptions = {},
): R {
  for (const [name, value] of Object.entries(securityHeaders(kind, options))) response.headers.set(name, value);
  return response;
}
