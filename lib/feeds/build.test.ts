// Feeds built by lib/feeds/build.ts, read back by an independent parser (rss-parser) and checked as XML.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import type { FeedSource } from '@/lib/news/crawl';
import { BODY_TAGS, htmlElements, htmlProblems, htmlText } from '@/lib/security/inspect';
import { articleGuid, buildFeed } from './build';

const source: FeedSource = {
  section: { name: 'Культура', slug: 'kultura' },
  items: [
    {
      id: 'art-1',
      storyId: 's1',
      slug: 'pershy',
      title: 'Першы <загаловак> & ]]>',
      lede: 'Лід',
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Тэкст ]]> <b>' }] }] },
      publishedAt: new Date('2026-11-28T10:00:00Z'),
      contentUpdatedAt: new Date('2026-11-28T11:00:00Z'),
      updatedAt: new Date('2026-11-28T11:05:00Z'),
      section: 'Культура',
      authors: ['Алеся'],
      image: { file: '/brand/logo.png', mimeType: 'image/png', alt: 'Лагатып' },
    },
    {
      id: 'art-2',
      storyId: 's2',
      slug: 'druhi',
      title: 'Другі',
      lede: 'Лід 2',
      body: { type: 'doc', content: [] },
      publishedAt: new Date('2026-11-27T10:00:00Z'),
      contentUpdatedAt: new Date('2026-11-27T10:00:00Z'),
      updatedAt: new Date('2026-11-27T10:00:00Z'),
      section: 'Культура',
      authors: [],
      image: null,
    },
  ],
};

