import '@fontsource-variable/inter';
import '../globals.css';
import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { adminT } from '@/lib/admin/i18n';
import { localeConfig } from '@/lib/locales';

// The newsroom: never indexed, never cached (proxy.ts also sends Cache-Control: private, no-store).
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  robots: { index: false, follow: false, nocache: true },
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function AdminRootLayout({ children }: { children: ReactNode }) {
  const { locale, t } = await adminT();
  return (
    <html lang={localeConfig[locale].htmlLang}>
      <head>
        <title>{t('title')}</title>
      </head>
      <body className="min-h-screen bg-neutral-50 antialiased">{children}</body>
    </html>
  );
}
