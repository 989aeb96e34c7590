// The article part of the lite page: the reader page's components (components/article, RichText) in the lite
// look, rendered to a string by renderStaticMarkup (lib/render/staticMarkup.ts). No picture, only its caption
// and credit: the lite page is for slow and metered connections. Pictures inside the body come as one small file
// each (decision 0027).
import { ArticleFooter } from '@/components/article/ArticleFooter';
import { ArticleHeader } from '@/components/article/ArticleHeader';
import { Byline } from '@/components/article/Byline';
import { Corrections } from '@/components/article/Corrections';
import { RichText } from '@/components/RichText';
import type { ArticleView } from '@/lib/news/types';
import { articlePath } from '@/lib/paths';

export function LiteArticle({
  article,
  fullVersion,
  credit,
  correction = '',
}: {
  article: ArticleView;
  fullVersion: string;
  credit: (credit: string) => string;
  correction?: string;
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
      <ArticleFooter look="lite" alternate={{ href: articlePath(locale, article.slug), label: fullVersion }} />
    </article>
  );
}
