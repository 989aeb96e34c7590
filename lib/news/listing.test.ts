import { describe, expect, it } from 'vitest';
import { demoContent as demoStories, isPublished } from '@/prisma/seed/content';
import { authors, sections, tags } from '@/prisma/seed/taxonomy';
import { describeOnDatabases, SEED_NOW } from './testing/databases';
import { getListing, LISTING_PAGE_SIZE, parsePageSegment } from './listing';
import { getRelatedArticles } from './related';
import { getStaticPage, getStaticPageLinks } from './staticPages';
import { db } from '@/lib/db/client';

describe('page numbers in URLs', () => {
  it('accept 2 and up; /page/1 is the bare URL; anything else is not a page', () => {
    expect(parsePageSegment('2')).toBe(2);
    expect(parsePageSegment('125')).toBe(125);
    expect(parsePageSegment('1')).toBe('first');
    for (const bad of ['0', '01', '-1', '1.5', 'abc', '', '2a', '9999999', ' 2'])
      expect(parsePageSegment(bad), bad).toBeNull();
  });
});

describeOnDatabases('listings, related stories, static pages', () => {
  it('a section lists its published stories in one language, newest first, across pages', async () => {
    const s = sections[4]; // culture
    const expected = demoStories
      .filter((d) => d.section === s.key && isPublished(d, 'be'))
      .sort((a, b) => a.hoursAgo - b.hoursAgo);
    const p1 = await getListing('section', 'be', s.translations.be.slug, 1, SEED_NOW, 4);
    expect(p1!.total).toBe(expected.length);
    expect(p1!.more).toBe(false);
    expect(p1!.pageCount).toBe(Math.ceil(expected.length / 4));
    const p2 = await getListing('section', 'be', s.translations.be.slug, 2, SEED_NOW, 4);
    expect([...p1!.stories, ...p2!.stories].map((x) => x.title)).toEqual(
      expected.slice(0, 8).map((d) => d.versions.be!.title),
    );
    expect(p1!.translations.map((t) => t.slug)).toEqual([
      s.translations.be.slug,
      s.translations.ru.slug,
      s.translations.en.slug,
    ]);
    const past = await getListing('section', 'be', s.translations.be.slug, p1!.pageCount + 1, SEED_NOW, 4);
    expect(past!.stories).toEqual([]);
    expect(past!.page).toBeGreaterThan(past!.pageCount);
  });

  it('counts at most the deepest page: beyond it the count says "more than", and deeper pages are past the end', async () => {
    const s = sections[4];
    const expected = demoStories
      .filter((d) => d.section === s.key && isPublished(d, 'be'))
      .sort((a, b) => a.hoursAgo - b.hoursAgo);
    expect(expected.length).toBeGreaterThan(3);
    // One story a page, at most two pages: the section has more than two stories.
    const p2 = await getListing('section', 'be', s.translations.be.slug, 2, SEED_NOW, 1, 2);
    expect(p2!).toMatchObject({ total: 2, more: true, pageCount: 2, page: 2 });
    expect(p2!.stories.map((x) => x.title)).toEqual([expected[1].versions.be!.title]);
    const p3 = await getListing('section', 'be', s.translations.be.slug, 3, SEED_NOW, 1, 2);
    expect(p3!.page).toBeGreaterThan(p3!.pageCount);
    expect(p3!.stories).toEqual([]);
    // Under the limit the count is exact.
    const all = await getListing('section', 'be', s.translations.be.slug, 1, SEED_NOW, 1, expected.length);
    expect(all!).toMatchObject({ total: expected.length, more: false, pageCount: expected.length });
  });

  it('tags and authors by their slug in that language only; an unknown slug is null', async () => {
    const tag = await getListing('tag', 'ru', tags.diaspora.ru.slug, 1, SEED_NOW);
    expect(tag!.total).toBe(demoStories.filter((d) => d.tags.includes('diaspora') && isPublished(d, 'ru')).length);
    expect(tag!.stories).toHaveLength(Math.min(LISTING_PAGE_SIZE, tag!.total));
    const author = await getListing('author', 'en', authors.alesia.en.slug, 1, SEED_NOW);
    expect(author!.description).toBe(authors.alesia.en.bio);
    expect(await getListing('tag', 'be', 'no-such-tag', 1, SEED_NOW)).toBeNull();
    if (authors.alesia.en.slug !== authors.alesia.be.slug)
      expect(await getListing('author', 'be', authors.alesia.en.slug, 1, SEED_NOW)).toBeNull();
  });

  it('related stories: same language, not the story itself, shared tags first, then the section', async () => {
    const story = demoStories.find((d) => isPublished(d, 'en') && d.tags.length > 1)!;
    const article = await db().article.findFirstOrThrow({
      where: { locale: 'en', story: { id: { endsWith: story.key } } },
    });
    const related = await getRelatedArticles('en', article.storyId, 4, SEED_NOW);
    expect(related.length).toBeGreaterThan(0);
    const byTitle = (t: string) => demoStories.find((d) => d.versions.en?.title === t)!;
    const shared = related.map((r) => byTitle(r.title).tags.filter((t) => story.tags.includes(t)).length);
    expect(shared).toEqual([...shared].sort((a, b) => b - a));
    for (const r of related) {
      const d = byTitle(r.title);
      expect(d.key).not.toBe(story.key);
      expect(r.locale).toBe('en');
      expect(d.section === story.section || d.tags.some((t) => story.tags.includes(t))).toBe(true);
    }
  });

  it('related stories of a story without tags come from its section', async () => {
    const story = demoStories.find((d) => isPublished(d, 'en') && d.tags.length > 0)!;
    const article = await db().article.findFirstOrThrow({
      where: { locale: 'en', story: { id: { endsWith: story.key } } },
    });
    const saved = await db().storyTag.findMany({ where: { storyId: article.storyId } });
    await db().storyTag.deleteMany({ where: { storyId: article.storyId } });
    try {
      const related = await getRelatedArticles('en', article.storyId, 4, SEED_NOW);
      expect(related.length).toBeGreaterThan(0);
      for (const r of related)
        expect(demoStories.find((d) => d.versions.en?.title === r.title)!.section).toBe(story.section);
    } finally {
      await db().storyTag.createMany({ data: saved });
    }
  });

  it('static pages: one per language with its own slug, linked in order', async () => {
    const links = await getStaticPageLinks('be');
    expect(links.map((l) => l.key)).toEqual(['about', 'contacts']);
    const about = await getStaticPage('en', 'about');
    expect(about!.title).toBe('About us');
    expect(about!.translations.map((t) => `${t.locale}/${t.slug}`)).toEqual(['be/pra-nas', 'ru/o-nas', 'en/about']);
    expect(await getStaticPage('be', 'about')).toBeNull();
  });
});
