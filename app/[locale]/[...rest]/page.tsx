import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { NotFoundPage } from '@/components/NotFoundPage';
import { routing } from '@/i18n/routing';
import { notFoundMetadata } from '@/lib/seo/metadata';

// Rendered on first request, then cached like every reader page (decision 0015).
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string }> };

const language = (locale: string) => (hasLocale(routing.locales, locale) ? locale : routing.defaultLocale);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return notFoundMetadata(language((await params).locale));
}

// Any path under a language that no route claims, the unknown languages the proxy sends here
// (`/ru/__unknown-locale/de/…`) and the 404s it decides before rendering (`/ru/__not-found/page`: search past
// its last page, a bad preview link): the language's own 404 page, whole in the first HTML (decision 0025).
export default async function UnknownPage({ params }: Props) {
  const locale = language((await params).locale);
  setRequestLocale(locale);
  return <NotFoundPage locale={locale} />;
}
