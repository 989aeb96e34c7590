// The XSS payload corpus (lib/security/payloads.ts) through every newsroom-writable field and every raw
// output, on the real databases (decision 0017). The browser half is e2e/security.xss.spec.ts.
//
// How to extend it:
// - a new writable field: store payloads in it in `fillWithPayloads` below (spread the corpus with `spread`);
// - a new output: add an `it` to "every output" that renders it from the database and checks it with
//   htmlProblems (HTML), checkXml (XML) or the JSON-LD check, and asserts the payload text comes back as text.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, expect, it } from 'vitest';
import { Highlighted } from '@/components/Highlighted';
import { RichText } from '@/components/RichText';
import { buildFeed } from '@/lib/feeds/build';
import { buildLiveFeed } from '@/lib/feeds/live';
import { richTextToHtml } from '@/lib/feeds/richtextHtml';
import { renderLiteArticle } from '@/lib/lite/articleLite';
import { liveEntryHtml } from '@/lib/live/entryHtml';
import { feedItems } from '@/lib/news/crawl';
import { getArticle, getLatestNews } from '@/lib/news/queries';
import { siteOrigin } from '@/lib/paths';
import { highlightParts, searchArticles } from '@/lib/news/search';
import { describeOnDatabases } from '@/lib/news/testing/databases';
import type { ArticleView } from '@/lib/news/types';
import type { BlockNode, BodyPicture, RichTextDoc } from '@/lib/richtext/types';
import { articleJsonLd, serializeJsonLd } from '@/lib/seo/jsonld';
import { listingsSitemapXml, newsSitemapXml } from '@/lib/seo/sitemap';
import { xmlChars } from '@/lib/xml';
import { asHtmlText, BODY_TAGS, htmlElements, htmlProblems, htmlText } from './inspect';
import { PAYLOADS } from './payloads';

/** PostgreSQL text cannot hold NUL, and a form post turns a lone surrogate into U+FFFD; the rest is stored as written. */
const storable = (s: string) => s.replace(/\u0000/g, '').toWellFormed();
/** The corpus spread over `n` strings (every payload in one of them), joined by ` · `. */
const spread = (n: number, offset = 0) =>
  Array.from({ length: n }, (_, i) =>
    PAYLOADS.filter((p) => (p.id + offset) % n === i)
      .map((p) => storable(p.text))
      .join(' · '),
  );
/** A body picture whose alt text, caption and credit hold the whole corpus between them. */
const payloadPicture = (offset: number): BodyPicture => {
  const [alt, caption, credit] = spread(3, offset);
  return { mediaId: 'payload', src: '/media/demo/river.svg', width: 1200, height: 675, alt, caption, credit };
};
/**
 * A body holding every payload as text, as a link target, as a quote's attribution, as the texts and source of
 * pictures and as embed ids.
 */
const payloadBody = (): RichTextDoc => ({
  type: 'doc',
  content: [
    ...PAYLOADS.flatMap((p): BlockNode[] => [
      { type: 'paragraph', content: [{ type: 'text', text: storable(p.text) }] },
      {
        type: 'paragraph',
        content: [{ type: 'text', text: `link ${p.id}`, marks: [{ type: 'link', attrs: { href: storable(p.text) } }] }],
      },
    ]),
    {
      type: 'blockquote',
      attrs: { cite: spread(1)[0] },
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'q' }] }],
    },
    // Pictures and galleries (decision 0027): the corpus as their texts, and as their source (never shown).
    { type: 'image', attrs: payloadPicture(0) },
    { type: 'gallery', attrs: { items: [payloadPicture(1), payloadPicture(2)] } },
    ...PAYLOADS.map((p): BlockNode => ({ type: 'image', attrs: { ...payloadPicture(0), src: storable(p.text) } })),
    // Embeds: the corpus as a stored id of each provider (never shown) beside a real one.
    { type: 'embed', attrs: { provider: 'youtube', id: 'dQw4w9WgXcQ' } },
    ...PAYLOADS.flatMap((p) =>
      (['youtube', 'telegram', 'x', 'instagram'] as const).map((provider): BlockNode => ({
        type: 'embed',
        attrs: { provider, id: storable(p.text) },
      })),
    ),
  ],
});

const LITE_TAGS = new Set([
  ...BODY_TAGS,
  'html',
  'head',
  'body',
  'meta',
  'title',
  'link',
  'style',
  'header',
  'nav',
  'main',
  'article',
  'h1',
  'time',
  'figure',
  'figcaption',
  'img',
  'section',
]);
const liteStrings = {
  siteName: 'Рэха',
  fullVersion: 'Поўная версія',
  latestNews: 'Апошнія навіны',
  languages: 'Мова',
  noTranslation: (l: string) => `Няма перакладу: ${l}`,
  languageName: (l: string) => l,
  credit: (c: string) => `Фота: ${c}`,
};

