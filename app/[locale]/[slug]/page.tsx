// Static pages (about, contacts) at the top of each language, with their own slug per language.
import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { NotFoundPage } from '@/components/NotFoundPage';
import { RichText } from '@/components/RichText';
import { ColumnPage } from '@/components/ColumnPage';
import { Timestamp } from '@/components/time/Timestamp';
import { routing } from '@/i18n/routing';
import type { Locale } from '@/lib/locales';
import { getNavSections } from '@/lib/news/queries';
import { getStaticPage } from '@/lib/news/staticPages';
import { staticPageAlternates } from '@/lib/seo/alternates';
import { listingMetadata, notFoundMetadata } from '@/lib/seo/metadata';
import { siteStrings } from '@/lib/seo/strings';
import { routeParam } from '@/lib/routeParam';
import { switcherTargets } from '@/lib/switcher';

// Rendered on first request, then cached (decision 0015).
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

const load = cache(async (locale: Locale, slug: string) => {
  return getStaticPage(locale, slug);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const page = await load(locale, routeParam(slug));
  if (!page) return notFoundMetadata(locale);
  return listingMetadata({
    locale,
    title: page.title,
    description: page.description || siteStrings(locale)('tagline'),
    // The page's translations are each other's hreflang alternates (lib/seo/alternates.ts).
    alternates: staticPageAlternates(locale, page.slug, page.translations),
  });
}

export default async function StaticPage({ params }: Props) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const page = await load(locale, routeParam(slug));
  if (!page) return <NotFoundPage locale={locale} />;
  const [sections, t] = await Promise.all([
    getNavSections(locale),
    getTranslations({ locale, namespace: 'staticPage' }),
  ]);
  return (
    <ColumnPage
      locale={locale}
      sections={sections}
      switcher={switcherTargets(locale, { kind: 'static', translations: page.translations })}
      testId="static-page"
      title={page.title}
      lead={page.description}
    >
      <RichText doc={page.body} locale={locale} />
      <p className="text-sm text-muted">
        {t('updated')}: <Timestamp date={page.updatedAt} locale={locale} />
      </p>
    </ColumnPage>
  );
}
