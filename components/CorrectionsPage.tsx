// The corrections page of a language (decision 0028), shared by its routes (page 1 and /page/N): every current
// correction notice, newest first, each with the story it corrects. Cached like listings and dropped by the
// corrections tag of its language (lib/cache/tags.ts).
import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound, permanentRedirect } from 'next/navigation';
import { NotFoundPage } from './NotFoundPage';
import { cache } from 'react';
import { routing } from '@/i18n/routing';
import { tagThisRender } from '@/lib/cache/reader';
import { cacheTag } from '@/lib/cache/tags';
import { locales, type Locale } from '@/lib/locales';
import { getCorrectionsPage } from '@/lib/news/corrections';
import { parsePageSegment } from '@/lib/news/listing';
import { getNavSections } from '@/lib/news/queries';
import { articlePath, correctionsPath } from '@/lib/paths';
import { buildAlternates } from '@/lib/seo/alternates';
import { listingMetadata } from '@/lib/seo/metadata';
import { switcherTargets } from '@/lib/switcher';
import { Pagination } from './Pagination';
import { SiteHeader } from './SiteHeader';
import { Timestamp } from './time/Timestamp';

export type CorrectionsParams = Promise<{ locale: string; page?: string }>;

const load = cache(async (locale: Locale, page: number) => {
  // Tagged before anything can end in notFound(), so a cached 404 of a deep page is dropped too.
  await tagThisRender([cacheTag.corrections(locale), cacheTag.language(locale)]);
  return getCorrectionsPage(locale, page);
});

/** The page asked for; page null: not a page number (the reader's 404, whole in the first HTML: decision 0025). */
async function resolve(params: CorrectionsParams): Promise<{ locale: Locale; page: number | null }> {
  const { locale, page: segment } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  if (segment === undefined) return { locale, page: 1 };
  const parsed = parsePageSegment(segment);
  if (parsed === 'first') permanentRedirect(correctionsPath(locale));
  return { locale, page: parsed };
}

export async function correctionsMetadata(params: CorrectionsParams): Promise<Metadata> {
  const { locale, page: segment } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const page = segment === undefined ? 1 : parsePageSegment(segment);
  if (typeof page !== 'number') return {};
  const t = await getTranslations({ locale, namespace: 'corrections' });
  const alternates = buildAlternates(
    { locale, path: correctionsPath(locale, page) },
    page === 1 ? locales.map((l) => ({ locale: l, path: correctionsPath(l) })) : [],
  );
  return listingMetadata({
    locale,
    title: page > 1 ? t('pageTitle', { page }) : t('title'),
    description: t('description'),
    alternates,
  });
}

export async function CorrectionsPage({ params }: { params: CorrectionsParams }) {
  const { locale, page } = await resolve(params);
  setRequestLocale(locale);
  if (page === null) return <NotFoundPage locale={locale} />;
  const data = await load(locale, page);
  if (page > data.pageCount) return <NotFoundPage locale={locale} />;
  const [sections, t, ta] = await Promise.all([
    getNavSections(locale),
    getTranslations({ locale, namespace: 'corrections' }),
    getTranslations({ locale, namespace: 'article' }),
  ]);
  return (
    <>
      <SiteHeader
        locale={locale}
        sections={sections}
        // Every language has this page: the switcher leads to the same page in each.
        switcher={switcherTargets(locale, {
          kind: 'static',
          translations: locales.map((l) => ({ locale: l, slug: 'corrections' })),
        })}
      />
      <main id="main" className="mx-auto grid max-w-3xl gap-6 px-4 py-8" data-testid="corrections-page">
        <header className="grid gap-2 border-b-2 border-brand pb-3">
          <h1 className="text-3xl font-black leading-tight md:text-4xl">
            {t('title')}
            {page > 1 ? <span className="text-muted"> · {page}</span> : null}
          </h1>
          <p className="text-lg">{t('intro')}</p>
        </header>
        {data.items.length === 0 ? (
          <p>{t('empty')}</p>
        ) : (
          <ol className="grid gap-6" data-testid="corrections-list">
            {data.items.map((item) => (
              <li key={item.id} className="grid gap-1 border-b border-rule pb-4">
                <h2 className="text-xl font-bold leading-snug">
                  <a href={articlePath(locale, item.slug)} className="hover:underline">
                    {item.title}
                  </a>
                </h2>
                <p>
                  <strong>
                    {ta('correction')}, <Timestamp date={item.at} locale={locale} />:
                  </strong>{' '}
                  {item.text}
                </p>
              </li>
            ))}
          </ol>
        )}
        <Pagination
          locale={locale}
          page={data.page}
          pageCount={data.pageCount}
          href={(p) => correctionsPath(locale, p)}
        />
      </main>
    </>
  );
}
