// Which request paths no route can answer: bad percent-encoding (`%ZZ`, `%`, overlong or invalid UTF-8 like
// `%C0%AF`), control characters once decoded (`%00`: PostgreSQL rejects NUL in text, so a slug lookup would
// fail with a 500) and paths longer than any URL the site makes. The proxy answers them with a 404 before Next's
// router, which would otherwise fail while decoding route parameters (decision 0018).

/** Longer than any URL of ours (slugs are at most 120 characters) and far below Node's header limit. */
export const MAX_PATH_LENGTH = 1024;

const CONTROL = /[\u0000-\u001f\u007f]/;

export function isMalformedPath(pathname: string): boolean {
  if (pathname.length > MAX_PATH_LENGTH) return true;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return true;
  }
  return CONTROL.test(decoded);
}

const NON_PAGE_PREFIXES = ['/api/', '/_next/', '/media/'];

/** Paths that are not pages: files (an extension in the last segment), Next's own files, media and the API. */
export function isNonPagePath(pathname: string): boolean {
  return pathname === '/api' || NON_PAGE_PREFIXES.some((p) => pathname.startsWith(p)) || /\.[^/]*$/.test(pathname);
}
