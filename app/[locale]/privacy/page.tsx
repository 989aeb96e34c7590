// What the site stores about a reader (nothing personal), in each language from messages/ (decision 0032). Each
// statement is kept true by a test: no cookie and no other origin on reader pages (e2e/no-trace.spec.ts), the read
// counter's fingerprint (lib/news/mostRead.test.ts).
import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ColumnPage } from '@/components/ColumnPage';
import { routing } from '@/i18n/routing';
import { locales } from '@/lib/locales';
import { getNavSections } from '@/lib/news/queries';
import { privacyPath } from '@/lib/paths';
import { everyLanguageAlternates } from '@/lib/seo/alternates';
import { switcherTargets } from '@/lib/switcher';

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string }> };

const pages = locales.map((l) => ({ locale: l, slug: 'privacy' }));
const STATEMENTS = ['noCookies', 'noThirdParty', 'reads', 'search', 'theme', 'newsroom'] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'privacy' });
  return {
    title: t('title'),
    description: t('description'),
    alternates: everyLanguageAlternates(locale, privacyPath),
  };
}

export default async function PrivacyPage({ params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const [sections, t] = await Promise.all([getNavSections(locale), getTranslations({ locale, namespace: 'privacy' })]);
  return (
    <ColumnPage
      locale={locale}
      sections={sections}
      switcher={switcherTargets(locale, { kind: 'static', translations: pages })}
      testId="privacy"
      title={t('title')}
      lead={t('description')}
    >
      {STATEMENTS.map((key) => (
        <p key={key} data-statement={key}>
          {t(key)}
        </p>
      ))}
    </ColumnPage>
  );
}
