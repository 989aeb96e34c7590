// What the site stores about a reader (nothing personal), in each language from messages/ (decision 0032). Each
// statement is kept true by a test: no cookie and no other origin on reader pages (e2e/no-trace.spec.ts), the read
// counter's fingerprint (lib/news/mostRead.test.ts).
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ColumnPage } from '@/components/ColumnPage';
import { routing } from '@/i18n/routing';
import { everyLanguageFrame, everyLanguageMetadata } from '../everyLanguagePage';

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string }> };

const STATEMENTS = ['noCookies', 'noThirdParty', 'reads', 'search', 'theme', 'newsroom'] as const;

export const generateMetadata = ({ params }: Props) => everyLanguageMetadata(params, 'privacy');

export default async function PrivacyPage({ params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const [frame, t] = await Promise.all([
    everyLanguageFrame(locale, 'privacy'),
    getTranslations({ locale, namespace: 'privacy' }),
  ]);
  return (
    <ColumnPage {...frame} testId="privacy">
      {STATEMENTS.map((key) => (
        <p key={key} data-statement={key}>
          {t(key)}
        </p>
      ))}
    </ColumnPage>
  );
}
