// The article part of the lite page: the reader page's components (components/article, RichText) in the lite
// look, rendered to a string by renderStaticMarkup (lib/render/staticMarkup.ts). No picture, only its caption
// and credit: the lite page is for slow and metered connections. Pictures inside the body come as one small file
// each (decision 0027).
import { ArticleFooter } from '@/components/article/ArticleFooter';
import { ArticleHeader } from '@/components/article/ArticleHeader';
import { Byline } from '@/components/article/Byline';
import { Corrections } from '@/components/article/Corrections';
import { RichText } from '@/components/RichText';
import { Timestamp } from '@/components/time/Timestamp';
import type { LiveEntryView } from '@/lib/news/live';
import type { ArticleView } from '@/lib/news/types';
import { articlePath, liveEntryAnchor, livePagePath } from '@/lib/paths';

/** A live blog on the lite page (decision 0033): the newest entries, then a link to the older ones. */
export interface LiteLive {
  heading: string;
  /** "The live coverage has ended.", or null while live. */
  ended: string | null;
  entries: LiveEntryView[];
  /** "Older updates", shown when there are more entries than on the page. */
  older: string | null;
}

export function LiteArticle({
  article,
  fullVersion,
  credit,
  correction = '',
  live,
}: {
  article: ArticleView;
  fullVersion: string;
  credit: (credit: string) => string;
  correction?: string;
  live?: LiteLive | null;
}) {
  const { image, locale } = article;
  return (
    <article>
      <ArticleHeader
        look="lite"
        title={article.title}
        lede={article.lede}
        byline={
          <Byline
            look="lite"
            locale={locale}
            published={article.publishedAt}
            authors={article.authors.map((a) => ({ name: a.name }))}
            labels={{}}
          />
        }
      />
      {image ? (
        <figure>
          <figcaption>
            {image.caption}
            {image.credit ? ` ${credit(image.credit)}` : null}
          </figcaption>
        </figure>
      ) : null}
      <RichText doc={article.body} locale={locale} look="lite" />
      <Corrections look="lite" locale={locale} notices={article.corrections ?? []} label={correction} />
      {live ? (
        <section aria-label={live.heading} data-testid="live-entries">
          <h2>{live.heading}</h2>
          {live.ended ? <p className="lede">{live.ended}</p> : null}
          {live.entries.map((entry) => (
            <article key={entry.id} id={liveEntryAnchor(entry.id)}>
              <p className="meta">
                <Timestamp date={entry.publishedAt} locale={locale} />
                {entry.authorName ? ` · ${entry.authorName}` : null}
              </p>
              {entry.title ? <h3>{entry.title}</h3> : null}
              <RichText doc={entry.body} locale={locale} look="lite" />
            </article>
          ))}
          {live.older ? <a href={livePagePath(locale, article.slug, 2)}>{live.older}</a> : null}
        </section>
      ) : null}
      <ArticleFooter look="lite" alternate={{ href: articlePath(locale, article.slug), label: fullVersion }} />
    </article>
  );
}
