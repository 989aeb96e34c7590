// What the reader specs share: the demo content seen through the listings and the header's language switcher.
import type { Browser, Page } from '@playwright/test';
import { LISTING_PAGE_SIZE } from '../lib/news/pageSizes';
import { authors, sections, tags } from '../prisma/seed/taxonomy';
import type { DemoLocale, DemoStory } from '../prisma/seed/content/types';
import { demoStories, isPublished } from './fixtures';

export const TIMESTAMP = /^\d{1,2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/;

export const switcher = (page: Page) => page.locator('header nav').first();

export const LOCALES: DemoLocale[] = ['be', 'ru', 'en'];

/** Published versions of demo stories in `locale` matching `pick`. */
export const published = (locale: DemoLocale, pick: (s: DemoStory) => boolean) =>
  demoStories.filter((s) => isPublished(s, locale) && pick(s));

/** A tag or author with more than one page of stories in `locale` (the demo content has one in each language). */
export function paginated(locale: DemoLocale): { path: string; total: number; name: string } {
  for (const [key, t] of Object.entries(tags)) {
    const total = published(locale, (s) => s.tags.includes(key as never)).length;
    if (total > LISTING_PAGE_SIZE) return { path: `/${locale}/tag/${t[locale].slug}`, total, name: t[locale].name };
  }
  for (const [key, a] of Object.entries(authors)) {
    const total = published(locale, (s) => s.authors.includes(key as never)).length;
    if (total > LISTING_PAGE_SIZE) return { path: `/${locale}/author/${a[locale].slug}`, total, name: a[locale].name };
  }
  throw new Error(`no paginated listing in ${locale}`);
}

export const sectionOf = (locale: DemoLocale, i = 0) => sections[i].translations[locale];
export const firstTagOf = (story: DemoStory, locale: DemoLocale) => tags[story.tags[0]][locale];
export const firstAuthorOf = (story: DemoStory, locale: DemoLocale) => authors[story.authors[0]][locale];

/**
 * A reader in a fresh context that records every request and lets none leave this server, on `path`.
 * `foreign()` lists what was asked of another origin (it should stay empty until a reader clicks out).
 */
export async function sealedReader(browser: Browser, path: string, origin: string) {
  const context = await browser.newContext();
  const urls: string[] = [];
  context.on('request', (r) => urls.push(r.url()));
  await context.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => route.abort());
  const page = await context.newPage();
  await page.goto(path, { waitUntil: 'networkidle' });
  const foreign = () => urls.filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin);
  return { page, foreign, close: () => context.close() };
}
