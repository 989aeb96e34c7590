import type { Locale } from '@/lib/locales';
import type { StoryCard as StoryCardData } from '@/lib/news/types';
import { articlePath } from '@/lib/paths';
import { RelativeTimestamp } from '@/components/time/Timestamp';
import { LiveMark } from '@/components/live/LiveMark';

/** One story in a list. `headingLevel` keeps the page outline right wherever the card is placed. */
export function StoryCard({
  story,
  locale,
  now,
  headingLevel = 3,
  variant = 'compact',
}: {
  story: StoryCardData;
  locale: Locale;
  now: Date;
  headingLevel?: 2 | 3;
  variant?: 'lead' | 'compact';
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const lead = variant === 'lead';
  return (
    <article className={lead ? 'grid gap-4 md:grid-cols-2' : 'grid gap-1'}>
      {lead && story.image ? (
        // eslint-disable-next-line @next/next/no-img-element -- see ArticleImage
        <img
          src={story.image.src}
          alt={story.image.alt}
          width={story.image.width}
          height={story.image.height}
          fetchPriority="high"
          className="h-auto w-full rounded"
        />
      ) : null}
      <div className="grid content-start gap-1">
        <p className="text-xs text-muted">
          {story.live ? (
            <>
              <LiveMark locale={locale} />{' '}
            </>
          ) : null}
          {story.section ? <span className="font-semibold uppercase text-brand">{story.section.name}</span> : null}
          {story.section ? ' · ' : null}
          <RelativeTimestamp date={story.publishedAt} locale={locale} now={now} />
        </p>
        <Heading className={lead ? 'text-2xl font-black leading-tight md:text-3xl' : 'text-lg font-bold leading-snug'}>
          <a href={articlePath(locale, story.slug)} className="hover:underline">
            {story.title}
          </a>
        </Heading>
        {lead ? <p className="text-lg text-muted">{story.lede}</p> : null}
      </div>
    </article>
  );
}
