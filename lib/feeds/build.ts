// RSS 2.0 and Atom 1.0 per language and per section, written with an XML serializer (lib/xml.ts): every
// text and attribute is escaped by it, characters XML cannot carry are dropped, and nothing relies on CDATA
// (a CDATA section is ended by the first `]]>` in the text). Decision 0017 says which field is what:
// - plain-text fields (RSS title, category, dc:creator; Atom author, category): the text, XML-escaped;
// - HTML fields (RSS description and content:encoded; Atom title, summary, subtitle, rights, content, all
//   type="html"): HTML, then XML-escaped. Headline and lede are plain text, so they are HTML-escaped first:
//   a reader that renders the field shows `<img …>` as text, never as an element.
// guid/id: a tag: URI from the article id, so it survives slug changes and edits.
// Each item: the lede as summary, the whole body as HTML content, the main image as an enclosure.
import fs from 'node:fs';
import path from 'node:path';
import { localeConfig, type Locale } from '@/lib/locales';
import type { FeedSource } from '@/lib/news/crawl';
import { absoluteUrl, articlePath, feedPath, frontPath, sectionPath, siteOrigin, type FeedFormat } from '@/lib/paths';
import { LOGO } from '@/lib/seo/jsonld';
import { seoStrings, siteStrings } from '@/lib/seo/strings';
import { buildXml } from '@/lib/xml';
import { escapeHtml } from '@/lib/richtext/html';
import { richTextToHtml } from './richtextHtml';

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

const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
};

/** An Atom text construct holding HTML (escaped once more by the serializer). */
const html = (value: string) => ({ '@_type': 'html', '#text': value });

export function buildFeed(locale: Locale, format: FeedFormat, source: FeedSource): BuiltFeed {
  const t = seoStrings(locale);
  const site = siteStrings(locale);
  const section = source.section;
  const updated = source.items.reduce<Date | null>((max, i) => (!max || i.updatedAt > max ? i.updatedAt : max), null);
  const channel = {
    self: absoluteUrl(feedPath(locale, format, section?.slug)),
    title: section ? t('sectionFeedTitle', { section: section.name }) : t('feedTitle'),
    description: section ? t('sectionFeedDescription', { section: section.name }) : t('feedDescription'),
    link: absoluteUrl(section ? sectionPath(locale, section.slug) : frontPath(locale)),
    logo: absoluteUrl(LOGO.path),
    rights: `© ${site('name')}`,
    generator: site('name'),
    // A fixed date when empty, so that an empty feed has a stable ETag.
    updated: updated ?? new Date(0),
  };
  const items = source.items.map((item) => {
    const image = item.image
      ? {
          url: absoluteUrl(item.image.file),
          type: item.image.mimeType,
          length: publicFileSize(item.image.file),
          alt: item.image.alt,
        }
      : null;
    const figure = image
      ? `<figure><img src="${escapeHtml(image.url)}" alt="${escapeHtml(image.alt)}"></figure>\n`
      : '';
    return {
      item,
      link: absoluteUrl(articlePath(locale, item.slug)),
      guid: articleGuid(item.id),
      image,
      content: `${figure}<p><strong>${escapeHtml(item.lede)}</strong></p>\n${richTextToHtml(item.body, locale)}`,
    };
  });

  if (format === 'rss') {
    const xml = buildXml({
      rss: {
        '@_version': '2.0',
        '@_xmlns:dc': NS.dc,
        '@_xmlns:content': NS.content,
        '@_xmlns:atom': NS.atom,
        channel: {
          title: channel.title,
          link: channel.link,
          description: channel.description,
          lastBuildDate: channel.updated.toUTCString(),
          docs: 'https://validator.w3.org/feed/docs/rss2.html',
          generator: channel.generator,
          language: localeConfig[locale].htmlLang,
          ttl: '5',
          image: { title: channel.title, url: channel.logo, link: channel.link },
          copyright: channel.rights,
          'atom:link': { '@_href': channel.self, '@_rel': 'self', '@_type': 'application/rss+xml' },
          item: items.map(({ item, link, guid, image, content }) => ({
            title: item.title,
            link,
            guid: { '@_isPermaLink': 'false', '#text': guid },
            // RSS pubDate is the publication time.
            pubDate: item.publishedAt.toUTCString(),
            description: escapeHtml(item.lede),
            'content:encoded': content,
            // RSS's own <author> is an e-mail address; names go in Dublin Core.
            ...(item.authors.length ? { 'dc:creator': item.authors } : {}),
            ...(item.section ? { category: item.section } : {}),
            ...(image
              ? { enclosure: { '@_url': image.url, '@_length': String(image.length), '@_type': image.type } }
              : {}),
          })),
        },
      },
    });
    return { xml, updated };
  }
  const xml = buildXml({
    feed: {
      '@_xmlns': NS.atom,
      // Atom has no <language>: the language of every text in the feed is xml:lang on its root (RFC 4287 §2).
      '@_xml:lang': localeConfig[locale].htmlLang,
      id: channel.self,
      title: html(escapeHtml(channel.title)),
      updated: channel.updated.toISOString(),
      generator: channel.generator,
      link: [
        {
          '@_rel': 'alternate',
          '@_type': 'text/html',
          '@_hreflang': localeConfig[locale].htmlLang,
          '@_href': channel.link,
        },
        { '@_rel': 'self', '@_href': channel.self },
      ],
      subtitle: html(escapeHtml(channel.description)),
      logo: channel.logo,
      icon: channel.logo,
      rights: html(escapeHtml(channel.rights)),
      entry: items.map(({ item, link, guid, image, content }) => ({
        title: html(escapeHtml(item.title)),
        id: guid,
        link: [
          { '@_href': link },
          ...(image
            ? [
                {
                  '@_rel': 'enclosure',
                  '@_href': image.url,
                  '@_title': image.alt,
                  '@_type': image.type,
                  '@_length': String(image.length),
                },
              ]
            : []),
        ],
        // Atom's <updated> is the last content change.
        updated: item.contentUpdatedAt.toISOString(),
        summary: html(escapeHtml(item.lede)),
        content: html(content),
        ...(item.authors.length ? { author: item.authors.map((name) => ({ name })) } : {}),
        ...(item.section ? { category: { '@_term': item.section, '@_label': item.section } } : {}),
        published: item.publishedAt.toISOString(),
      })),
    },
  });
  return { xml, updated };
}
