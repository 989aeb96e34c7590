import { RichText } from '@/components/RichText';
import { Timestamp } from '@/components/time/Timestamp';
import type { Locale } from '@/lib/locales';
import { entryLook } from '@/lib/live/look';
import type { LiveEntryView } from '@/lib/news/live';
import { liveEntryAnchor, liveEntryPath } from '@/lib/paths';

/**
 * One live-blog entry: time (Minsk), author, marks, optional headline, body, permalink. The updates JSON writes the
 * same markup as a string (lib/live/entryHtml.ts).
 */
export function LiveEntry({
  entry,
  locale,
  labels,
  anchor = true,
}: {
  entry: LiveEntryView;
  locale: Locale;
  labels: { pinned: string; keyEvent: string; permalink: string };
  /** False for the pinned copy at the top (the anchor belongs to the entry in the list). */
  anchor?: boolean;
}) {
  return (
    <article id={anchor ? liveEntryAnchor(entry.id) : undefined} className={entryLook.entry} data-entry={entry.id}>
      <p className={entryLook.meta}>
        <Timestamp date={entry.publishedAt} locale={locale} />
        {entry.authorName ? <span> · {entry.authorName}</span> : null}
        {entry.pinned ? <span className={entryLook.badge}>{labels.pinned}</span> : null}
        {entry.keyEvent ? <span className={entryLook.badge}>{labels.keyEvent}</span> : null}
      </p>
      {entry.title ? <h3 className={entryLook.title}>{entry.title}</h3> : null}
      <RichText doc={entry.body} locale={locale} />
      <a href={liveEntryPath(locale, entry.id)} className={entryLook.permalink}>
        {labels.permalink}
      </a>
    </article>
  );
}
