import type { Locale } from '@/lib/locales';
import { articlePath } from '@/lib/paths';

/** A headline in a list of stories: a link to the story, or plain text marked as the current page on its own page. */
export function HeadlineLink({
  locale,
  story,
  current,
}: {
  locale: Locale;
  story: { title: string; slug: string };
  current: boolean;
}) {
  return current ? (
    <span aria-current="page" className="font-semibold">
      {story.title}
    </span>
  ) : (
    <a href={articlePath(locale, story.slug)} className="font-semibold hover:underline">
      {story.title}
    </a>
  );
}
