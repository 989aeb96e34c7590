import createMiddleware from 'next-intl/middleware';
import { NextRequest, NextResponse } from 'next/server';
import { routing } from '@/i18n/routing';
import { edgeTags, setEdgeTags } from '@/lib/cache/edge';
import { checkHost, isOnionRequest, onionLocation } from '@/lib/http/hosts';
import { openPreviewLink, previewLinkTime } from '@/lib/admin/preview-links';
import { isLocale, LIVE_PAGE_HEADER, NOT_FOUND_HEADER, UNKNOWN_LOCALE_HEADER, type Locale } from '@/lib/locales';
import { searchPageNotFound } from '@/lib/news/search';
import { isLegacyPathCandidate, legacyPathKey, resolveArticleUrl, resolveLegacyPath } from '@/lib/news/slugs';
import { articlePath, scriptViewSource } from '@/lib/paths';
import { canonicalPathname } from '@/lib/seo/canonicalPath';
import { articleFates } from '@/lib/seo/articleFateMemo';
import { goneHtml } from '@/lib/seo/gone';
import { malformedUrlHtml } from '@/lib/seo/malformed';
import { notFoundText, PRIVATE_NO_STORE, PUBLIC_PAGE_CACHE } from '@/lib/seo/http';
import { isPrivatePath } from '@/lib/seo/robots';
import { databaseUp, reportDatabaseTrouble } from '@/lib/ops/health';
import { unavailableHeaders, unavailableHtml } from '@/lib/ops/unavailable';
import { applySecurityHeaders, contentSecurityPolicy, isHttps, newNonce } from '@/lib/security/headers';
import { isMalformedPath, isNonPagePath } from '@/lib/security/malformedPath';

const intl = createMiddleware(routing);
/** Article URL fates, remembered for a second (lib/seo/articleFateMemo.ts). */
const fates = articleFates<Awaited<ReturnType<typeof resolveArticleUrl>>>();
/** The fate of an article URL's slug (escapes still in: isMalformedPath checked them), remembered for a second. */
const articleFate = (locale: Locale, encodedSlug: string) => {
  const slug = decodeURIComponent(encodedSlug);
  return fates.get(`${locale}/${slug}`, () => resolveArticleUrl(locale, slug));
};
/** Old site addresses of imported articles (decision 0034), remembered the same way. */
const legacyFates = articleFates<Awaited<ReturnType<typeof resolveLegacyPath>>>();

/** A first path segment that looks like a language code (`de`, `pt-br`) but is not one of ours. */
const LOOKS_LIKE_LOCALE = /^\/([a-zA-Z]{2}(?:[-_][a-zA-Z]{2})?)(?:\/|$)/;
/** An article URL (decision 0005: old slugs answer 301, deleted versions 410). */
const ARTICLE = /^\/([a-z]{2})\/news\/([^/]+)$/;
/** A live blog's older pages (decision 0033): purged at the edge with their story. */
const LIVE_SUBPATH = /^\/([a-z]{2})\/news\/([^/]+)\/page\/[1-9]\d{0,5}$/;
/** A live blog's files (its updates JSON and its feed, decision 0033): purged at the edge with their story too. */
const LIVE_FILE = /^\/([a-z]{2})\/news\/([^/]+)\/(?:updates\.json|feed\.xml)$/;
/** Page 1 of a live blog's pages: the article URL is its address. */
const LIVE_FIRST_PAGE = /^\/([a-z]{2})\/news\/([^/]+)\/page\/1$/;
/** The lite article: HTML of ours with no script. */
const LITE = /^\/[a-z]{2}\/news\/[^/]+\/lite$/;
/** A shareable preview link of an unpublished version (decision 0028): a reader page nobody may keep. */
const PREVIEW_LINK = /^\/([a-z]{2})\/preview\/([^/]+)$/;
/** The search page: past its last page it is a 404, decided here (decidedNotFound). */
const SEARCH = /^\/([a-z]{2})\/search$/;
/** Reader pages rendered for every request (nothing cached to fall back on while the database is down). */
const PER_REQUEST = SEARCH;

