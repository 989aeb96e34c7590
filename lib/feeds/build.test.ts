// Feeds built by the `feed` library, read back by an independent parser (rss-parser) and checked as XML.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import type { FeedSource } from '@/lib/news/crawl';
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
