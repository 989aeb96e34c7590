// robots.txt rules and which URLs are private (admin, previews): the proxy marks the latter no-store
// and noindex. Preview URLs: /preview/… and /{locale}/preview/…, plus /api/preview and /api/draft (decision 0005).
import { locales } from '@/lib/locales';

const PRIVATE_PREFIXES = ['/admin', '/preview', '/api/preview', '/api/draft', ...locales.map((l) => `/${l}/preview`)];

/** Admin and preview paths: never cached, never indexed. */
export function isPrivatePath(pathname: string): boolean {
  return PRIVATE_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

export function robotsTxt(sitemaps: string[]): string {
  const lines = [
    'User-agent: *',
    'Allow: /',
    ...PRIVATE_PREFIXES.map((p) => `Disallow: ${p}`),
    '',
    ...sitemaps.map((s) => `Sitemap: ${s}`),
    '',
  ];
  return lines.join('\n');
}