export default async function proxy(request: NextRequest) {
  // The path as requested (NextURL normalises the trailing slash away).
  const { pathname } = new URL(request.url);
  const https = isHttps(request);

  // Probes and metrics (decision 0030): answered by their route handlers, in no language, whatever the Host
  // (the edge's probe names the instance's address, an orchestrator its own); nothing in them depends on it and
  // none is cached.
  if (OPS_PATHS.has(pathname)) return NextResponse.next();

  // Only the configured hosts (lib/http/hosts.ts, decision 0032), before anything renders or is cached: a cache
  // in front keys on Host, so a response shaped by a hostile Host or X-Forwarded-Host must never exist.
  const host = checkHost(request.headers, https);
  if (!host.ok) return refused(host.status, https);

  // Bad percent-encoding, control characters, absurd lengths: a 404 now, before Next's router fails on them
  // with a 500 (decision 0018).
  if (isMalformedPath(pathname)) return malformed(request, pathname, https);

  // A preview link: rendered like a reader page (its layout, its policy), but private, never stored, never
  // indexed, and its secret address never sent on as a Referer (decision 0028).
  const previewLink = PREVIEW_LINK.exec(pathname);
  if (previewLink && isLocale(previewLink[1])) {
    const locale = previewLink[1];
    const token = previewLink[2];
    const response = intl(
      await decidedNotFound(request, locale, async () => {
        // isMalformedPath checked the escapes: this cannot throw.
        const at = previewLinkTime(request.nextUrl.searchParams.get('asOf') ?? undefined);
        return (await openPreviewLink(locale, decodeURIComponent(token), at)) === null;
      }),
    );
    response.headers.delete('Set-Cookie');
    response.headers.set('Cache-Control', PRIVATE_NO_STORE);
    response.headers.set('X-Robots-Tag', 'noindex, nofollow');
    applySecurityHeaders(response, 'reader', { https });
    response.headers.set('Referrer-Policy', 'no-referrer');
    return response;
  }

  // Feeds, sitemaps, robots.txt, media, /api, Next's files: next.config.ts gives them their headers.
  if (isNonPagePath(pathname)) {
    const response = NextResponse.next();
    // Feeds, sitemaps, media: the edge may keep them and purges them by tag (decision 0029); a live blog's files
    // also by its story's tag, which a new entry drops.
    const liveFile = LIVE_FILE.exec(pathname);
    const fate =
      liveFile && isLocale(liveFile[1]) ? await articleFate(liveFile[1], liveFile[2]).catch(() => null) : null;
    setEdgeTags(response.headers, edgeTags(pathname, fate?.kind === 'live' ? fate.storyId : undefined));
    return response;
  }

  // Admin and preview: private, never stored, never indexed (decision 0005); scripts only with this response's
  // nonce (Next reads it from the request's Content-Security-Policy and puts it on its own scripts).
  if (isPrivatePath(pathname)) {
    const nonce = newNonce();
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set('Content-Security-Policy', contentSecurityPolicy('newsroom', { nonce, https }));
    const response = NextResponse.next({ request: { headers: requestHeaders } });
    response.headers.set('Cache-Control', PRIVATE_NO_STORE);
    response.headers.set('X-Robots-Tag', 'noindex, nofollow');
    return applySecurityHeaders(response, 'newsroom', { nonce, https });
  }

  // An imported site's old address (a WordPress permalink or /?p=ID, decision 0034): 301 to the article it became,
  // in one hop (before the one-URL-form redirect: WordPress links end with a slash; the key is in that form).
  const search = request.nextUrl.search;
  const legacyKey =
    isLegacyPathCandidate(pathname.replace(/(.)\/+$/, '$1'), search) && databaseUp()
      ? legacyPathKey(pathname, search)
      : null;
  if (legacyKey) {
    let legacy: Awaited<ReturnType<typeof resolveLegacyPath>> | null = null;
    try {
      legacy = await legacyFates.get(legacyKey, () => resolveLegacyPath(legacyKey));
    } catch (e) {
      console.error('[proxy] resolving an old address failed:', e);
      reportDatabaseTrouble();
    }
    if (legacy?.kind === 'moved') {
      // A plain URL: NextURL would put the old address's trailing slash back when it serialises.
      const url = new URL(request.url);
      url.pathname = articlePath(legacy.locale, legacy.slug);
      url.search = '';
      const redirect = NextResponse.redirect(url, 301);
      setEdgeTags(redirect.headers, edgeTags(articlePath(legacy.locale, legacy.slug)));
      return applySecurityHeaders(redirect, 'resource', { https });
    }
  }

  // One URL form: lowercase, no trailing slash → 301 (next.config.ts: skipTrailingSlashRedirect).
  const canonical = canonicalPathname(pathname);
  if (canonical !== null) {
    // A plain URL: NextURL would put the trailing slash back when it serialises.
    const url = new URL(request.url);
    url.pathname = canonical;
    const redirect = NextResponse.redirect(url, 301);
    setEdgeTags(redirect.headers, edgeTags(pathname));
    return applySecurityHeaders(redirect, 'resource', { https });
  }

  // The automatic Łacinka and classical-orthography views of Belarusian pages (decision 0031): not a language of
  // the router's; their route converts the Cyrillic page. Cached and protected like it.
  const view = scriptViewSource(pathname);
  if (view) {
    const response = NextResponse.next();
    response.headers.set('Cache-Control', PUBLIC_PAGE_CACHE);
    return applySecurityHeaders(response, LITE.test(view.cyrillicPath) ? 'document' : 'reader', { https });
  }

  const match = LOOKS_LIKE_LOCALE.exec(pathname);
  if (match && !isLocale(match[1])) {
    // Unknown language: answer 404 in the reader's language instead of redirecting to /be/de/…. Not a rewrite
    // from here (Next would tell every client so in an `x-middleware-rewrite` header): the proxy names the
    // reader's language in a request header and next.config.ts rewrites to that language's 404 (decision 0025).
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set(UNKNOWN_LOCALE_HEADER, preferredLocale(request));
    const response = NextResponse.next({ request: { headers: requestHeaders } });
    response.headers.set('Cache-Control', PUBLIC_PAGE_CACHE);
    // Its language follows Accept-Language: the edge keys it on that (deploy/varnish/default.vcl) and
    // purges it with every language's tags.
    setEdgeTags(response.headers, edgeTags('/'));
    return applySecurityHeaders(response, 'reader', { https });
  }

  // The database does not answer: a page rendered per request (search) gets a short page in the reader's
  // language, 503 with Retry-After (never a 500), without trying. Cached pages go on: Next answers them from its
  // cache, and one that must render and fails gets the same 503 from the request hook (lib/ops/server.ts). The
  // edge keeps serving the pages it holds (decision 0030).
  if (!databaseUp() && PER_REQUEST.test(pathname)) {
    const first = pathname.split('/')[1];
    const response = new NextResponse(unavailableHtml(isLocale(first) ? first : preferredLocale(request)), {
      status: 503,
      headers: unavailableHeaders,
    });
    return applySecurityHeaders(response, 'document', { https });
  }

  // Page 1 of a live blog is the article's own address; its page route serves it only through the rewrite below.
  const firstPage = LIVE_FIRST_PAGE.exec(pathname);
  if (firstPage && isLocale(firstPage[1])) {
    const url = request.nextUrl.clone();
    url.pathname = articlePath(firstPage[1], decodeURIComponent(firstPage[2]));
    const redirect = NextResponse.redirect(url, 301);
    setEdgeTags(redirect.headers, edgeTags(pathname));
    return applySecurityHeaders(redirect, 'resource', { https });
  }

  const article = ARTICLE.exec(pathname);
  let fate: Awaited<ReturnType<typeof resolveArticleUrl>> | null = null;
  if (article && isLocale(article[1])) {
    const locale = article[1];
    try {
      fate = await articleFate(locale, article[2]);
    } catch (e) {
      // The database is unreachable or locked: let the page answer (it reports the error itself).
      console.error('[proxy] resolving an article URL failed:', e);
      reportDatabaseTrouble();
    }
    if (fate?.kind === 'moved') {
      const url = request.nextUrl.clone();
      url.pathname = articlePath(locale, fate.slug);
      const redirect = NextResponse.redirect(url, 301);
      setEdgeTags(redirect.headers, edgeTags(pathname));
      return applySecurityHeaders(redirect, 'resource', { https });
    }
    if (fate?.kind === 'gone') {
      const gone = new NextResponse(goneHtml(locale), {
        status: 410,
        headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': PUBLIC_PAGE_CACHE },
      });
      setEdgeTags(gone.headers, edgeTags(pathname));
      return applySecurityHeaders(gone, 'document', { https });
    }
  }

  // A live blog's subpages carry its story's tag at the edge too: a new entry purges them (decision 0033).
  const liveSub = article ? null : LIVE_SUBPATH.exec(pathname);
  if (liveSub && isLocale(liveSub[1])) fate = await articleFate(liveSub[1], liveSub[2]).catch(() => null);

  const searchPage = SEARCH.exec(pathname);
  const response = intl(
    searchPage && isLocale(searchPage[1])
      ? await decidedNotFound(request, searchPage[1], () =>
          searchPageNotFound(searchPage[1] as Locale, request.nextUrl.searchParams),
        )
      : article
        ? livePageRequest(request, fate?.kind === 'live' && fate.liveCoverage === true)
        : request,
  );
  // The edge keeps reader pages for hours and purges them by these tags (decision 0029); an article also by
  // its story (a correction in another language changes its switcher).
  setEdgeTags(
    response.headers,
    edgeTags(pathname, (article || liveSub) && fate?.kind === 'live' ? fate.storyId : undefined),
  );
  if (pathname === '/') {
    // The redirect depends on Accept-Language only (reader pages set no cookie): caches must key on it.
    response.headers.set('Vary', 'Accept-Language');
  } else if (!response.headers.has('location')) {
    // Next keeps a Cache-Control set here (it only writes its private default when none is set). The proxy
    // cannot tell RSC payloads from HTML (Next strips the `rsc` header before the proxy); Next's own
    // `Vary: rsc, next-router-state-tree, …` keeps them apart in a CDN, and reader pages never request RSC
    // (plain links, decision 0004). See decision 0005.
    response.headers.set('Cache-Control', PUBLIC_PAGE_CACHE);
  }
  // Reader pages are cached HTML shared by everyone: they set no cookie (decision 0018).
  response.headers.delete('Set-Cookie');
  // Tor Browser offers the same page on the onion host (decision 0032); not on the onion host itself.
  const onion = isOnionRequest(request.headers) ? null : onionLocation(`${pathname}${request.nextUrl.search}`);
  if (onion) response.headers.set('Onion-Location', onion);
  // The lite article is our own HTML without any script (its route's own header would lose to this one).
  return applySecurityHeaders(response, LITE.test(pathname) ? 'document' : 'reader', { https });
}

