// "How to reach us": the primary address, mirrors, the onion address, feeds and lite pages, from the one host
// configuration (lib/http/hosts.ts, decision 0032). Feed and lite links are relative: they stay on whichever
// host the reader came through.
import type { ReactNode } from 'react';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ColumnPage, ColumnSection } from '@/components/ColumnPage';
import { routing } from '@/i18n/routing';
import { hostConfig } from '@/lib/http/hosts';
import { locales, type Locale } from '@/lib/locales';
import { getLatestNews } from '@/lib/news/queries';
import { articleLitePath, feedPath } from '@/lib/paths';
import { everyLanguageFrame, everyLanguageMetadata } from '../everyLanguagePage';

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = ({ params }: Props) => everyLanguageMetadata(params, 'reachUs');

/** An address as a reader types it: the host, with the scheme only when it is not https. */
const shown = (origin: string) => (origin.startsWith('https://') ? origin.slice('https://'.length) : origin);

export default async function ReachUsPage({ params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const [frame, latest, t, tl] = await Promise.all([
    everyLanguageFrame(locale, 'reachUs'),
    getLatestNews(locale, 1),
    getTranslations({ locale, namespace: 'reachUs' }),
    getTranslations({ locale, namespace: 'languages' }),
  ]);
  const hosts = hostConfig();
  const link = 'underline underline-offset-4';
  const example = latest[0] ? articleLitePath(locale, latest[0].slug) : null;
  // Each part under its heading, in order: [id, title, what it says].
  const parts: [string, string, ReactNode][] = [
    [
      'reach-primary',
      t('primary'),
      <p key="p">
        <code data-testid="reach-primary">{shown(hosts.primary)}</code>
      </p>,
    ],
    [
      'reach-mirrors',
      t('mirrors'),
      hosts.mirrors.length > 0 ? (
        <ul className="grid gap-1" data-testid="reach-mirrors">
          {hosts.mirrors.map((m) => (
            <li key={m}>
              <code>{shown(m)}</code>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('noMirrors')}</p>
      ),
    ],
    [
      'reach-onion',
      t('onion'),
      hosts.onion ? (
        <>
          <p>
            <code className="break-all" data-testid="reach-onion">
              {hosts.onion}
            </code>
          </p>
          <p className="text-muted">{t('onionHint')}</p>
        </>
      ) : (
        <p>{t('noOnion')}</p>
      ),
    ],
    [
      'reach-feeds',
      t('feeds'),
      <>
        <p>{t('feedsHint')}</p>
        <ul className="grid gap-1" data-testid="reach-feeds">
          {locales.map((l: Locale) => (
            <li key={l}>
              {tl(l)}:{' '}
              <a className={link} href={feedPath(l, 'rss')} hrefLang={l}>
                RSS
              </a>{' '}
              ·{' '}
              <a className={link} href={feedPath(l, 'atom')} hrefLang={l}>
                Atom
              </a>
            </li>
          ))}
        </ul>
      </>,
    ],
    [
      'reach-lite',
      t('lite'),
      <>
        <p>{t('liteHint')}</p>
        {example ? (
          <p>
            <a className={`${link} break-all`} href={example} data-testid="reach-lite">
              {example}
            </a>
          </p>
        ) : null}
      </>,
    ],
    ['reach-static', t('staticCopy'), <p key="p">{t('staticCopyHint')}</p>],
  ];
  return (
    <ColumnPage {...frame} testId="reach-us">
      {parts.map(([id, title, body]) => (
        <ColumnSection key={id} id={id} title={title}>
          {body}
        </ColumnSection>
      ))}
    </ColumnPage>
  );
}
