import '@fontsource-variable/inter';
import '../globals.css';
import type { Metadata, Viewport } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { Suspense, type ReactNode } from 'react';
import { BreakingNews } from '@/components/BreakingNews';
import { SiteFooter } from '@/components/SiteFooter';
import { routing } from '@/i18n/routing';
import { localeConfig } from '@/lib/locales';
import { siteOrigin } from '@/lib/paths';

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#b3121b',
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
    <html lang={localeConfig[locale].htmlLang}>
      <body className="flex min-h-screen flex-col antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2"
        >
          {t('skipToContent')}
        </a>
        <Suspense fallback={null}>
          <BreakingNews locale={locale} />
        </Suspense>
        <div className="flex-1">{children}</div>
        <SiteFooter locale={locale} year={new Date().getFullYear()} />
      </body>
    </html>
  );
}
