// RSS 2.0 and Atom 1.0 per language and per section, written by the `feed` library.
// guid/id: a tag: URI from the article id, so it survives slug changes and edits.
// Each item: the lede as summary, the whole body as HTML content, the main image as an enclosure.
import fs from 'node:fs';
import path from 'node:path';
import { Feed } from 'feed';
import { localeConfig, type Locale } from '@/lib/locales';
import type { FeedSource } from '@/lib/news/crawl';
import { absoluteUrl, articlePath, feedPath, frontPath, sectionPath, siteOrigin, type FeedFormat } from '@/lib/paths';
import { LOGO } from '@/lib/seo/jsonld';
import { seoStrings, siteStrings } from '@/lib/seo/strings';
import { escapeHtml, richTextToHtml } from './richtextHtml';

/** `tag:localhost,2026:article/seed-article-…` (RFC 4151): stable across slug changes and edits. */
export function articleGuid(articleId: string): string {
  return `tag:${new URL(siteOrigin()).hostname},2026:article/${articleId}`;
}

const sizes = new Map<string, number>();
/** Byte length of a file under public/ (RSS requires `length` on an enclosure); 0 when unknown. */
function publicFileSize(file: string): number {
  if (!file.startsWith('/')) return 0;
  let size = sizes.get(file);
  if (size === undefined) {
    try {
      size = fs.statSync(path.join(/* turbopackIgnore: true */ process.cwd(), 'public', path.normalize(file))).size;
    } catch {
      size = 0;
    }
    sizes.set(file, size);
  }
  return size;
}

export interface BuiltFeed {
  xml: string;
  /** The newest change among the items (Last-Modified). */
  updated: Date | null;
}

export function buildFeed(locale: Locale, format: FeedFormat, source: FeedSource): BuiltFeed {
  const t = seoStrings(locale);
  const site = siteStrings(locale);
  const section = source.section;
  const updated = source.items.reduce<Date | null>((max, i) => (!max || i.updatedAt > max ? i.updatedAt : max), null);
  const self = absoluteUrl(feedPath(locale, format, section?.slug));
  const feed = new Feed({
    id: self,
    title: section ? t('sectionFeedTitle', { section: section.name }) : t('feedTitle'),
    description: section ? t('sectionFeedDescription', { section: section.name }) : t('feedDescription'),
    link: absoluteUrl(section ? sectionPath(locale, section.slug) : frontPath(locale)),
    language: localeConfig[locale].htmlLang,
    image: absoluteUrl(LOGO.path),
    favicon: absoluteUrl(LOGO.path),
    copyright: `© ${site('name')}`,
    // A fixed date when empty, so that an empty feed has a stable ETag.
    updated: updated ?? new Date(0),
    generator: site('name'),
    feedLinks: { [format]: self },
    ttl: 5,
  });
  for (const item of source.items) {
    const link = absoluteUrl(articlePath(locale, item.slug));
    const image = item.image
      ? { url: absoluteUrl(item.image.file), type: item.image.mimeType, length: publicFileSize(item.image.file), title: item.image.alt }
      : null;
    const figure = image ? `<figure><img src="${escapeHtml(image.url)}" alt="${escapeHtml(item.image!.alt)}"></figure>\n` : '';
    feed.addItem({
      id: articleGuid(item.id),
      guid: articleGuid(item.id),
      title: item.title,
      link,
      // RSS pubDate is the publication time; Atom's <updated> the last content change.
      date: format === 'rss' ? item.publishedAt : item.contentUpdatedAt,
      published: item.publishedAt,
      description: item.lede,
      content: `${figure}<p><strong>${escapeHtml(item.lede)}</strong></p>\n${richTextToHtml(item.body)}`,
      author: item.authors.map((name) => ({ name })),
      ...(item.section ? { category: [{ name: item.section }] } : {}),
      ...(image ? { enclosure: image } : {}),
    });
  }
  return { xml: format === 'rss' ? feed.rss2() : feed.atom1(), updated };
}
