import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { LatestNews } from '@/components/LatestNews';
import { MostRead } from '@/components/MostRead';
import { SiteHeader } from '@/components/SiteHeader';
import { StructuredData } from '@/components/StructuredData';
import { StoryCard } from '@/components/StoryCard';
import { StoryCardGrid } from '@/components/StoryCardGrid';
import { routing } from '@/i18n/routing';
import { getFrontPage, getNavSections } from '@/lib/news/queries';
import { frontPageJsonLd } from '@/lib/seo/jsonld';
import { frontMetadata } from '@/lib/seo/metadata';
import { sectionPath } from '@/lib/paths';
import { switcherTargets } from '@/lib/switcher';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'front' });
  return frontMetadata(locale, t('title'));
}

export default async function FrontPage({ params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const now = new Date();
  const [front, sections, t, ts] = await Promise.all([
    getFrontPage(locale, now),
    getNavSections(locale),
    getTranslations({ locale, namespace: 'front' }),
    getTranslations({ locale, namespace: 'site' }),
  ]);
  return (
    <>
      <StructuredData data={frontPageJsonLd(locale)} />
      <SiteHeader locale={locale} sections={sections} switcher={switcherTargets(locale, { kind: 'front' })} />
      <main id="main" className="mx-auto grid max-w-6xl gap-10 px-4 py-6">
        <h1 className="sr-only">
          {ts('name')} — {t('title')}
        </h1>
        {front.top ? (
          <section aria-label={t('topStory')} data-testid="top-story">
            <StoryCard story={front.top} locale={locale} now={now} headingLevel={2} variant="lead" />
          </section>
        ) : (
          <p>{t('empty')}</p>
        )}
        <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_20rem]">
          <div className="grid content-start gap-10">
            {front.sections.map(({ section, stories }) => (
              <section key={section.slug} aria-labelledby={`section-${section.slug}`} data-testid="section-block">
                <h2
                  id={`section-${section.slug}`}
                  className="border-b-2 border-brand pb-1 text-xl font-black uppercase"
                >
                  <a href={sectionPath(locale, section.slug)} className="hover:underline">
                    {section.name}
                  </a>
                </h2>
                <StoryCardGrid stories={stories} locale={locale} now={now} className="mt-4" />
              </section>
            ))}
          </div>
          <aside className="grid content-start gap-6">
            <LatestNews locale={locale} items={front.latest} now={now} />
            <MostRead locale={locale} now={now} />
          </aside>
        </div>
      </main>
    </>
  );
}
