// The updates JSON's markup of an entry (decision 0033): the page's component, every hostile text escaped, links
// through the body's link rules, nothing that runs.
import { describe, expect, it } from 'vitest';
import type { LiveEntryView } from '@/lib/news/live';
import { liveEntryHtml } from './entryHtml';

const labels = { pinned: 'Замацавана', keyEvent: 'Галоўная падзея', permalink: 'Спасылка' };
const payload = '<img src=x onerror=alert(1)><script>alert(1)</script>"\'&';

const entry = (over: Partial<LiveEntryView> = {}): LiveEntryView => ({
  id: 'entry1',
  title: null,
  authorName: 'Рэдакцыя',
  publishedAt: new Date('2025-09-05T13:41:00Z'),
  pinned: false,
  keyEvent: false,
  body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Тэкст.' }] }] },
  ...over,
});

describe('liveEntryHtml', () => {
  it('writes the entry with its anchor, Minsk time, author, marks and permalink', () => {
    const html = liveEntryHtml(entry({ pinned: true, keyEvent: true, title: 'Загаловак' }), 'be', labels);
    expect(html).toMatch(/^<article id="entry-entry1"/);
    expect(html).toContain('<time dateTime="2025-09-05T13:41:00.000Z">5.09.2025, 16:41</time>');
    expect(html).toContain('Рэдакцыя');
    expect(html).toContain('Замацавана');
    expect(html).toContain('Галоўная падзея');
    expect(html).toContain('<h3');
    expect(html).toContain('href="/be/live/entry1"');
  });

  it('escapes hostile titles, names and body text; drops javascript: links', () => {
    const html = liveEntryHtml(
      entry({
        title: payload,
        authorName: payload,
        body: {
          type: 'doc',
          content: [
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: payload },
                { type: 'text', text: 'спасылка', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
              ],
            },
          ],
        },
      }),
      'be',
      labels,
    );
    expect(html).not.toMatch(/<img|<script|javascript:/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;');
  });
});
