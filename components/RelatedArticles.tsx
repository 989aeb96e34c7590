import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/locales';
import type { StoryCard as StoryCardData } from '@/lib/news/types';
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
    <aside
      aria-labelledby="related-title"
      className="grid gap-4 border-t-2 border-brand pt-4 print:hidden"
      data-testid="related"
    >
      <h2 id="related-title" className="text-xl font-black">
        {t('title')}
      </h2>
      <StoryCardGrid stories={stories} locale={locale} now={now} />
    </aside>
  );
}
