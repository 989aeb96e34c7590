// A shareable preview link (decision 0028): an unpublished version shown to someone without an account, with
// the newsroom preview's article column (components/article/PreviewArticle.tsx). Rendered for every request, never
// cached (the proxy marks it private, no-store, noindex, no-referrer); an expired, revoked, tampered or unknown
// link is the reader 404 of the URL's language, with nothing of the story.
import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { cache } from 'react';
import { PreviewArticle } from '@/components/article/PreviewArticle';
import { routing } from '@/i18n/routing';
import { openPreviewLink, previewLinkTime } from '@/lib/admin/preview-links';
import type { Locale } from '@/lib/locales';
import { routeParam } from '@/lib/routeParam';
import { formatDateTime } from '@/lib/time/minsk';

export const dynamic = 'force-dynamic';

type Props = {
  params: Promise<{ locale: string; token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const open = cache(async (locale: Locale, token: string, at: string | undefined) => {
  await connection();
  return openPreviewLink(locale, token, previewLinkTime(at));
});

const asOfParam = async (searchParams: Props['searchParams']) => {
  const v = (await searchParams).asOf;
  return typeof v === 'string' ? v : undefined;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale, token } = await params;
  const base: Metadata = { robots: { index: false, follow: false }, referrer: 'no-referrer' };
  if (!hasLocale(routing.locales, locale)) return base;
  const view = await open(locale, routeParam(token), await asOfParam(searchParams));
  return view ? { ...base, title: view.title } : base;
}

export default async function PreviewLinkPage({ params, searchParams }: Props) {
  const { locale, token } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const view = await open(locale, routeParam(token), await asOfParam(searchParams));
  // A bad link (expired, revoked, tampered…) is a 404. This page renders per request and streams, so proxy.ts
  // checks the link before rendering and the request is rewritten to the language's whole 404 page (decision
  // 0025); this notFound() only covers a link that stopped between the proxy's check and this one.
  if (!view) notFound();
  const tp = await getTranslations({ locale, namespace: 'previewLink' });
  return (
    <PreviewArticle
      version={view}
      banner={tp('banner', { time: formatDateTime(view.expiresAt, locale) })}
      bannerTestId="preview-link-banner"
    />
  );
}
