import '../globals.css';
import type { Metadata, Viewport } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { BreakingNews } from '@/components/BreakingNews';
import { SiteFooter } from '@/components/SiteFooter';
import { routing } from '@/i18n/routing';
import { localeConfig } from '@/lib/locales';
import { siteOrigin } from '@/lib/paths';
import { THEME_SCRIPT } from '@/lib/theme';

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#b3121b' },
    { media: '(prefers-color-scheme: dark)', color: '#121417' },
  ],
};

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'site' });
  return {
    metadataBase: new URL(siteOrigin()),
    title: { default: `${t('name')} — ${t('tagline')}`, template: `%s — ${t('name')}` },
    description: t('tagline'),
  };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'site' });
  return (
    // suppressHydrationWarning: THEME_SCRIPT sets data-theme/data-js on <html> before React hydrates.
    <html lang={localeConfig[locale].htmlLang} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body className="flex min-h-screen flex-col antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-paper focus:p-2 focus:text-ink"
        >
          {t('skipToContent')}
        </a>
        {/* Not in a Suspense boundary: the banner is part of the first HTML, never streamed in above content
            that is already on screen (no layout shift; also visible without JavaScript). */}
        <BreakingNews locale={locale} />
        <div className="flex-1">{children}</div>
        <SiteFooter locale={locale} year={new Date().getFullYear()} />
      </body>
    </html>
  );
}
