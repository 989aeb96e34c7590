// Structured data (schema.org JSON-LD), typed with schema-dts: NewsArticle + BreadcrumbList on articles,
// WebSite + NewsMediaOrganization on front pages. serializeJsonLd makes it safe inside <script>.
import type {
  BlogPosting,
  BreadcrumbList,
  ImageObject,
  LiveBlogPosting,
  NewsArticle,
  NewsMediaOrganization,
  WebSite,
  WithContext,
} from 'schema-dts';
import type { LiveBlogPage } from '@/lib/news/live';
import { docToPlainText } from '@/lib/richtext/plainText';
import { localeConfig, type Locale } from '@/lib/locales';
import type { ArticleView } from '@/lib/news/types';
import { absoluteUrl, articlePath, authorPath, frontPath, liveEntryPath, sectionPath } from '@/lib/paths';
import { picturesInBody } from '@/lib/richtext/pictures';
import { isoWithOffset } from '@/lib/time/minsk';
import { siteStrings } from './strings';

/** The publisher's logo (public/brand/logo.png, 512×512), as Google's logo guidelines ask. */
export const LOGO = { path: '/brand/logo.png', width: 512, height: 512 } as const;

const organizationId = () => `${absoluteUrl('/')}#organization`;
const websiteId = (locale: Locale) => `${absoluteUrl(frontPath(locale))}#website`;

export function publisher(locale: Locale): Exclude<NewsMediaOrganization, string> {
  return {
    '@type': 'NewsMediaOrganization',
    '@id': organizationId(),
    name: siteStrings(locale)('name'),
    url: absoluteUrl(frontPath(locale)),
    logo: { '@type': 'ImageObject', url: absoluteUrl(LOGO.path), width: `${LOGO.width}`, height: `${LOGO.height}` },
  };
}

export function frontPageJsonLd(locale: Locale): [WithContext<WebSite>, WithContext<NewsMediaOrganization>] {
  const site = siteStrings(locale);
  return [
    {
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      '@id': websiteId(locale),
      name: site('name'),
      description: site('tagline'),
      url: absoluteUrl(frontPath(locale)),
      inLanguage: localeConfig[locale].htmlLang,
      publisher: { '@id': organizationId() },
    },
    { '@context': 'https://schema.org', ...publisher(locale) },
  ];
}

export function articleJsonLd(article: ArticleView): [WithContext<NewsArticle>, WithContext<BreadcrumbList>] {
  const { locale } = article;
  const url = absoluteUrl(articlePath(locale, article.slug));
  const site = siteStrings(locale);
  // The main picture, then the body's pictures (decision 0027), each file once, absolute through the primary host.
  const images: ImageObject[] = [];
  const seen = new Set<string>();
  for (const p of [...(article.image ? [article.image] : []), ...picturesInBody(article.body)]) {
    const url = absoluteUrl(p.src);
    if (seen.has(url)) continue;
    seen.add(url);
    images.push({
      '@type': 'ImageObject',
      url,
      ...(p.width > 0 && p.height > 0 ? { width: `${p.width}`, height: `${p.height}` } : {}),
      ...(p.caption ? { caption: p.caption } : {}),
    });
  }
  const news: WithContext<NewsArticle> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': `${url}#article`,
    headline: article.title,
    description: article.lede,
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    inLanguage: localeConfig[locale].htmlLang,
    datePublished: isoWithOffset(article.publishedAt),
    dateModified: isoWithOffset(article.updatedAt),
    ...(images.length ? { image: images } : {}),
    author: article.authors.map((a) => ({
      '@type': 'Person',
      name: a.name,
      url: absoluteUrl(authorPath(locale, a.slug)),
    })),
    publisher: publisher(locale),
    ...(article.section ? { articleSection: article.section.name } : {}),
    ...(article.tags.length ? { keywords: article.tags.map((t) => t.name).join(', ') } : {}),
    isAccessibleForFree: true,
    // Current correction notices (decision 0028).
    ...(article.corrections?.length
      ? {
          correction: article.corrections.map((c) => ({
            '@type': 'CorrectionComment' as const,
            text: c.text,
            datePublished: isoWithOffset(c.at),
          })),
        }
      : {}),
  };
  const crumbs: { name: string; url: string }[] = [{ name: site('home'), url: absoluteUrl(frontPath(locale)) }];
  if (article.section)
    crumbs.push({ name: article.section.name, url: absoluteUrl(sectionPath(locale, article.section.slug)) });
  crumbs.push({ name: article.title, url });
  const breadcrumbs: WithContext<BreadcrumbList> = {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: c.url })),
  };
  return [news, breadcrumbs];
}

/** Updates a live blog's structured data names: the newest of the page (Google reads the latest ones). */
export const LIVE_JSONLD_UPDATES = 10;

/**
 * A live blog (decision 0033): the article's NewsArticle as a LiveBlogPosting, with the coverage times and the
 * newest entries of this page as `liveBlogUpdate` BlogPostings; the breadcrumbs as for any article.
 */
export function liveBlogJsonLd(
  article: ArticleView,
  live: Pick<LiveBlogPage, 'entries'>,
): [WithContext<LiveBlogPosting>, WithContext<BreadcrumbList>] {
  const [news, breadcrumbs] = articleJsonLd(article);
  const { locale } = article;
  const rest: Record<string, unknown> = { ...(news as object) };
  delete rest['@type'];
  const updates: BlogPosting[] = live.entries.slice(0, LIVE_JSONLD_UPDATES).map((e) => {
    const text = docToPlainText(e.body);
    return {
      '@type': 'BlogPosting',
      '@id': absoluteUrl(liveEntryPath(locale, e.id)),
      url: absoluteUrl(liveEntryPath(locale, e.id)),
      headline: (e.title || text || article.title).slice(0, 110),
      datePublished: isoWithOffset(e.publishedAt),
      articleBody: text,
      ...(e.authorName ? { author: { '@type': 'Person' as const, name: e.authorName } } : {}),
    };
  });
  const latest = live.entries[0]?.publishedAt;
  const posting = {
    ...rest,
    '@type': 'LiveBlogPosting',
    ...(latest && latest > article.updatedAt ? { dateModified: isoWithOffset(latest) } : {}),
    ...(article.live?.startedAt ? { coverageStartTime: isoWithOffset(article.live.startedAt) } : {}),
    ...(article.live?.status === 'ENDED' && article.live.endedAt
      ? { coverageEndTime: isoWithOffset(article.live.endedAt) }
      : {}),
    liveBlogUpdate: updates,
  } as unknown as WithContext<LiveBlogPosting>;
  return [posting, breadcrumbs];
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` become \u escapes (still the same JSON
 * value), so text such as `</script><script>…` in a headline cannot end the script element; U+2028/2029 too.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
