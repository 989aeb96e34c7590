import { getLocale } from 'next-intl/server';
import { NotFoundView } from '@/components/NotFoundPage';
import { defaultLocale, isLocale } from '@/lib/locales';

// Shown by the browser after a page's <NotFoundPage> (the server already sent the same page, whole: decision 0025),
// and for any notFound() left in a route.
export default async function NotFound() {
  const requested = await getLocale();
  return <NotFoundView locale={isLocale(requested) ? requested : defaultLocale} />;
}
