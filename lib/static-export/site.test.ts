// The static copy's pages with the XSS corpus in every text the newsroom writes (decision 0017), and the link
// rewriting that makes the copy relative.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { ArticleView } from '@/lib/news/types';
import { absoluteUrl } from '@/lib/paths';
import { asHtmlText, htmlProblems, htmlText } from '@/lib/security/inspect';
import { xmlChars } from '@/lib/xml';
import { packPayloads, PAYLOADS } from '@/lib/security/payloads';
import { atomFeed, files, frontPage, LinkMap, sectionPage } from './site';

const PAGE_TAGS = new Set([
  'html', 'head', 'meta', 'title', 'link', 'style', 'body', 'header', 'nav', 'ul', 'li', 'a', 'strong', 'main',
  'h1', 'h2', 'p', 'span', 'time', 'br', 'section', 'footer',
]); // prettier-ignore

const titles = packPayloads(300);
const ledes = packPayloads(2000);
const stories = titles.map((title, i) => {
  const article = {
    id: `a${i}`,
    storyId: `s${i}`,
    locale: 'en',
    slug: `story-${i}`,
    title,
    lede: ledes[i % ledes.length],
    body: { type: 'doc', content: [] },
    publishedAt: new Date('2026-01-01T10:00:00Z'),
    updatedAt: new Date('2026-01-01T11:00:00Z'),
    section: { name: PAYLOADS[0].text, slug: 'world' },
    tags: [],
    authors: [],
    image: null,
    translatedFrom: null,
    translations: [{ locale: 'en', slug: `story-${i}` }],
  } as ArticleView;
  return { article, file: files.article('en', article.slug, article.id) };
});

function linksFor() {
  const links = new LinkMap();
  links.add('/en', files.front('en'));
  links.add('/en/feed/atom.xml', files.feed('en'));
  links.add('/en/section/world', 'en/section/world.html');
  for (const s of stories) links.add(`/en/news/${s.article.slug}/lite`, s.file);
  return links;
}

describe('static copy pages', () => {
  it('carry every payload as text, never as markup', () => {
    const links = linksFor();
    const section = { name: PAYLOADS[1].text, slug: 'world' };
    const pages = [
      frontPage('en', stories, [section], links, new Date(), 'https://rekha.example'),
      sectionPage('en', 'en/section/world.html', section, stories, links),
    ];
    for (const html of pages) {
      expect(htmlProblems(html, { allowedTags: PAGE_TAGS, document: true })).toEqual([]);
      const text = htmlText(html);
      // A NUL in element text is dropped by the parser (HTML's "in body" rule), not replaced.
      for (const title of titles) expect(text).toContain(asHtmlText(title.replace(/\u0000/g, '')));
    }
  });

  it('writes a well-formed Atom feed whose texts round-trip', () => {
    const xml = atomFeed('en', stories, linksFor(), new Date());
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({
      ignoreAttributes: false,
      isArray: (n) => n === 'entry',
      trimValues: false,
      parseTagValue: false,
      htmlEntities: true,
    }).parse(xml);
    expect(doc.feed.entry.map((e: { title: string }) => e.title)).toEqual(titles.map(xmlChars));
    expect(doc.feed.entry[0].link['@_href']).toBe('../news/story-0.html');
  });
});

describe('LinkMap', () => {
  const links = new LinkMap();
  links.add('/be', 'be/index.html');
  links.add('/be/news/a/lite', 'be/news/a.html');
  links.add('/ru/news/b/lite', 'ru/news/b.html');

  it('makes links between exported files relative, and names the primary for everything else', () => {
    expect(links.href('be/news/a.html', '/be')).toBe('../index.html');
    expect(links.href('be/news/a.html', '/ru/news/b/lite')).toBe('../../ru/news/b.html');
    expect(links.href('be/index.html', '/be/news/a/lite#top')).toBe('news/a.html#top');
    expect(links.href('be/news/a.html', '/be/news/a/lite#top')).toBe('#top');
    expect(links.href('be/news/a.html', '/be/news/a')).toBe(absoluteUrl('/be/news/a'));
  });

  it('rewrites site-relative href and src attributes only, entities included', () => {
    const html =
      '<a href="/be">x</a><a href="https://example.org/">y</a><a href="//evil.example/">z</a>' +
      '<img src="/be/news/a/lite"><a href="/be/search?q=a&amp;page=2">s</a>';
    expect(links.rewrite(html, 'be/index.html')).toBe(
      '<a href="index.html">x</a><a href="https://example.org/">y</a><a href="//evil.example/">z</a>' +
        `<img src="news/a.html"><a href="${absoluteUrl('/be/search?q=a&amp;page=2')}">s</a>`,
    );
  });
});
