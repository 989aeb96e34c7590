import createMiddleware from 'next-intl/middleware';
import { NextRequest, NextResponse } from 'next/server';
import { routing } from '@/i18n/routing';
import { isLocale } from '@/lib/locales';
import { resolveArticleUrl } from '@/lib/news/slugs';
import { articlePath } from '@/lib/paths';
import { canonicalPathname } from '@/lib/seo/canonicalPath';
import { articleFates } from '@/lib/seo/articleFateMemo';
import { goneHtml } from '@/lib/seo/gone';
import { PRIVATE_NO_STORE, PUBLIC_PAGE_CACHE } from '@/lib/seo/http';
import { isPrivatePath } from '@/lib/seo/robots';

const intl = createMiddleware(routing);
/** Article URL fates, remembered for a second (lib/seo/articleFateMemo.ts). */
const fates = articleFates<Awaited<ReturnType<typeof resolveArticleUrl>>>();

/** A first path segment that looks like a language code (`de`, `pt-br`) but is not one of ours. */
const LOOKS_LIKE_LOCALE = /^\/([a-zA-Z]{2}(?:[-_][a-zA-Z]{2})?)(?:\/|$)/;
/** An article URL (issue 4: old slugs answer 301, deleted versions 410). */
const ARTICLE = /^\/([a-z]{2})\/news\/([^/]+)$/;

export default async function proxy(request: NextRequest) {
  // The path as requested (NextURL normalises the trailing slash away).
  const { pathname } = new URL(request.url);

  // Admin and preview: private, never stored, never indexed (decision 0005).
  if (isPrivatePath(pathname)) {
    const response = NextResponse.next();
    response.headers.set('Cache-Control', PRIVATE_NO_STORE);
    response.headers.set('X-Robots-Tag', 'noindex, nofollow');
    return response;
  }

  // One URL form: lowercase, no trailing slash → 301 (next.config.ts: skipTrailingSlashRedirect).
  const canonical = canonicalPathname(pathname);
  if (canonical !== null) {
    // A plain URL: NextURL would put the trailing slash back when it serialises.
    const url = new URL(request.url);
    url.pathname = canonical;
    return NextResponse.redirect(url, 301);
  }

  const match = LOOKS_LIKE_LOCALE.exec(pathname);
  if (match && !isLocale(match[1])) {
    // Unknown language: answer 404 in the reader's language instead of redirecting to /be/de/….
    // Ask next-intl where it would send this reader from `/` (cookie, then Accept-Language, then be).
    const home = intl(new NextRequest(new URL('/', request.url), { headers: request.headers }));
    const location = home.headers.get('location');
    const preferred = location ? new URL(location, request.url).pathname.split('/')[1] : undefined;
    const locale = isLocale(preferred) ? preferred : routing.defaultLocale;
    const url = request.nextUrl.clone();
    url.pathname = `/${locale}/__unknown-locale${pathname}`;
    return NextResponse.rewrite(url);
  }

  const article = ARTICLE.exec(pathname);
  if (article && isLocale(article[1])) {
    const locale = article[1];
    let slug: string | null = null;
    try {
      slug = decodeURIComponent(article[2]);
    } catch {
      slug = null; // malformed escape: the page answers 404
    }
    let fate: Awaited<ReturnType<typeof resolveArticleUrl>> | null = null;
    try {
      if (slug !== null) fate = await fates.get(`${locale}/${slug}`, () => resolveArticleUrl(locale, slug));
    } catch (e) {
      // The database is unreachable or locked: let the page answer (it reports the error itself).
      console.error('[proxy] resolving an article URL failed:', e);
    }
    if (fate?.kind === 'moved') {
      const url = request.nextUrl.clone();
      url.pathname = articlePath(locale, fate.slug);
      return NextResponse.redirect(url, 301);
    }
    if (fate?.kind === 'gone') {
      return new NextResponse(goneHtml(locale), {
        status: 410,
        headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': PUBLIC_PAGE_CACHE },
      });
    }
  }

  const response = intl(request);
  if (pathname === '/') {
    // The redirect depends on the cookie and the Accept-Language header: caches must key on both.
    response.headers.set('Vary', 'Cookie, Accept-Language');
  } else if (!response.headers.has('location')) {
    // Next keeps a Cache-Control set here (it only writes its private default when none is set). The proxy
    // cannot tell RSC payloads from HTML (Next strips the `rsc` header before the proxy); Next's own
    // `Vary: rsc, next-router-state-tree, …` keeps them apart in a CDN, and reader pages never request RSC
    // (plain links, decision 0004). See decision 0005.
    response.headers.set('Cache-Control', PUBLIC_PAGE_CACHE);
  }
  return response;
}

export const config = {
  // Everything except Next's internals, API routes and files with an extension (public assets).
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)'],
};
