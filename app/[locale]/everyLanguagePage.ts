// The pages that exist in every language at a path of their own, their words in one messages namespace
// (privacy, how to reach us; decision 0032): their head and the frame of their ColumnPage, written once.
import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { routing } from '@/i18n/routing';
import { locales, type Locale } from '@/lib/locales';
import { getNavSections } from '@/lib/news/queries';
import { privacyPath, reachUsPath } from '@/lib/paths';
import { everyLanguageAlternates } from '@/lib/seo/alternates';
import { switcherTargets } from '@/lib/switcher';

/** Each page: its path, and the slug its language switcher links (the last part of that path). */
const everyLanguagePages = {
  privacy: { path: privacyPath, slug: 'privacy' },
  reachUs: { path: reachUsPath, slug: 'reach-us' },
} as const;

type EveryLanguagePage = keyof typeof everyLanguagePages;

/** The head: the namespace's `title` and `description`, every language as an alternate. */
export async function everyLanguageMetadata(
  params: Promise<{ locale: string }>,
  page: EveryLanguagePage,
): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: page });
  return {
    title: t('title'),
    description: t('description'),
    alternates: everyLanguageAlternates(locale, everyLanguagePages[page].path),
  };
}

/** ColumnPage's frame (header sections, switcher, heading and lead); the page adds its `testId` and body. */
export async function everyLanguageFrame(locale: Locale, page: EveryLanguagePage) {
  const [sections, t] = await Promise.all([getNavSections(locale), getTranslations({ locale, namespace: page })]);
  const { slug } = everyLanguagePages[page];
  return {
    locale,
    sections,
    switcher: switcherTargets(locale, { kind: 'static', translations: locales.map((l) => ({ locale: l, slug })) }),
    title: t('title'),
    lead: t('description'),
  };
}
