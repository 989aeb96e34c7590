import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { ArticleColumns } from '@/components/article/ArticleColumns';
import { ArticleFooter } from '@/components/article/ArticleFooter';
import { ArticleHeader } from '@/components/article/ArticleHeader';
import { Byline } from '@/components/article/Byline';
import { Corrections } from '@/components/article/Corrections';
import { ArticleImage } from '@/components/ArticleImage';
import { LatestNews } from '@/components/LatestNews';
import { MostRead } from '@/components/MostRead';
import { NotFoundPage } from '@/components/NotFoundPage';
import { ReadBeacon } from '@/components/ReadBeacon';
import { RelatedArticles } from '@/components/RelatedArticles';
import { RichText } from '@/components/RichText';
import { SiteHeader } from '@/components/SiteHeader';
import { StructuredData } from '@/components/StructuredData';
import { RelativeAge } from '@/components/time/Timestamp';
import { routing } from '@/i18n/routing';
import { tagThisRender } from '@/lib/cache/reader';
import { cacheTag } from '@/lib/cache/tags';
import type { Locale } from '@/lib/locales';
import { getArticle, getLatestNews, getNavSections } from '@/lib/news/queries';
import { articleJsonLd } from '@/lib/seo/jsonld';
import { articleMetadata, notFoundMetadata } from '@/lib/seo/metadata';
import { articleLitePath, authorPath, sectionPath, tagPath } from '@/lib/paths';
import { getRelatedArticles } from '@/lib/news/related';
import { switcherTargets } from '@/lib/switcher';

// Rendered on first request, then cached (decision 0015).
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

// Metadata and page ask once per request.
const loadArticle = cache(async (locale: Locale, slug: string) => {
  const article = await getArticle(locale, slug);
  // The switcher and hreflang name the story's other languages: their changes drop this page too.
  if (article) await tagThisRender([cacheTag.story(article.storyId)]);
  return article;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const article = await loadArticle(locale, slug);
  if (!article) return notFoundMetadata(locale);
  return articleMetadata(article);
}

export default async function ArticlePage({ params }: Props) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const article = await loadArticle(locale, slug);
  // Not notFound(): the 404 page is rendered here, whole, in this language (components/NotFoundPage.tsx).
  if (!article) return <NotFoundPage locale={locale} />;
  const now = new Date();
  const [sections, latest, related, t, tl, tlite] = await Promise.all([
    getNavSections(locale),
    getLatestNews(locale, 12, now),
    getRelatedArticles(locale, article.storyId, 4, now),
    getTranslations({ locale, namespace: 'article' }),
    getTranslations({ locale, namespace: 'languages' }),
    getTranslations({ locale, namespace: 'lite' }),
  ]);
  const updated = article.updatedAt.getTime() - article.publishedAt.getTime() > 60_000;
  return (
    <>
      <StructuredData data={articleJsonLd(article)} />
      <SiteHeader
        locale={locale}
        sections={sections}
        switcher={switcherTargets(locale, { kind: 'article', translations: article.translations })}
        currentSection={article.section?.slug}
      />
      <ArticleColumns
        header={
          <ArticleHeader
            title={article.title}
            lede={article.lede}
            section={
              article.section ? { name: article.section.name, href: sectionPath(locale, article.section.slug) } : null
            }
            sectionLabel={t('section')}
            byline={
              <Byline
                locale={locale}
                published={article.publishedAt}
                relative={<RelativeAge date={article.publishedAt} locale={locale} now={now} />}
                updated={updated ? article.updatedAt : null}
                authors={article.authors.map((a) => ({ name: a.name, href: authorPath(locale, a.slug) }))}
                labels={{ published: t('published'), updated: t('updated') }}
              />
            }
          />
        }
        afterArticle={<ReadBeacon articleId={article.id} />}
        // Below the article in the first column; the sidebar spans both rows.
        below={<RelatedArticles locale={locale} stories={related} now={now} />}
        aside={
          <aside className="grid min-w-0 content-start gap-6 lg:col-start-2 lg:row-span-2 lg:row-start-1">
            <LatestNews locale={locale} items={latest} now={now} currentId={article.id} />
            <MostRead locale={locale} now={now} currentId={article.id} />
          </aside>
        }
      >
        {article.image ? <ArticleImage image={article.image} locale={locale} priority /> : null}
        <RichText doc={article.body} locale={locale} />
        <Corrections notices={article.corrections ?? []} locale={locale} label={t('correction')} />
        <ArticleFooter
          translatedFrom={
            article.translatedFrom && article.translatedFrom !== locale
              ? t('translatedFrom', { language: tl(article.translatedFrom) })
              : null
          }
          alternate={{
            href: articleLitePath(locale, article.slug),
            label: tlite('link'),
            rel: 'alternate',
            type: 'text/html',
            testId: 'lite-link',
          }}
          tags={article.tags.map((tag) => ({ name: tag.name, href: tagPath(locale, tag.slug) }))}
          tagsLabel={t('tags')}
        />
      </ArticleColumns>
    </>
  );
}
