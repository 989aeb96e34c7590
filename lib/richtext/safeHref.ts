// The link rules of every output (docs/decisions/0017-output-escaping-and-links.md). An href is judged by
// what a browser would open — the WHATWG URL parser, the one browsers use — never by how the string looks:
// browsers drop tabs and newlines anywhere, read `\` as `/`, and resolve `/\host` or `/.//host` to another
// host. Anything ambiguous is refused rather than repaired; what is kept is returned in its parsed,
// serialised form, so the emitted href means exactly what was checked.
import { siteOrigin } from '@/lib/paths';

const ALLOWED = new Set(['http:', 'https:', 'mailto:']);
/** A base no real site uses: a site-relative href must stay on it after parsing. */
const BASE = 'https://origin.invalid';
/** C0 controls, DEL and backslashes: browsers strip or reinterpret them, so an href holding one is refused. */
const AMBIGUOUS = /[\u0000-\u001F\u007F\\]/;
/** The same, percent-encoded in a path, plus encoded slashes (`/%2F/host` is `//host` to many servers). */
const AMBIGUOUS_ENCODED = /%(?:[01][0-9a-f]|7f|2f|5c)/i;

/**
 * The href as it may be written into a page: a site path (`/be/news/x`, normalised) or an absolute
 * http(s)/mailto URL (serialised); null for anything else — other schemes, protocol-relative or
 * host-switching paths, fragments and relative paths (whose target depends on the page showing them),
 * credentials in the URL, control characters.
 */
export function safeHref(href: unknown): string | null {
  if (typeof href !== 'string') return null;
  const value = href.trim();
  if (!value || AMBIGUOUS.test(value)) return null;
  if (value.startsWith('/')) {
    if (value.startsWith('//')) return null;
    let url: URL;
    try {
      url = new URL(value, BASE);
    } catch {
      return null;
    }
    if (url.origin !== BASE || AMBIGUOUS_ENCODED.test(url.pathname)) return null;
    const path = `${url.pathname}${url.search}${url.hash}`;
    return path.startsWith('//') ? null : path;
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value);
  if (!scheme) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (!ALLOWED.has(url.protocol) || url.username || url.password) return null;
  // `https:host` and `http:/host` parse, but say something other than what they look like.
  if (url.protocol !== 'mailto:' && !/^https?:\/\/[^/]/i.test(value)) return null;
  return url.href;
}

export interface BodyLink {
  href: string;
  /** Set on links that leave the site: the target page gets no handle on ours, nor our URL. */
  rel?: 'noopener noreferrer';
}

/**
 * The one link rule of every renderer of newsroom text (the body mapping lib/richtext/render.ts, written by
 * the page, preview and lite page and by the feeds; components/BreakingNews.tsx): a safe href, absolute where the output
 * has no base URL (feeds), and rel="noopener noreferrer" off-site. Null: render the text without a link.
 */
export function bodyLink(
  href: unknown,
  { origin = siteOrigin(), absolute = false }: { origin?: string; absolute?: boolean } = {},
): BodyLink | null {
  const safe = safeHref(href);
  if (!safe) return null;
  if (safe.startsWith('/')) return { href: absolute ? `${origin}${safe}` : safe };
  let own: URL | null = null;
  try {
    const url = new URL(safe);
    own = url.origin === new URL(origin).origin ? url : null;
  } catch {
    own = null;
  }
  if (!own) return { href: safe, rel: 'noopener noreferrer' };
  // The site's own page written in full: in a page, a site path, so that a reader who came through a mirror
  // stays on it (decision 0032); feeds keep the full URL of the primary.
  // (Only when the path passes as a site path itself: `https://site//evil.example` stays absolute.)
  const path = safeHref(`${own.pathname}${own.search}${own.hash}`);
  return { href: absolute || !path ? safe : path };
}
