const ALLOWED = new Set(['http:', 'https:', 'mailto:']);

/** Returns the href if it uses a safe protocol (or is site-relative), otherwise null. */
export function safeHref(href: unknown): string | null {
  if (typeof href !== 'string') return null;
  const value = href.trim();
  if (!value) return null;
  if (value.startsWith('/') && !value.startsWith('//')) return value;
  if (value.startsWith('#')) return value;
  try {
    const url = new URL(value);
    return ALLOWED.has(url.protocol) ? url.toString() : null;
  } catch {
    return null;
  }
}