/** The language this reader would be sent to from `/` (Accept-Language, then the default). */
function preferredLocale(request: NextRequest) {
  const home = intl(new NextRequest(new URL('/', request.url), { headers: request.headers }));
  const location = home.headers.get('location');
  const preferred = location ? new URL(location, request.url).pathname.split('/')[1] : undefined;
  return isLocale(preferred) ? preferred : routing.defaultLocale;
}

/** A URL no route can read: the reader 404 in the path's language, a plain 404 for files and the newsroom. */
function malformed(request: NextRequest, pathname: string, https: boolean) {
  if (isNonPagePath(pathname)) return applySecurityHeaders(notFoundText(), 'resource', { https });
  if (isPrivatePath(pathname)) {
    const response = new NextResponse(NEWSROOM_NOT_FOUND, {
      status: 404,
      headers: {
        'Content-Type': 'text/plain; charset=utf-8',
        'Cache-Control': PRIVATE_NO_STORE,
        'X-Robots-Tag': 'noindex, nofollow',
      },
    });
    return applySecurityHeaders(response, 'resource', { https });
  }
  const first = pathname.split('/')[1];
  // Answered here: rewritten to a page, the original URL would still make Next's render fail.
  const response = new NextResponse(malformedUrlHtml(isLocale(first) ? first : preferredLocale(request)), {
    status: 404,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': PUBLIC_PAGE_CACHE },
  });
  setEdgeTags(response.headers, edgeTags(isLocale(first) ? `/${first}` : '/'));
  return applySecurityHeaders(response, 'document', { https });
}

