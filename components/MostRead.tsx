import { getTranslations } from 'next-intl/server';
import { tagThisRender } from '@/lib/cache/reader';
import { cacheTag } from '@/lib/cache/tags';
import type { Locale } from '@/lib/locales';
import { getMostRead, type MostReadItem } from '@/lib/news/mostRead';
import { HeadlineLink } from './HeadlineLink';
import { Region } from './Region';

/** The most read stories in this language over the last 24 hours and 7 days (counted on our server). */
export async function MostRead({ locale, now, currentId }: { locale: Locale; now: Date; currentId?: string }) {
  const [t, day, week] = await Promise.all([
    getTranslations({ locale, namespace: 'mostRead' }),
    getMostRead(locale, 'day', 5, now).catch(() => [] as MostReadItem[]),
    getMostRead(locale, 'week', 5, now).catch(() => [] as MostReadItem[]),
    // A cached page showing these lists is dropped when they change (lib/news/mostRead.ts mostReadChanges).
    tagThisRender([cacheTag.mostRead(locale)]),
  ]);
  const list = (id: string, title: string, items: MostReadItem[]) => (
    <div>
      <h3 id={id} className="text-sm font-semibold uppercase text-muted">
        {title}
      </h3>
      {items.length === 0 ? (
        <p className="mt-2 text-sm text-muted">{t('empty')}</p>
      ) : (
        <ol
          className="mt-2 grid list-decimal gap-2 ps-5 marker:font-bold marker:text-brand"
          aria-labelledby={id}
          data-testid={`most-read-${id.split('-').pop()}`}
        >
          {items.map((item) => (
            <li key={item.id}>
              <HeadlineLink locale={locale} story={item} current={item.id === currentId} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
  return (
    <Region name="most-read" look="box" title={t('title')}>
      {list('most-read-day', t('day'), day)}
      {list('most-read-week', t('week'), week)}
    </Region>
  );
}
