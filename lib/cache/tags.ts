// The cache tags of reader output (docs/decisions/0015-reader-cache.md). Every cached page, feed and sitemap
// names what it shows with these tags; every write that readers can see invalidates the same tags. Keep the
// two sides here so they cannot drift.
import type { Locale } from '@/lib/locales';

export const cacheTag = {
  /** Everything that lists or shows stories in one language: front page, listings, sidebars, feeds, sitemaps, search. */
  language: (locale: Locale) => `lang:${locale}`,
  /** The pages of one story in every language (the switcher and hreflang name its translations). */
  story: (storyId: string) => `story:${storyId}`,
  /** The most-read lists of one language (they change as readers read, not as the newsroom writes). */
  mostRead: (locale: Locale) => `mostread:${locale}`,
  /** The breaking-news line of one language (in the layout of every reader page of that language). */
  banner: (locale: Locale) => `banner:${locale}`,
  /** The corrections page of one language (decision 0028). */
  corrections: (locale: Locale) => `corrections:${locale}`,
  /** The entries of one live blog (decision 0033): its updates JSON; its pages carry the story tag as well. */
  live: (articleId: string) => `live:${articleId}`,
  /** What every page shows whatever its language: sections, tags and authors (navigation, names), picture texts. */
  site: 'site',
} as const;

/** Tags of any reader page in `locale`: its language's stories, its banner and the site-wide names. */
export const readerPageTags = (locale: Locale): string[] => [
  cacheTag.language(locale),
  cacheTag.banner(locale),
  cacheTag.site,
];

/** What a change makes stale, as tags. */
export type ReaderChange =
  /** A language version was written, published, scheduled, unpublished, deleted or restored. */
  | { kind: 'article'; locale: Locale; storyId: string }
  | { kind: 'banner'; locale: Locale }
  | { kind: 'mostRead'; locale: Locale }
  /** A correction notice was added, replaced or withdrawn (its story's pages change too: an `article` change). */
  | { kind: 'corrections'; locale: Locale }
  /**
   * A live-blog entry was posted, changed or removed (decision 0033): the story's pages (and, at the edge, its live
   * subpages) and the live blog's updates JSON — not the language's listings, which show no entries.
   */
  | { kind: 'live'; articleId: string; storyId: string }
  /** Sections, tags, authors, pictures' captions and credits. */
  | { kind: 'site' };

export function tagsFor(change: ReaderChange): string[] {
  switch (change.kind) {
    case 'article':
      return [cacheTag.language(change.locale), cacheTag.story(change.storyId)];
    case 'banner':
      return [cacheTag.banner(change.locale)];
    case 'mostRead':
      return [cacheTag.mostRead(change.locale)];
    case 'corrections':
      return [cacheTag.corrections(change.locale)];
    case 'live':
      return [cacheTag.story(change.storyId), cacheTag.live(change.articleId)];
    case 'site':
      return [cacheTag.site];
  }
}

const TAG =
  /^(?:lang:[a-z]{2}|banner:[a-z]{2}|mostread:[a-z]{2}|corrections:[a-z]{2}|story:[A-Za-z0-9_-]{1,64}|live:[A-Za-z0-9_-]{1,64}|site)$/;

/** A tag this site issues (the revalidation endpoint accepts no others). */
export const isReaderTag = (tag: unknown): tag is string => typeof tag === 'string' && TAG.test(tag);