describe('feeds', () => {
  it('RSS 2.0 parses, with stable guids, full content, enclosures and the section in the title', async () => {
    const { xml, updated } = buildFeed('be', 'rss', source);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(updated).toEqual(new Date('2026-11-28T11:05:00Z'));
    const feed = await new Parser().parseString(xml);
    expect(feed.title).toBe('Рэха — Культура');
    expect(feed.link).toMatch(/\/be\/section\/kultura$/);
    expect(feed.items).toHaveLength(2);
    const [first] = feed.items;
    expect(first.title).toBe('Першы <загаловак> & ]]>');
    expect(first.guid).toBe(articleGuid('art-1'));
    expect(first.link).toMatch(/\/be\/news\/pershy$/);
    expect(new Date(first.pubDate!).toISOString()).toBe('2026-11-28T10:00:00.000Z');
    expect(first['content:encoded']).toContain('Тэкст ]]&gt; &lt;b&gt;');
    expect(first.enclosure).toMatchObject({ type: 'image/png', url: expect.stringMatching(/\/brand\/logo\.png$/) });
    expect(Number(first.enclosure!.length)).toBeGreaterThan(1000); // the real file size from public/
    const raw = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(raw.rss['@_version']).toBe('2.0');
    expect(raw.rss.channel.language).toBe('be');
  });

  it('Atom parses, with the same ids and the last change as <updated>', async () => {
    const { xml } = buildFeed('be', 'atom', source);
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = await new Parser().parseString(xml);
    expect(feed.items.map((i) => i.id)).toEqual([articleGuid('art-1'), articleGuid('art-2')]);
    const raw = new XMLParser({ ignoreAttributes: false }).parse(xml);
    expect(raw.feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    // The feed declares its language, as the RSS feed does in <language>.
    expect(raw.feed['@_xml:lang']).toBe('be');
    expect(
      new XMLParser({ ignoreAttributes: false }).parse(buildFeed('ru', 'atom', source).xml).feed['@_xml:lang'],
    ).toBe('ru');
    expect(raw.feed.entry[0].updated).toBe('2026-11-28T11:00:00.000Z');
    expect(raw.feed.entry[0].published).toBe('2026-11-28T10:00:00.000Z');
    const links = [raw.feed.entry[0].link].flat();
    expect(links.some((l: Record<string, string>) => l['@_rel'] === 'enclosure')).toBe(true);
  });

  it('the same data gives byte-identical XML (so the ETag is stable), a change gives another', () => {
    expect(buildFeed('en', 'rss', source).xml).toBe(buildFeed('en', 'rss', source).xml);
    const edited = { ...source, items: [{ ...source.items[0], title: 'Edited' }, source.items[1]] };
    expect(buildFeed('en', 'rss', edited).xml).not.toBe(buildFeed('en', 'rss', source).xml);
  });
});

// Headline, lede, names and image text are plain text: in every feed field they must reach a reader as that
// text, whether the field is plain text (RSS title, categories, names) or HTML (decision 0017).
describe('feeds cannot be turned into markup by newsroom text', () => {
  const hostile = [
    '<img src=x onerror=alert(1)>',
    ']]>]]><x:script xmlns:x="http://www.w3.org/1999/xhtml">alert(1)</x:script>',
    '</title><script>alert(1)</script> ]]> & "q"',
  ];
  const hostileSource: FeedSource = {
    section: { name: `Рубрыка ${hostile[0]}`, slug: 'kultura' },
    items: hostile.map((h, i) => ({
      ...source.items[0],
      id: `h-${i}`,
      title: h,
      lede: `Лід ${h}`,
      section: `Раздзел ${h}`,
      authors: [`Аўтар ${h}`],
      image: { file: '/brand/logo.png', mimeType: 'image/png', alt: `Подпіс ${h}` },
    })),
  };
  /** Child element names (whitespace between elements is not one; any other text would be). */
  const children = (node: Record<string, unknown>) =>
    Object.keys(node)
      .filter((k) => !k.startsWith('@_') && !(k === '#text' && !String(node[k]).trim()))
      .sort();
  const parser = new XMLParser({
    ignoreAttributes: false,
    parseTagValue: false,
    trimValues: false,
    isArray: (name) => ['item', 'entry', 'dc:creator', 'author', 'link'].includes(name),
  });

  it('RSS: only the expected elements, plain-text fields round-trip, HTML fields render the text as text', () => {
    const { xml } = buildFeed('be', 'rss', hostileSource);
    expect(XMLValidator.validate(xml)).toBe(true);
    const channel = parser.parse(xml).rss.channel;
    expect(channel.title).toBe(`Рэха — Рубрыка ${hostile[0]}`);
    channel.item.forEach((item: Record<string, unknown>, i: number) => {
      expect(children(item)).toEqual([
        'category',
        'content:encoded',
        'dc:creator',
        'description',
        'enclosure',
        'guid',
        'link',
        'pubDate',
        'title',
      ]);
      expect(item.title).toBe(hostile[i]);
      expect(item.category).toBe(`Раздзел ${hostile[i]}`);
      expect(item['dc:creator']).toEqual([`Аўтар ${hostile[i]}`]);
      // HTML fields: rendered as HTML they show the text, and hold no element it spelled.
      expect(htmlProblems(item.description as string, { allowedTags: new Set() })).toEqual([]);
      expect(htmlText(item.description as string)).toBe(`Лід ${hostile[i]}`);
      const content = item['content:encoded'] as string;
      expect(htmlProblems(content, { allowedTags: new Set([...BODY_TAGS, 'figure', 'img']) })).toEqual([]);
      expect(htmlElements(content).find((e) => e.tag === 'img')!.attrs.alt).toBe(`Подпіс ${hostile[i]}`);
      expect(htmlElements(content).find((e) => e.tag === 'strong')!.text).toBe(`Лід ${hostile[i]}`);
    });
  });

  it('Atom: only the expected elements; title, summary and subtitle are HTML that shows the text', () => {
    const { xml } = buildFeed('be', 'atom', hostileSource);
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = parser.parse(xml).feed;
    for (const field of [feed.title, feed.subtitle]) {
      expect(field['@_type']).toBe('html');
      expect(htmlProblems(field['#text'], { allowedTags: new Set() })).toEqual([]);
    }
    expect(htmlText(feed.title['#text'])).toBe(`Рэха — Рубрыка ${hostile[0]}`);
    feed.entry.forEach((entry: Record<string, Record<string, string> & Record<string, unknown>>, i: number) => {
      expect(children(entry)).toEqual([
        'author',
        'category',
        'content',
        'id',
        'link',
        'published',
        'summary',
        'title',
        'updated',
      ]);
      expect(entry.title['@_type']).toBe('html');
      expect(htmlProblems(entry.title['#text'], { allowedTags: new Set() })).toEqual([]);
      expect(htmlText(entry.title['#text'])).toBe(hostile[i]);
      expect(htmlText(entry.summary['#text'])).toBe(`Лід ${hostile[i]}`);
      expect(htmlProblems(entry.content['#text'], { allowedTags: new Set([...BODY_TAGS, 'figure', 'img']) })).toEqual(
        [],
      );
      expect((entry.author as unknown as { name: string }[]).map((a) => a.name)).toEqual([`Аўтар ${hostile[i]}`]);
      expect(entry.category['@_term']).toBe(`Раздзел ${hostile[i]}`);
    });
  });

  it('no CDATA section anywhere, so no `]]>` in the text can end one', () => {
    for (const format of ['rss', 'atom'] as const)
      expect(buildFeed('be', format, hostileSource).xml).not.toContain('<![CDATA[');
  });
});
