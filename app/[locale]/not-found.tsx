import type { Metadata } from 'next';
import { getLocale } from 'next-intl/server';
import { NotFoundView } from '@/components/NotFoundPage';
import { defaultLocale, isLocale } from '@/lib/locales';
import { notFoundMetadata } from '@/lib/seo/metadata';

// Shown by the browser after a page's <NotFoundPage> (the server already sent the same page, whole: decision 0025),
// and for any notFound() left in a route.

// The 404's head whenever Next resolves it for this boundary: a page's own `notFoundMetadata` is dropped when
// the render that threw notFound() resolves metadata afterwards (a background re-render of a cached 404 does),
// and the page would fall back to the site's default title.
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  return notFoundMetadata(isLocale(locale) ? locale : defaultLocale);
}

export default async function NotFound() {
  const requested = await getLocale();
  return <NotFoundView locale={isLocale(requested) ? requested : defaultLocale} />;
}
