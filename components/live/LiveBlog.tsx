import { getTranslations } from 'next-intl/server';
import { Timestamp } from '@/components/time/Timestamp';
import { formatDateTime } from '@/lib/time/minsk';
import type { Locale } from '@/lib/locales';
import type { LiveBlogPage } from '@/lib/news/live';
import { liveEntryAnchor, liveEntryPath, livePagePath, liveUpdatesPath } from '@/lib/paths';
import { LiveEntry } from './LiveEntry';
import type { ComponentType } from 'react';
import type { LiveUpdatesProps } from './LiveUpdates.client';

export const LIVE_LIST_ID = 'live-entries';

/**
 * The entries of a live blog below its lede and body (decision 0033): the coverage state, the key events as a jump
 * menu, the pinned entry, the entries of this page newest first, and "newer"/"older" links. While it is live, the
 * first page carries the one client leaf that offers new entries without a reload: `Updates`, passed in by the
 * live blog's page route only (app/[locale]/news/[slug]/page/[n]/page.tsx), so that the leaf's script is in that
 * route's chunks and not in every article's.
 */
export async function LiveBlog({
  locale,
  slug,
  status,
  endedAt,
  data,
  Updates,
}: {
  locale: Locale;
  slug: string;
  status: 'LIVE' | 'ENDED';
  endedAt: Date | null;
  data: LiveBlogPage;
  Updates?: ComponentType<LiveUpdatesProps>;
}) {
  const t = await getTranslations({ locale, namespace: 'live' });
  const labels = { pinned: t('pinned'), keyEvent: t('keyEvent'), permalink: t('permalink') };
  const rules = new Intl.PluralRules(locale);
  const plural: Record<string, string> = {};
  for (const n of [1, 2, 5, 21]) plural[rules.select(n)] ??= t('newUpdates', { count: n }).replace(String(n), '#');
  const link = 'inline-block rounded border border-rule px-3 py-2 hover:border-ink';
  return (
    <section aria-labelledby="live-title" className="grid gap-4" data-testid="live-blog" data-status={status}>
      <h2 id="live-title" className="flex items-center gap-2 text-xl font-bold">
        {status === 'LIVE' ? (
          <span data-testid="live-mark" className="rounded bg-brand px-1.5 py-0.5 text-xs font-bold text-paper">
            {t('mark')}
          </span>
        ) : null}
        {t('updates')}
      </h2>
      {status === 'ENDED' ? (
        <p data-testid="live-ended" className="rounded border border-rule p-3 font-semibold">
          {endedAt ? t('endedAt', { time: formatDateTime(endedAt, locale) }) : t('ended')}
        </p>
      ) : null}
      {data.keyEvents.length > 0 ? (
        <nav aria-labelledby="live-key-events" data-testid="live-key-events" className="rounded border border-rule p-3">
          <h3 id="live-key-events" className="font-bold">
            {t('keyEvents')}
          </h3>
          <ul className="mt-2 grid gap-1">
            {data.keyEvents.map((k) => (
              <li key={k.id}>
                <a
                  href={k.page === data.page ? `#${liveEntryAnchor(k.id)}` : liveEntryPath(locale, k.id)}
                  className="hover:underline"
                >
                  <Timestamp date={k.publishedAt} locale={locale} className="text-sm text-muted" />{' '}
                  {k.title ?? t('permalink')}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {data.pinned ? (
        <div data-testid="live-pinned" className="rounded border-2 border-brand px-3">
          <LiveEntry entry={data.pinned} locale={locale} labels={labels} anchor={false} />
        </div>
      ) : null}
      {Updates && status === 'LIVE' && data.page === 1 ? (
        <Updates
          url={liveUpdatesPath(locale, slug)}
          locale={locale}
          label={{ other: plural.other ?? t('newUpdates', { count: 5 }), ...plural }}
          listId={LIVE_LIST_ID}
        />
      ) : null}
      {data.entries.length === 0 ? <p>{t('noEntries')}</p> : null}
      <div id={LIVE_LIST_ID} data-testid="live-entries">
        {data.entries.map((entry) => (
          <LiveEntry key={entry.id} entry={entry} locale={locale} labels={labels} />
        ))}
      </div>
      {data.pages > 1 ? (
        <nav aria-label={t('pageOf', { page: data.page, pages: data.pages })} className="flex flex-wrap gap-2">
          {data.page > 1 ? (
            <a href={livePagePath(locale, slug, data.page - 1)} rel="prev" className={link}>
              ← {t('newer')}
            </a>
          ) : null}
          <span className="px-3 py-2 text-muted">{t('pageOf', { page: data.page, pages: data.pages })}</span>
          {data.page < data.pages ? (
            <a href={livePagePath(locale, slug, data.page + 1)} rel="next" className={link} data-testid="live-older">
              {t('older')} →
            </a>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}