const OPS_PATHS = new Set(['/healthz', '/readyz', '/metrics']);
/** A host we do not serve: a short text answer nobody may store (421 Misdirected Request, or 400). */
function refused(status: 400 | 421, https: boolean) {
  const response = new NextResponse(status === 421 ? 'Misdirected request\n' : 'Bad request\n', {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': PRIVATE_NO_STORE },
  });
  return applySecurityHeaders(response, 'resource', { https });
}

/** The newsroom chooses its language from a cookie its pages read; a URL it cannot read gets all three. */
const NEWSROOM_NOT_FOUND = 'Старонку не знойдзена · Страница не найдена · Page not found\n';

export const config = {
  // Every request but Next's build output: malformed URLs of feeds, media and /api must be caught here too
  // (pages, redirects and the proxy's own answers get their security headers here; the rest from next.config.ts).
  // The picture upload is left out: Next would buffer (and past 10 MB silently cut) its body for the proxy;
  // the route reads it itself with a byte cap.
  matcher: ['/((?!_next/static|_next/image|admin/media/upload$).*)'],
};

/**
 * An article URL goes on with LIVE_PAGE_HEADER when it is a live blog being covered: next.config.ts rewrites it
 * to the live blog's page route, the one whose scripts carry the updates leaf (decision 0033). The header is
 * removed from every other article request, so nobody can send it to render an article through that route.
 * When the lookup failed (the database), the article route renders the live blog without the leaf: current on
 * every load.
 */
