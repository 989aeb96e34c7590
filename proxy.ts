import createMiddleware from 'next-intl/middleware';
import { NextRequest, NextResponse } from 'next/server';
import { routing } from '@/i18n/routing';
import { isLocale } from '@/lib/locales';

const intl = createMiddleware(routing);

/** A first path segment that looks like a language code (`de`, `pt-br`) but is not one of ours. */
const LOOKS_LIKE_LOCALE = /^\/([a-zA-Z]{2}(?:[-_][a-zA-Z]{2})?)(?:\/|$)/;

/** The newsroom (/admin) is outside the reader's language routing: never redirected, never cached or indexed. */
const ADMIN = /^\/admin(?:\/|$)/;

export default function proxy(request: NextRequest) {
  if (ADMIN.test(request.nextUrl.pathname)) {
    const response = NextResponse.next();
    response.headers.set('Cache-Control', 'private, no-store');
    response.headers.set('X-Robots-Tag', 'noindex, nofollow');
    return response;
  }
  const match = LOOKS_LIKE_LOCALE.exec(request.nextUrl.pathname);
  if (match && !isLocale(match[1])) {
    // Unknown language: answer 404 in the reader's language instead of redirecting to /be/de/….
    // Ask next-intl where it would send this reader from `/` (cookie, then Accept-Language, then be).
    const home = intl(new NextRequest(new URL('/', request.url), { headers: request.headers }));
    const location = home.headers.get('location');
    const preferred = location ? new URL(location, request.url).pathname.split('/')[1] : undefined;
    const locale = isLocale(preferred) ? preferred : routing.defaultLocale;
    const url = request.nextUrl.clone();
    url.pathname = `/${locale}/__unknown-locale${request.nextUrl.pathname}`;
    return NextResponse.rewrite(url);
  }
  return intl(request);
}

export const config = {
  // Everything except Next's internals, API routes and files with an extension (public assets).
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)'],
};