const xml = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: false,
});

/** Well-formed XML whose elements are all ones the writer puts there: names are our code's, never the text's. */
function checkXml(text: string, allowed: ReadonlySet<string>) {
  expect(XMLValidator.validate(text)).toBe(true);
  // The validator lets through characters XML forbids (U+FFFE, controls…); a strict reader rejects the whole file.
  expect(text.length - xmlChars(text).length).toBe(0);
  const names = new Set<string>();
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      if (k.startsWith('@_') || k === '#text') continue;
      names.add(k);
      visit(v);
    }
  };
  const doc = xml.parse(text);
  visit(doc);
  expect([...names].filter((n) => !allowed.has(n) && n !== '?xml')).toEqual([]);
  return doc;
}

const RSS_ELEMENTS = new Set([
  'rss',
  'channel',
  'title',
  'link',
  'description',
  'lastBuildDate',
  'docs',
  'generator',
  'language',
  'ttl',
  'image',
  'url',
  'copyright',
  'atom:link',
  'item',
  'guid',
  'pubDate',
  'content:encoded',
  'dc:creator',
  'category',
  'enclosure',
]);
const ATOM_ELEMENTS = new Set([
  'feed',
  'id',
  'title',
  'updated',
  'generator',
  'link',
  'subtitle',
  'logo',
  'icon',
  'rights',
  'entry',
  'summary',
  'content',
  'author',
  'name',
  'category',
  'published',
]);
const FEED_CONTENT_TAGS = new Set([...BODY_TAGS, 'figure', 'img']);
const textOf = (v: unknown) =>
  typeof v === 'object' && v ? String((v as Record<string, unknown>)['#text'] ?? '') : String(v ?? '');
const list = <T,>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

