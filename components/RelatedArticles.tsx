import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/locales';
import type { StoryCard as StoryCardData } from '@/lib/news/types';
import { Region } from './Region';
import { StoryCardGrid } from './StoryCardGrid';

/** Stories in the same language that share tags with this one, then its section; outside <main>, after it. */
export async function RelatedArticles({
  locale,
  stories,
  now,
}: {
  locale: Locale;
  stories: StoryCardData[];
  now: Date;
}) {
  if (stories.length === 0) return null;
  const t = await getTranslations({ locale, namespace: 'related' });
  return (
    <Region name="related" look="after" title={t('title')}>
      <StoryCardGrid stories={stories} locale={locale} now={now} />
    </Region>
  );
}
