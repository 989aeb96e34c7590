import type { Locale } from '@/lib/locales';
import type { StoryCard as StoryCardData } from '@/lib/news/types';
import { StoryCard } from './StoryCard';

/** Story cards two to a row from small screens up: a section's block on the front page, related stories. */
export function StoryCardGrid({
  stories,
  locale,
  now,
  className = '',
}: {
  stories: StoryCardData[];
  locale: Locale;
  now: Date;
  className?: string;
}) {
  return (
    <ul className={`${className ? `${className} ` : ''}grid gap-6 sm:grid-cols-2`}>
      {stories.map((story) => (
        <li key={story.id}>
          <StoryCard story={story} locale={locale} now={now} />
        </li>
      ))}
    </ul>
  );
}
