import '../globals.css';
import type { Metadata, Viewport } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { BreakingNews } from '@/components/BreakingNews';
import { SiteFooter } from '@/components/SiteFooter';
import { routing } from '@/i18n/routing';
import { tagThisRender } from '@/lib/cache/reader';
import { readerPageTags } from '@/lib/cache/tags';
import { localeConfig } from '@/lib/locales';
import { siteOrigin } from '@/lib/paths';
import { siteTitle } from '@/lib/seo/metadata';
import { THEME_SCRIPT } from '@/lib/theme';

// Reader pages are cached after their first render and dropped by tag when what they show changes
// (decision 0015). `revalidate` bounds what only time changes (relative ages, most read); it must be a literal
// (lib/cache/reader.ts READER_REVALIDATE_SECONDS). No page is rendered at build time: the database a build sees
// is not the one the server reads.
export const revalidate = 60;
export function generateStaticParams(): { locale: string }[] {
  return [];
}

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
    title: siteTitle(locale),
    description: t('tagline'),
  };
}

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const [t] = await Promise.all([
    getTranslations({ locale, namespace: 'site' }),
    tagThisRender(readerPageTags(locale)),
  ]);
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