describeOnDatabases('the XSS payload corpus in every raw output', (database) => {
  let carriers: ArticleView[] = [];

  /** Puts the corpus into every writable text of the newest Belarusian stories and their taxonomy. */
  async function fillWithPayloads() {
    const client = database().client;
    const newest = await client.article.findMany({
      where: { locale: 'be', status: 'PUBLISHED' },
      orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
      take: 12,
      select: { id: true, slug: true, story: { select: { sectionId: true, mainMediaId: true } } },
    });
    const titles = spread(newest.length);
    const ledes = spread(newest.length, 1);
    for (const [i, a] of newest.entries())
      await client.article.update({
        where: { id: a.id },
        data: { title: titles[i], lede: ledes[i], body: payloadBody() as never },
      });
    const names = spread(40, 2);
    let n = 0;
    for (const s of await client.sectionTranslation.findMany({ where: { locale: 'be' } }))
      await client.sectionTranslation.update({ where: { id: s.id }, data: { name: names[n++ % names.length] } });
    for (const t of await client.tagTranslation.findMany({ where: { locale: 'be' } }))
      await client.tagTranslation.update({ where: { id: t.id }, data: { name: names[n++ % names.length] } });
    for (const t of await client.authorTranslation.findMany({ where: { locale: 'be' } }))
      await client.authorTranslation.update({ where: { id: t.id }, data: { name: names[n++ % names.length] } });
    for (const m of await client.mediaTranslation.findMany({ where: { locale: 'be' } }))
      await client.mediaTranslation.update({
        where: { id: m.id },
        data: { alt: names[n++ % names.length], caption: names[n++ % names.length] },
      });
    for (const m of await client.media.findMany())
      await client.media.update({ where: { id: m.id }, data: { credit: names[n++ % names.length] } });
    carriers = (await Promise.all(newest.map((a) => getArticle('be', a.slug)))).filter(
      (v): v is ArticleView => v !== null,
    );
  }

  beforeAll(fillWithPayloads, 120_000);

  it('the stories carry the whole corpus', () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(200);
    expect(carriers.length).toBeGreaterThanOrEqual(6);
    const stored = carriers.map((c) => c.title).join(' · ');
    for (const p of PAYLOADS) expect(stored).toContain(storable(p.text));
  });

  it('article body (page renderer and feed/lite renderer): nothing runs, every payload shows as text', () => {
    const body = carriers[0].body;
    for (const html of [renderToStaticMarkup(<RichText doc={body} locale="be" />), richTextToHtml(body)]) {
      expect(htmlProblems(html, { allowedTags: BODY_TAGS })).toEqual([]);
      const text = htmlText(html);
      for (const p of PAYLOADS) expect(text).toContain(asHtmlText(storable(p.text)));
      // Links: only the safe ones survive, and none of them leaves the site without rel=noopener.
      for (const a of htmlElements(html).filter((e) => e.tag === 'a'))
        expect(a.attrs.rel ?? 'site').toMatch(/noopener noreferrer|site/);
      // Pictures: only the site's own file, the corpus in alt text; embeds: only the one real one.
      const imgs = htmlElements(html).filter((e) => e.tag === 'img');
      expect(imgs.map((i) => new URL(i.attrs.src, siteOrigin()).href)).toEqual(
        Array(3).fill(`${siteOrigin()}/media/demo/river.svg`),
      );
      expect(imgs.map((i) => i.attrs.alt).join(' · ')).toBe(
        [0, 1, 2].map((o) => asHtmlText(payloadPicture(o).alt)).join(' · '),
      );
      expect(htmlElements(html).filter((e) => e.attrs.class === 'body-embed')).toHaveLength(1);
    }
  });

  it('live-blog entry (the markup of the updates JSON, decision 0033): nothing runs; title, author and body read as text', () => {
    const allowed = new Set([...BODY_TAGS, 'article', 'h3', 'time', 'a', 'span', 'p']);
    for (const [i, article] of carriers.entries()) {
      const html = liveEntryHtml(
        {
          id: `entry${i}`,
          title: article.title,
          authorName: article.lede,
          body: article.body,
          publishedAt: article.publishedAt,
          pinned: i % 2 === 0,
          keyEvent: i % 3 === 0,
        },
        'be',
        { pinned: article.lede, keyEvent: article.title, permalink: article.title },
      );
      expect(htmlProblems(html, { allowedTags: allowed })).toEqual([]);
      expect(htmlElements(html).find((e) => e.tag === 'h3')!.text).toBe(asHtmlText(article.title));
      expect(htmlText(html)).toContain(asHtmlText(article.lede));
    }
  });

  it("a live blog's feed (decision 0033): only Atom elements; titles, names and bodies show the text as text", () => {
    const entries = carriers.map((article, i) => ({
      id: `entry${i}`,
      // Every other entry untitled: its title is the start of its body's text.
      title: i % 2 === 0 ? article.title : null,
      authorName: article.lede,
      body: article.body,
      publishedAt: new Date(article.publishedAt.getTime() - i * 60_000),
      pinned: false,
      keyEvent: false,
    }));
    const blog = { title: carriers[0].title, slug: carriers[0].slug, lede: carriers[0].lede };
    const feed = checkXml(buildLiveFeed('be', blog, entries).xml, ATOM_ELEMENTS).feed;
    for (const field of [feed.title, feed.subtitle, feed.rights])
      expect(htmlProblems(textOf(field), { allowedTags: new Set() })).toEqual([]);
    expect(htmlText(textOf(feed.subtitle))).toBe(asHtmlText(xmlChars(blog.lede)));
    const atomEntries = list(feed.entry) as Record<string, unknown>[];
    expect(atomEntries).toHaveLength(entries.length);
    atomEntries.forEach((entry, i) => {
      expect(htmlProblems(textOf(entry.title), { allowedTags: new Set() })).toEqual([]);
      if (entries[i].title) expect(htmlText(textOf(entry.title))).toBe(asHtmlText(xmlChars(entries[i].title!)));
      expect((list(entry.author) as { name: unknown }[])[0].name).toBe(xmlChars(entries[i].authorName));
      expect(htmlProblems(textOf(entry.content), { allowedTags: FEED_CONTENT_TAGS })).toEqual([]);
    });
    const shown = htmlText(textOf(atomEntries[0].content));
    for (const p of PAYLOADS) expect(shown).toContain(asHtmlText(xmlChars(storable(p.text))));
  });

  it('lite page: no element or handler from the text; headline, lede and credits read back as text', () => {
    for (const article of carriers) {
      const html = renderLiteArticle(article, [], liteStrings);
      expect(htmlProblems(html, { allowedTags: LITE_TAGS, document: true })).toEqual([]);
      const els = htmlElements(html, true);
      expect(els.find((e) => e.tag === 'h1')!.text).toBe(asHtmlText(article.title));
      expect(els.find((e) => e.tag === 'title')!.text.startsWith(asHtmlText(article.title))).toBe(true);
      expect(els.find((e) => e.tag === 'meta' && e.attrs.name === 'description')!.attrs.content).toBe(
        asHtmlText(article.lede),
      );
      expect(els.find((e) => e.tag === 'p' && e.attrs.class === 'lede')!.text).toBe(asHtmlText(article.lede));
    }
  });

  it('JSON-LD: `</script>` cannot end the element; the JSON round-trips every text', () => {
    for (const article of carriers) {
      const html = `<!doctype html><html><head>${articleJsonLd(article)
        .map((d) => `<script type="application/ld+json">${serializeJsonLd(d)}</script>`)
        .join('')}</head><body></body></html>`;
      const scripts = htmlElements(html, true).filter((e) => e.tag === 'script');
      expect(htmlElements(html, true).map((e) => e.tag)).toEqual(['html', 'head', 'script', 'script', 'body']);
      const [news, crumbs] = scripts.map((s) => JSON.parse(s.text));
      expect(news.headline).toBe(article.title);
      expect(news.description).toBe(article.lede);
      expect(news.author.map((a: { name: string }) => a.name)).toEqual(article.authors.map((a) => a.name));
      if (article.section) expect(news.articleSection).toBe(article.section.name);
      if (article.image?.caption) expect(news.image[0].caption).toBe(article.image.caption);
      expect(crumbs.itemListElement.at(-1).name).toBe(article.title);
    }
  });

  it('RSS and Atom (language and section feeds): only our elements; text fields round-trip; HTML fields show the text as text', async () => {
    const byId = new Map(carriers.map((c) => [c.id, c]));
    const sources = [await feedItems('be'), await feedItems('be', carriers[0].section!.slug)];
    for (const source of sources) {
      const rss = checkXml(buildFeed('be', 'rss', source!).xml, RSS_ELEMENTS).rss.channel;
      for (const item of list(rss.item) as Record<string, unknown>[]) {
        const row = source!.items.find((i) => i.title === item.title || xmlChars(i.title) === item.title);
        expect(row, String(item.title)).toBeDefined();
        expect(item.title).toBe(xmlChars(row!.title));
        expect(list(item['dc:creator'])).toEqual(row!.authors.map(xmlChars));
        expect(htmlProblems(String(item.description), { allowedTags: new Set() })).toEqual([]);
        expect(htmlText(String(item.description))).toBe(asHtmlText(xmlChars(row!.lede)));
        const content = String(item['content:encoded']);
        expect(htmlProblems(content, { allowedTags: FEED_CONTENT_TAGS })).toEqual([]);
        if (byId.has(row!.id)) {
          const shown = htmlText(content);
          for (const p of PAYLOADS) expect(shown).toContain(asHtmlText(xmlChars(storable(p.text))));
        }
      }
      const atom = checkXml(buildFeed('be', 'atom', source!).xml, ATOM_ELEMENTS).feed;
      for (const field of [atom.title, atom.subtitle, atom.rights])
        expect(htmlProblems(textOf(field), { allowedTags: new Set() })).toEqual([]);
      for (const entry of list(atom.entry) as Record<string, unknown>[]) {
        const row = source!.items.find((i) => htmlText(textOf(entry.title)) === asHtmlText(xmlChars(i.title)));
        expect(row, textOf(entry.title)).toBeDefined();
        for (const field of [entry.title, entry.summary])
          expect(htmlProblems(textOf(field), { allowedTags: new Set() })).toEqual([]);
        expect(htmlText(textOf(entry.summary))).toBe(asHtmlText(xmlChars(row!.lede)));
        expect(htmlProblems(textOf(entry.content), { allowedTags: FEED_CONTENT_TAGS })).toEqual([]);
      }
    }
  });

  it('sitemaps: well-formed, only sitemap elements, news titles round-trip', async () => {
    const news = checkXml(
      await newsSitemapXml('be'),
      new Set([
        'urlset',
        'url',
        'loc',
        'news:news',
        'news:publication',
        'news:name',
        'news:language',
        'news:publication_date',
        'news:title',
      ]),
    );
    const titles = list(news.urlset.url).map(
      (u) => (u as Record<string, Record<string, unknown>>)['news:news']['news:title'],
    );
    const recent = carriers.filter((c) => c.publishedAt.getTime() > Date.now() - 47 * 3600_000);
    expect(recent.length).toBeGreaterThan(0);
    for (const c of recent) expect(titles).toContain(xmlChars(c.title));
    checkXml(await listingsSitemapXml('be'), new Set(['urlset', 'url', 'loc', 'lastmod', 'changefreq', 'xhtml:link']));
  });

  it('search results: highlighted headlines and snippets render as text with <mark> only', async () => {
    let hits = 0;
    for (const word of ['script', 'onerror', 'svg', 'javascript', 'img']) {
      const result = await searchArticles('be', word);
      for (const hit of result.hits) {
        hits++;
        for (const headline of [hit.title, hit.snippet]) {
          const html = renderToStaticMarkup(<Highlighted text={headline} />);
          expect(htmlProblems(html, { allowedTags: new Set(['mark', 'span']) })).toEqual([]);
          expect(htmlText(html)).toBe(
            asHtmlText(
              highlightParts(headline)
                .map((p) => p.text)
                .join(''),
            ),
          );
        }
      }
    }
    expect(hits).toBeGreaterThan(0);
  });

  it('latest-news headlines (front page, lite page list) come back from the database unchanged', async () => {
    const latest = await getLatestNews('be', 12);
    for (const c of carriers) expect(latest.map((l) => l.title)).toContain(c.title);
  });
});
