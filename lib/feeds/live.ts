// A live blog's own Atom feed (decision 0033): its newest entries, newest first, each with its permalink as link
// and id (the permalink names the entry wherever it moves), its time, author, title and body as HTML. Written
// with the XML serializer like the language feeds (lib/feeds/build.ts, decision 0017): every text and attribute
// escaped by it; HTML fields (title, content) are HTML first — plain text HTML-escaped, the body through the one
// mapping (lib/feeds/richtextHtml.ts) — then XML-escaped.
import { localeConfig, type Locale } from '@/lib/locales';
import type { LiveEntryView } from '@/lib/news/live';
import { absoluteUrl, liveEntryPath, liveFeedPath, livePagePath } from '@/lib/paths';
import { docToPlainText } from '@/lib/richtext/plainText';
import { escapeHtml } from '@/lib/richtext/html';
import { LOGO } from '@/lib/seo/jsonld';
import { seoStrings, siteStrings } from '@/lib/seo/strings';
import { buildXml } from '@/lib/xml';
import type { BuiltFeed } from './build';
import { richTextToHtml } from './richtextHtml';

/** Entries in a live blog's feed. */
export const LIVE_FEED_SIZE = 50;
/** An untitled entry's title: the start of its text. */
const TITLE_FROM_TEXT = 100;

export interface LiveFeedBlog {
  title: string;
  slug: string;
  lede: string;
}

const html = (value: string) => ({ '@_type': 'html', '#text': value });

function entryTitle(entry: LiveEntryView): string {
  if (entry.title) return entry.title;
  const text = docToPlainText(entry.body).replace(/\s+/g, ' ').trim();
  return text.length > TITLE_FROM_TEXT ? `${text.slice(0, TITLE_FROM_TEXT - 1).trimEnd()}…` : text;
}

/** `entries` newest first, as the reader queries give them. */
export function buildLiveFeed(locale: Locale, blog: LiveFeedBlog, entries: LiveEntryView[]): BuiltFeed {
  const site = siteStrings(locale)('name');
  const title = seoStrings(locale)('liveFeedTitle', { title: blog.title });
  const self = absoluteUrl(liveFeedPath(locale, blog.slug));
  const updated = entries.reduce<Date | null>((max, e) => (!max || e.publishedAt > max ? e.publishedAt : max), null);
  const xml = buildXml({
    feed: {
      '@_xmlns': 'http://www.w3.org/2005/Atom',
      '@_xml:lang': localeConfig[locale].htmlLang,
      id: self,
      title: html(escapeHtml(title)),
      subtitle: html(escapeHtml(blog.lede)),
      // A fixed date when empty, so that an empty feed has a stable ETag.
      updated: (updated ?? new Date(0)).toISOString(),
      // Atom wants an author on every entry: the feed's stands in for an entry without a name.
      author: { name: site },
      generator: site,
      link: [
        {
          '@_rel': 'alternate',
          '@_type': 'text/html',
          '@_hreflang': localeConfig[locale].htmlLang,
          '@_href': absoluteUrl(livePagePath(locale, blog.slug)),
        },
        { '@_rel': 'self', '@_href': self },
      ],
      logo: absoluteUrl(LOGO.path),
      icon: absoluteUrl(LOGO.path),
      rights: html(escapeHtml(`© ${site}`)),
      entry: entries.map((entry) => {
        const permalink = absoluteUrl(liveEntryPath(locale, entry.id));
        return {
          title: html(escapeHtml(entryTitle(entry))),
          id: permalink,
          link: { '@_rel': 'alternate', '@_type': 'text/html', '@_href': permalink },
          published: entry.publishedAt.toISOString(),
          updated: entry.publishedAt.toISOString(),
          ...(entry.authorName ? { author: { name: entry.authorName } } : {}),
          content: html(richTextToHtml(entry.body, locale)),
        };
      }),
    },
  });
  return { xml, updated };
}
