// The article page, shared by /{locale}/news/{slug} and a live blog's older pages /{locale}/news/{slug}/page/{n}
// (decision 0033): one rendering, the live blog's entries below the body when the version is a live blog.
import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { cache, type ComponentType } from 'react';
import type { LiveUpdatesProps } from '@/components/live/LiveUpdates.client';
import { LiveBlog } from '@/components/live/LiveBlog';
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
import { getLiveBlogPage } from '@/lib/news/live';
import { articleJsonLd, liveBlogJsonLd } from '@/lib/seo/jsonld';
import { articleMetadata, notFoundMetadata } from '@/lib/seo/metadata';
import {
  absoluteUrl,
  articleLitePath,
  authorPath,
  liveFeedPath,
  livePagePath,
  sectionPath,
  tagPath,
} from '@/lib/paths';
import { seoStrings } from '@/lib/seo/strings';
import { getRelatedArticles } from '@/lib/news/related';
import { switcherTargets } from '@/lib/switcher';

export type ArticleParams = Promise<{ locale: string; slug: string }>;

// Metadata and page ask once per request.
const loadArticle = cache(async (locale: Locale, slug: string) => {
  const article = await getArticle(locale, slug);
  // The switcher and hreflang name the story's other languages: their changes drop this page too.
  if (article) await tagThisRender([cacheTag.story(article.storyId)]);
  // A live blog's entries: their writes drop the story's pages and this tag (decision 0033).
  if (article?.live) await tagThisRender([cacheTag.live(article.id)]);
  return article;
});

const loadLivePage = cache(async (articleId: string, page: number) => getLiveBlogPage(articleId, page));

/** A live blog's head names its own feed first among the Atom feeds (decision 0033). */
function withLiveFeed(
  metadata: Metadata,
  article: { locale: Locale; slug: string; title: string; live?: unknown },
): Metadata {
  if (!article.live) return metadata;
  const types = metadata.alternates?.types ?? {};
  const atom = types['application/atom+xml'];
  const own = { url: absoluteUrl(liveFeedPath(article.locale, article.slug)), title: liveFeedTitle(article) };
  return {
    ...metadata,
    alternates: {
      ...metadata.alternates,
      types: { ...types, 'application/atom+xml': [own, ...(Array.isArray(atom) ? atom : [])] },
    },
  };
}

const liveFeedTitle = (article: { locale: Locale; title: string }) =>
  seoStrings(article.locale)('liveFeedTitle', { title: article.title });

export async function articlePageMetadata(params: ArticleParams, livePage = 1): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const article = await loadArticle(locale, slug);
  if (!article || (livePage > 1 && !(article.live && (await loadLivePage(article.id, livePage)))))
    return notFoundMetadata(locale);
  const metadata = withLiveFeed(articleMetadata(article), article);
  if (livePage === 1) return metadata;
  // An older page of entries: its own address, in its language only (the other languages page differently).
  const t = await getTranslations({ locale, namespace: 'live' });
  const pages = (await loadLivePage(article.id, livePage))!.pages;
  return {
    ...metadata,
    title: `${article.title} — ${t('pageOf', { page: livePage, pages })}`,
    alternates: { ...metadata.alternates, canonical: absoluteUrl(livePagePath(locale, slug, livePage)), languages: {} },
  };
}

export async function ArticlePage({
  params,
  livePage = 1,
  liveUpdates,
}: {
  params: ArticleParams;
  livePage?: number;
  /** The live updates leaf: only the live blog's page route passes it (decision 0033). */
  liveUpdates?: ComponentType<LiveUpdatesProps>;
}) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const article = await loadArticle(locale, slug);
  const live = article?.live ? await loadLivePage(article.id, livePage) : null;
  // Not notFound(): the 404 page is rendered here, whole, in this language (components/NotFoundPage.tsx).
  // Older pages exist only for live blogs, and only up to the last.
  if (!article || (livePage > 1 && !live)) return <NotFoundPage locale={locale} />;
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
      <StructuredData data={live ? liveBlogJsonLd(article, live) : articleJsonLd(article)} />
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
        {live && article.live ? (
          <LiveBlog
            locale={locale}
            slug={article.slug}
            status={article.live.status}
            endedAt={article.live.endedAt}
            data={live}
            Updates={liveUpdates}
          />
        ) : null}
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