function livePageRequest(request: NextRequest, live: boolean) {
  if (!live && !request.headers.has(LIVE_PAGE_HEADER)) return request;
  const headers = new Headers(request.headers);
  headers.delete(LIVE_PAGE_HEADER);
  if (live) headers.set(LIVE_PAGE_HEADER, '1');
  return new NextRequest(request.url, { headers, method: request.method });
}

/**
 * A page rendered per request that finds nothing (search past its last page, a bad preview link) cannot answer
 * a whole 404 once it streams, so the proxy decides before rendering: the request goes on with NOT_FOUND_HEADER
 * and next.config.ts rewrites it to the language's 404 page (decision 0025). The header is removed from every
 * request these routes get, so nobody can send it to turn a page into a 404. When the check fails (the database),
 * the page decides itself.
 */
async function decidedNotFound(request: NextRequest, locale: Locale, isNotFound: () => Promise<boolean>) {
  const headers = new Headers(request.headers);
  headers.delete(NOT_FOUND_HEADER);
  try {
    if (await isNotFound()) headers.set(NOT_FOUND_HEADER, '1');
  } catch (e) {
    console.error(`[proxy] deciding a ${locale} 404 failed:`, e);
    reportDatabaseTrouble();
  }
  return new NextRequest(request.url, { headers, method: request.method });
}
