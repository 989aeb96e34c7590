// What a feed reader sees: RSS and Atom per language and per section.
import Parser from 'rss-parser';
import { expect, test } from '@playwright/test';
import { slugOf, storyInAllLanguages } from './fixtures';
import { sections } from '../prisma/seed/taxonomy';
import { LOCALES, getXml } from './crawl';

test.describe('feeds', () => {
  const parser = new Parser();

  for (const l of LOCALES) {
    test(`${l}: RSS and Atom parse in an independent parser, with stable ids and images`, async ({ request }) => {
      const rss = await getXml(request, `/${l}/feed/rss.xml`);
      const atom = await getXml(request, `/${l}/feed/atom.xml`);
      const r = await parser.parseString(rss.text);
      const a = await parser.parseString(atom.text);
      expect(r.items.length).toBeGreaterThanOrEqual(10);
      expect(a.items.map((i) => i.id)).toEqual(r.items.map((i) => i.guid));
      expect(rss.doc.rss.channel.language).toBe(l);
      // Atom has no <language> element: the feed declares its language with xml:lang.
      expect(atom.doc.feed['@_xml:lang']).toBe(l);
      for (const item of r.items) {
        expect(item.link).toMatch(new RegExp(`/${l}/news/`));
        expect(item.guid).toMatch(/^tag:/);
        expect(item['content:encoded']).toContain('<p>');
        expect(item['content:encoded']).not.toMatch(/<script/i);
      }
      expect(r.items.some((i) => i.enclosure?.url && /^image\//.test(i.enclosure.type ?? ''))).toBe(true);
      expect((await request.get(r.items[0].link!, { maxRedirects: 0 })).status()).toBe(200);
      // Fetched again: same ids.
      const again = await parser.parseString(await (await request.get(`/${l}/feed/rss.xml`)).text());
      expect(again.items.map((i) => i.guid)).toEqual(r.items.map((i) => i.guid));
    });
  }

  test('section feeds hold only that section; unknown sections are 404; pages advertise their feeds', async ({
    request,
  }) => {
    const section = storyInAllLanguages.section;
    const html = await (await request.get(`/en/news/${slugOf(storyInAllLanguages, 'en')}`)).text();
    const feeds = [
      ...html.matchAll(/<link rel="alternate" type="application\/(rss|atom)\+xml" href="([^"]+)" title="([^"]+)"/g),
    ];
    expect(feeds.map((f) => f[1]).sort()).toEqual(['atom', 'atom', 'rss', 'rss']);
    const sectionFeed = feeds.find((f) => f[1] === 'rss' && f[2].includes('/feed/section/'))![2];
    const parsed = await parser.parseString(await (await request.get(sectionFeed)).text());
    const sectionName = sections.find((x) => x.key === section)!.translations.en.name;
    expect(parsed.items.length).toBeGreaterThan(0);
    for (const item of parsed.items) expect(item.categories, item.link).toEqual([sectionName]);
    for (const f of feeds) expect((await request.get(f[2])).status(), f[2]).toBe(200);
    expect((await request.get('/en/feed/section/no-such-section/rss.xml')).status()).toBe(404);
    expect((await request.get('/de/feed/rss.xml')).status()).toBe(404);
  });
});
