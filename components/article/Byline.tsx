import type { ReactNode } from 'react';
import { Timestamp } from '@/components/time/Timestamp';
import type { Locale } from '@/lib/locales';
import { formatDateTime } from '@/lib/time/minsk';
import { articleClasses, type ArticleLook } from './look';
import { NameOrLink } from './NameOrLink';

/** When the story was published (and updated) and who wrote it, under the headline. */
export function Byline({
  locale,
  published,
  relative,
  updated,
  authors,
  labels,
  look,
}: {
  locale: Locale;
  published: Date;
  /** What follows the publication time, e.g. <RelativeAge> on the reader page. */
  relative?: ReactNode;
  /** Shown as "Updated …" when given. */
  updated?: Date | null;
  /** Each a link to the author's page where `href` is given. */
  authors: { name: string; href?: string }[];
  /** `published`: read before the time by screen readers; `updated`: the word before the update time. */
  labels: { published?: string; updated?: string };
  look?: ArticleLook;
}) {
  const c = articleClasses(look);
  return (
    <p className={c.byline}>
      {labels.published ? <span className="sr-only">{labels.published}: </span> : null}
      {look === 'lite' ? (
        // The lite page's markup keeps the attribute's HTML spelling (React writes `dateTime` as given; React
        // warns about the lower-case name in development only).
        <time {...{ datetime: published.toISOString() }}>{formatDateTime(published, locale)}</time>
      ) : (
        <Timestamp date={published} locale={locale} />
      )}
      {relative}
      {updated ? (
        <>
          {' · '}
          {labels.updated} <Timestamp date={updated} locale={locale} />
        </>
      ) : null}
      {authors.length > 0 ? (
        <>
          {' · '}
          {authors.map((a, i) => (
            <span key={a.href ?? i}>
              {i > 0 ? ', ' : null}
              <NameOrLink name={a.name} href={a.href} className={c.author} rel="author" />
            </span>
          ))}
        </>
      ) : null}
    </p>
  );
}
