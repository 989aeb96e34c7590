// One URL form per page: lowercase, no trailing slash (except `/`). Percent-escapes keep their
// uppercase hex (encodeURIComponent's form, which lib/paths.ts produces). See decision 0005.

/** The canonical form of `pathname`, or null when it already is canonical. */
export function canonicalPathname(pathname: string): string | null {
  let p = pathname.replace(/(%[0-9a-fA-F]{2})|[A-Z]+/g, (m, escape: string | undefined) =>
    escape ? escape.toUpperCase() : m.toLowerCase(),
  );
  p = p.replace(/\/{2,}/g, '/');
  if (p.length > 1) p = p.replace(/\/+$/, '') || '/';
  return p === pathname ? null : p;
}
