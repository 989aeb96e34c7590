// The reader 404 page, in the language of its URL (decision 0025). Pages that find nothing return <NotFoundPage>
// instead of calling notFound() themselves: Next renders a notFound() thrown outside a Suspense boundary as an
// empty error shell (no lang, no text) and leaves the page to client-side JavaScript. Thrown inside one, Next
// still answers 404 and keeps the HTML rendered around it: the whole page below, in the first response.
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import type { Locale } from '@/lib/locales';
import { getNavSections } from '@/lib/news/queries';
import { frontPath } from '@/lib/paths';
import { switcherTargets } from '@/lib/switcher';
import { SearchForm } from './SearchForm';
import { SiteHeader } from './SiteHeader';

/** What a reader sees on a 404: the site header, a heading, why, the way home and a search form. */
export async function NotFoundView({ locale }: { locale: Locale }) {
  const [t, sections] = await Promise.all([
    getTranslations({ locale, namespace: 'notFound' }),
    // The 404 must render even when the database does not answer.
    getNavSections(locale).catch(() => []),
  ]);
  return (
    <>
      <SiteHeader locale={locale} sections={sections} switcher={switcherTargets(locale, { kind: 'front' })} />
      <main id="main" className="mx-auto grid max-w-3xl gap-6 px-4 py-12" data-testid="not-found">
        <h1 className="text-3xl font-black">{t('title')}</h1>
        <p className="text-lg">{t('body')}</p>
        <p>
          <a href={frontPath(locale)} className="font-semibold text-brand underline">
            {t('home')}
          </a>
        </p>
        <div className="max-w-md">
          <SearchForm locale={locale} id="search-not-found" label={t('search')} />
        </div>
      </main>
    </>
  );
}

/** Sets the 404 status. Rendered inside Suspense, so the HTML around it is sent as rendered. */
function NotFoundStatus(): never {
  notFound();
}

/** A complete 404 page with status 404. Give the page's head `notFoundMetadata` (lib/seo/metadata.ts). */
export function NotFoundPage({ locale }: { locale: Locale }) {
  return (
    <>
      <NotFoundView locale={locale} />
      <Suspense fallback={null}>
        <NotFoundStatus />
      </Suspense>
    </>
  );
}
