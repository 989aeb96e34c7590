import type { Locale } from '@/lib/locales';
import type { ImageView, RichTextDoc } from '@/lib/richtext/types';

export type { ImageView };

export interface SectionLink {
  name: string;
  slug: string;
}

/** What a list of stories shows about one story, in one language. */
export interface StoryCard {
  id: string;
  locale: Locale;
  slug: string;
  title: string;
  lede: string;
  publishedAt: Date;
  section: SectionLink | null;
  image: ImageView | null;
  /** A live blog still covering (decision 0033). */
  live?: boolean;
}

export interface HeadlineItem {
  id: string;
  slug: string;
  title: string;
  publishedAt: Date;
  /** A live blog still covering (decision 0033): lists mark it "LIVE". */
  live?: boolean;
}

export interface FrontPage {
  top: StoryCard | null;
  latest: StoryCard[];
  sections: { section: SectionLink; stories: StoryCard[] }[];
}

/** A published translation of the same story. */
export interface TranslationLink {
  locale: Locale;
  slug: string;
}

export interface ArticleView {
  id: string;
  storyId: string;
  locale: Locale;
  slug: string;
  title: string;
  lede: string;
  body: RichTextDoc;
  publishedAt: Date;
  updatedAt: Date;
  section: SectionLink | null;
  tags: SectionLink[];
  authors: { name: string; slug: string }[];
  image: ImageView | null;
  translatedFrom: Locale | null;
  /** Published versions in every language, this one included. */
  translations: TranslationLink[];
  /** Current correction notices, oldest first (decision 0028). */
  corrections?: CorrectionNotice[];
  /** Live coverage (decision 0033); null or absent for an ordinary article. */
  live?: { status: 'LIVE' | 'ENDED'; startedAt: Date | null; endedAt: Date | null } | null;
}

/** A correction notice as readers see it: its text and its time. */
export interface CorrectionNotice {
  text: string;
  at: Date;
}
