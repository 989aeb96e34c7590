import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { demoContent as demoStories, isPublished } from '@/prisma/seed/content';
import { describeOnDatabases, SEED_NOW } from './testing/databases';
import {
  belarusianStem,
  highlightParts,
  MARK_END,
  MARK_START,
  normalizeQuery,
  queryWords,
  SEARCH_MAX_CHARS,
  SEARCH_PAGE_SIZE,
  searchArticles,
} from './search';

describe('query handling (no database)', () => {
  it('normalizes: trims, collapses whitespace, drops control characters, caps the length', () => {
    expect(normalizeQuery('  школа \n\t  Мінск  ')).toBe('школа Мінск');
    expect(normalizeQuery(`a\u0000b${MARK_START}c`)).toBe('a b c');
    expect(normalizeQuery('я'.repeat(5000))).toHaveLength(SEARCH_MAX_CHARS);
    expect(normalizeQuery(undefined)).toBe('');
    expect(normalizeQuery(['x'])).toBe('');
  });

  it('keeps only words of letters and digits, lower-cased, at most 8', () => {
    expect(queryWords(`'); DROP TABLE "Article"; --`)).toEqual(['drop', 'table', 'article']);
    expect(queryWords('&|!:* <> ()')).toEqual([]);
    expect(queryWords('<script>alert(1)</script>')).toEqual(['script', 'alert', '1']);
    expect(queryWords('a b c d e f g h i j')).toHaveLength(8);
    // Split at the apostrophe, as PostgreSQL's parser does with the indexed text.
    expect(queryWords('Аб’яднанне ЎЗБЕРАЖЭННЕ')).toEqual(['аб', 'яднанне', 'ўзберажэнне']);
  });

  it('cuts a Belarusian ending to a stem that prefixes the other forms', () => {
    for (const form of ['школа', 'школы', 'школе', 'школу', 'школай', 'школамі', 'школах'])
      expect(belarusianStem(form)).toBe('школ');
    expect(belarusianStem('беларускія')).toBe('беларуск');
    expect(belarusianStem('кніг')).toBe('кніг');
    expect(belarusianStem('ля')).toBe('ля');
    expect(belarusianStem('2025')).toBe('2025');
  });

  it('splits highlights into text parts; markup in the text stays text', () => {
    const h = `<b>x</b> ${MARK_START}школа${MARK_END} & ${MARK_START}<img src=x>${MARK_END}`;
    expect(highlightParts(h)).toEqual([
      { text: '<b>x</b> ', match: false },
      { text: 'школа', match: true },
      { text: ' & ', match: false },
      { text: '<img src=x>', match: true },
    ]);
  });
});

const titlesOf = (hits: { title: string }[]) =>
  hits.map((h) => h.title.replaceAll(MARK_START, '').replaceAll(MARK_END, '')).sort();

