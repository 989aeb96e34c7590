// Shape of the demo content that `prisma db seed` loads. All demo text is written by us
// for this project; it is fiction and must never be copied from a real news site.

export type DemoLocale = 'be' | 'ru' | 'en';

export type SectionKey = 'politics' | 'society' | 'economy' | 'world' | 'culture' | 'sport';

export type TagKey =
  | 'minsk'
  | 'hrodna'
  | 'viciebsk'
  | 'brest'
  | 'elections'
  | 'education'
  | 'health'
  | 'transport'
  | 'prices'
  | 'it'
  | 'agriculture'
  | 'ecology'
  | 'music'
  | 'books'
  | 'cinema'
  | 'football'
  | 'hockey'
  | 'athletics'
  | 'weather'
  | 'diaspora';

export type AuthorKey = 'alesia' | 'mikhas' | 'katsiaryna' | 'andrei' | 'newsdesk';

export type ImageKey =
  'river' | 'city-square' | 'field' | 'concert-hall' | 'stadium' | 'library' | 'train-station' | 'forest';

/**
 * One language version. `body` is a small markup, turned into structured rich text at seed time:
 * - paragraphs are separated by a blank line;
 * - `## Subheading` starts a subheading (level 2), `### ` level 3;
 * - lines starting with `> ` form a quote; a last line `> — Name` is the attribution;
 * - lines starting with `- ` form a bulleted list, `1. ` a numbered list;
 * - inline: `**bold**`, `*italic*`, `[link text](https://example.org/…)`.
 */
export interface DemoVersion {
  /** Optional; made from the title with transliteration when absent. Unique per language. */
  slug?: string;
  title: string;
  lede: string;
  body: string;
  /** When true the version is seeded as a DRAFT (not visible to readers). */
  draft?: boolean;
  /** When true the version is seeded as deleted (unpublished, with deletedAt): its URL answers 410 Gone. */
  deleted?: boolean;
  /** Slugs this version used before; seeded into the slug history, so they answer 301 to `slug`. */
  formerSlugs?: string[];
  /** A live blog (decision 0033): its entries, newest last; the coverage starts when the story is published. */
  live?: DemoLiveBlog;
}

export interface DemoLiveBlog {
  ended?: boolean;
  entries: DemoLiveEntry[];
}

/** One live-blog entry; `body` is the same markup as a version's body (pictures and embeds included). */
export interface DemoLiveEntry {
  /** Posted this many minutes before the seed runs (after the story's publication). */
  minutesAgo: number;
  title?: string;
  body: string;
  pinned?: boolean;
  keyEvent?: boolean;
  author: string;
}

export interface DemoStory {
  /** Stable key, unique across all demo stories; used to keep seeding idempotent. */
  key: string;
  section: SectionKey;
  tags: TagKey[];
  authors: AuthorKey[];
  image?: ImageKey;
  /** Published this many hours before the seed runs (0.1 – 720, i.e. within 30 days). */
  hoursAgo: number;
  /** The language the story was written in; other versions are recorded as translated from it. */
  original: DemoLocale;
  versions: Partial<Record<DemoLocale, DemoVersion>>;
}
