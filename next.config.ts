import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const nextConfig: NextConfig = {
  // Bundled by Turbopack, PGlite resolves its WASM through a URL and every query fails (see ../shared/STACK.md).
  serverExternalPackages: ['@electric-sql/pglite'],
  poweredByHeader: false,
  // proxy.ts answers non-canonical URLs (trailing slash, capitals) with one 301 (decision 0005).
  skipTrailingSlashRedirect: true,
  reactStrictMode: true,
};

export default withNextIntl(nextConfig);