describeOnDatabases('search', () => {
  it('be: школы, школа, школе, школу and школамі find the same stories, all Belarusian, with the words marked', async () => {
    const results = await Promise.all(
      ['школы', 'школа', 'школе', 'школу', 'школамі'].map((q) => searchArticles('be', q, 1, SEED_NOW)),
    );
    expect(results[0].total).toBeGreaterThan(2);
    for (const r of results) expect(titlesOf(r.hits)).toEqual(titlesOf(results[0].hits));
    const beTitles = new Set(demoStories.filter((s) => isPublished(s, 'be')).map((s) => s.versions.be!.title));
    for (const hit of results[0].hits) expect(beTitles.has(titlesOf([hit])[0])).toBe(true);
    // A story with the word in its title ranks above one with it only in the text.
    expect(results[0].hits[0].title).toContain(MARK_START);
    expect(results[0].hits.some((h) => h.snippet.includes(`${MARK_START}школ`))).toBe(true);
  });

  it('be: a Łacinka query and a classical-spelling query find a story written in official Cyrillic, marked', async () => {
    const story = demoStories.find((s) => isPublished(s, 'be') && s.versions.be!.title.includes('моўны клуб'));
    const title = story!.versions.be!.title;
    for (const q of ['Kaviarnia kłub', 'kaviarnia klub', 'моўны клюб зьбірае', 'МОЎНЫ КЛЮБ', 'moŭny kłub']) {
      const result = await searchArticles('be', q, 1, SEED_NOW);
      expect(titlesOf(result.hits), q).toContain(title);
      const hit = result.hits.find((h) => titlesOf([h])[0] === title)!;
      expect(hit.title, q).toContain(MARK_START);
    }
    // The spellings find exactly what the official spelling finds.
    const official = await searchArticles('be', 'моўны клуб', 1, SEED_NOW);
    const latin = await searchArticles('be', 'moŭny kłub', 1, SEED_NOW);
    expect(titlesOf(latin.hits)).toEqual(titlesOf(official.hits));
  });

  it('ru and en use stemming: школы/школе and schools/school find the same stories', async () => {
    const [ru1, ru2, en1, en2] = await Promise.all([
      searchArticles('ru', 'школы', 1, SEED_NOW),
      searchArticles('ru', 'школе', 1, SEED_NOW),
      searchArticles('en', 'schools', 1, SEED_NOW),
      searchArticles('en', 'school', 1, SEED_NOW),
    ]);
    expect(ru1.total).toBeGreaterThan(2);
    expect(titlesOf(ru1.hits)).toEqual(titlesOf(ru2.hits));
    expect(en1.total).toBeGreaterThan(2);
    expect(titlesOf(en1.hits)).toEqual(titlesOf(en2.hits));
  });

  it('only published versions in the asked language are found', async () => {
    const draft = demoStories.flatMap((s) =>
      (['be', 'ru', 'en'] as const).filter((l) => s.versions[l]?.draft).map((l) => ({ l, v: s.versions[l]! })),
    )[0];
    const r = await searchArticles(draft.l, draft.v.title, 1, SEED_NOW);
    expect(titlesOf(r.hits)).not.toContain(draft.v.title);
    const en = await searchArticles('en', 'школа', 1, SEED_NOW);
    expect(en.total).toBe(0);
  });

  it('a deleted language version is not found, even while its status still says published', async () => {
    const story = demoStories.find(
      (s) => isPublished(s, 'en') && isPublished(s, 'be') && s.versions.en!.title.split(' ').length > 5,
    )!;
    const title = story.versions.en!.title;
    expect(titlesOf((await searchArticles('en', title, 1, SEED_NOW)).hits)).toContain(title);
    const article = await db().article.findFirstOrThrow({ where: { locale: 'en', title } });
    await db().article.update({ where: { id: article.id }, data: { deletedAt: SEED_NOW } });
    try {
      expect(titlesOf((await searchArticles('en', title, 1, SEED_NOW)).hits)).not.toContain(title);
    } finally {
      await db().article.update({ where: { id: article.id }, data: { deletedAt: null } });
    }
  });

  it('hostile, empty and huge queries give a normal, empty answer and change nothing', async () => {
    const before = await db().article.count();
    for (const q of [
      `'); DROP TABLE "Article"; --`,
      '<script>alert(1)</script>',
      '&|!:*',
      '',
      '   ',
      '"',
      '!!!',
      'x'.repeat(100_000),
      "школ:* | !'",
      '\\',
    ]) {
      for (const locale of ['be', 'ru', 'en'] as const) {
        const r = await searchArticles(locale, q, 1, SEED_NOW);
        expect(r.hits.every((h) => !h.title.includes('<script'))).toBe(true);
        expect(r.query.length).toBeLessThanOrEqual(SEARCH_MAX_CHARS);
      }
    }
    expect((await searchArticles('en', '&|!:*')).searched).toBe(false);
    expect(await db().article.count()).toBe(before);
  });

  it('paginates: page 2 holds the rest, a page past the end is empty but knows the total', async () => {
    const p1 = await searchArticles('en', 'city', 1, SEED_NOW);
    expect(p1.total).toBeGreaterThan(SEARCH_PAGE_SIZE);
    expect(p1.hits).toHaveLength(SEARCH_PAGE_SIZE);
    const p2 = await searchArticles('en', 'city', 2, SEED_NOW);
    expect(p2.hits).toHaveLength(Math.min(SEARCH_PAGE_SIZE, p1.total - SEARCH_PAGE_SIZE));
    expect(new Set([...p1.hits, ...p2.hits].map((h) => h.id)).size).toBe(p1.hits.length + p2.hits.length);
    const past = await searchArticles('en', 'city', p1.pageCount + 1, SEED_NOW);
    expect(past.hits).toHaveLength(0);
    expect(past.total).toBe(p1.total);
    // Ranked: scores never increase down the list.
    const ranks = [...p1.hits, ...p2.hits].map((h) => h.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });

  it('ranks only the newest matches: beyond the limit the total is a lower bound and deeper pages are empty', async () => {
    const all = await searchArticles('en', 'city', 1, SEED_NOW);
    expect(all.more).toBe(false);
    expect(all.total).toBeGreaterThan(4);
    const capped = await searchArticles('en', 'city', 1, SEED_NOW, { maxResults: 4 });
    expect(capped).toMatchObject({ total: 4, more: true, pageCount: 1 });
    expect(capped.hits).toHaveLength(4);
    // The four are the newest matches (then ranked among themselves).
    const byDate = [...(await searchArticles('en', 'city', 1, SEED_NOW, { maxResults: all.total })).hits];
    const datesCapped = capped.hits.map((h) => h.publishedAt.getTime()).sort((a, b) => b - a);
    const allDates = byDate.map((h) => h.publishedAt.getTime()).sort((a, b) => b - a);
    expect(datesCapped).toEqual(allDates.slice(0, 4));
    const ranks = capped.hits.map((h) => h.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect((await searchArticles('en', 'city', 2, SEED_NOW, { maxResults: 4 })).hits).toEqual([]);
  });

  it('a broad query walks the newest stories, a narrow one uses the index: both find the same hits', async () => {
    for (const [locale, q] of [
      ['be', 'школа'],
      ['en', 'city'],
      ['ru', 'школа'],
    ] as const) {
      const viaIndex = await searchArticles(locale, q, 1, SEED_NOW, { probeSize: 100_000, maxResults: 4 });
      // A probe of the newest 3 stories: one match among them makes the query "broad" (a walk of the newest 50).
      const viaWalk = await searchArticles(locale, q, 1, SEED_NOW, { probeSize: 3, maxResults: 4 });
      expect(viaIndex.more).toBe(true);
      expect(viaWalk.hits, `${locale} ${q}`).toEqual(viaIndex.hits);
      expect(viaWalk.total).toBe(viaIndex.total);
    }
  });

  it('the GIN index on the search vector serves the match (plan with sequential scans disabled)', async () => {
    const plan = await db().$transaction(async (tx) => {
      await tx.$executeRawUnsafe('SET LOCAL enable_seqscan = off');
      return tx.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(
        `EXPLAIN SELECT "id" FROM "Article" WHERE "searchVector" @@ to_tsquery('simple', 'школ:*')`,
      );
    });
    expect(plan.map((r) => r['QUERY PLAN']).join('\n')).toContain('Article_searchVector_idx');
  });

  it('the search vector follows edits (the trigger) and never sees body markup', async () => {
    const article = await db().article.findFirstOrThrow({ where: { locale: 'en', status: 'PUBLISHED' } });
    await db().article.update({
      where: { id: article.id },
      data: {
        body: {
          type: 'doc',
          content: [
            {
              type: 'paragraph',
              content: [
                {
                  type: 'text',
                  text: 'Quokkas visited the zygomorphic garden.',
                  marks: [{ type: 'link', attrs: { href: 'https://example.org/paragraph' } }],
                },
              ],
            },
          ],
        },
      },
    });
    const hit = await searchArticles('en', 'zygomorphic quokka', 1, SEED_NOW);
    expect(hit.hits.map((h) => h.id)).toEqual([article.id]);
    // Node types and link targets are not indexed text.
    const markup = await searchArticles('en', 'zygomorphic paragraph', 1, SEED_NOW);
    expect(markup.total).toBe(0);
  });

  it('be: a story written in classical spelling or in Łacinka is found by an official Cyrillic query', async () => {
    const [classical, latin] = await db().article.findMany({
      where: { locale: 'be', status: 'PUBLISHED', deletedAt: null },
      orderBy: { publishedAt: 'desc' },
      take: 2,
    });
    await db().article.update({ where: { id: classical.id }, data: { title: 'Сьнежны плян для Эўропы' } });
    await db().article.update({ where: { id: latin.id }, data: { lede: 'Zialony kłub adkryŭsia ŭ Biełastoku.' } });
    const a = await searchArticles('be', 'снежны план Еўропы', 1, SEED_NOW);
    expect(a.hits.map((h) => h.id)).toEqual([classical.id]);
    const b = await searchArticles('be', 'зялёны клуб Беластоку', 1, SEED_NOW);
    expect(b.hits.map((h) => h.id)).toEqual([latin.id]);
  });
});
