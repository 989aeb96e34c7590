import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/locales';
import type { HeadlineItem } from '@/lib/news/types';
import { RelativeTimestamp } from '@/components/time/Timestamp';
import { HeadlineLink } from './HeadlineLink';
import { LiveMark } from './live/LiveMark';
import { Region } from './Region';

/** The newest stories in this language: time and headline. */
export async function LatestNews({
  locale,
  items,
  now,
  currentId,
}: {
  locale: Locale;
  items: HeadlineItem[];
  now: Date;
  currentId?: string;
}) {
  const t = await getTranslations({ locale, namespace: 'latestNews' });
  return (
    <Region name="latest-news" look="box" title={t('title')}>
      <ol className="divide-y divide-rule">
        {items.map((item) => (
          <li key={item.id} className="py-2">
            <RelativeTimestamp date={item.publishedAt} locale={locale} now={now} className="block text-xs text-muted" />
            {item.live ? (
              <>
                <LiveMark locale={locale} />{' '}
              </>
            ) : null}
            <HeadlineLink locale={locale} story={item} current={item.id === currentId} />
          </li>
        ))}
      </ol>
    </Region>
  );
}
