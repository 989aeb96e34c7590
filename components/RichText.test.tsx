import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { richTextToHtml } from '@/lib/feeds/richtextHtml';
import { siteOrigin } from '@/lib/paths';
import { markupToDoc } from '@/lib/richtext/markup';
import { htmlElements } from '@/lib/security/inspect';
import type { RichTextDoc } from '@/lib/richtext/types';
import { RichText } from './RichText';

describe('RichText', () => {
  it('renders subheadings, quotes with attribution, lists and safe links', () => {
    const html = renderToStaticMarkup(
      <RichText
        doc={markupToDoc('## Навіны\n\n> Цытата\n> — Іван\n\n- a\n- b\n\nLink [here](https://example.org/x).')}
        locale="be"
      />,
    );
    expect(html).toContain('<h2><span>Навіны</span></h2>');
    expect(html).toContain('<blockquote><p><span>Цытата</span></p><footer>— Іван</footer></blockquote>');
    expect(html).toContain('<ul><li><span><span>a</span></span></li><li><span><span>b</span></span></li></ul>');
    expect(html).toContain('<a href="https://example.org/x" rel="noopener noreferrer">here</a>');
  });

  it('renders a script payload as text and drops unknown nodes and unsafe links', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: '<script>alert(1)</script>' }] },
        { type: 'html', content: '<img src=x onerror=alert(1)>' },
        {
          type: 'paragraph',
          content: [{ type: 'text', text: 'click', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }],
        },
        { type: 'heading', attrs: { level: 1, onclick: 'x' }, content: [{ type: 'text', text: 'h' }] },
      ],
    } as unknown as RichTextDoc;
    const html = renderToStaticMarkup(<RichText doc={doc} locale="en" />);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('onerror');
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('onclick');
    expect(html).toContain('<span>click</span>');
  });
});

describe('the page and feed renderers follow one link rule', () => {
  const hrefs = [
    'https://example.org/x',
    'mailto:desk@example.org',
    '/be/news/a',
    '#top',
    'javascript:alert(1)',
    '/\\evil.example',
    '/\t/evil.example',
    '//evil.example',
    'data:text/html,x',
  ];
  const doc = {
    type: 'doc',
    content: hrefs.map((href, i) => ({
      type: 'paragraph',
      content: [{ type: 'text', text: `link ${i}`, marks: [{ type: 'link', attrs: { href } }] }],
    })),
  } as RichTextDoc;
  /** Each link as [text, absolute href, rel]. */
  const links = (html: string) =>
    htmlElements(html)
      .filter((e) => e.tag === 'a')
      .map((a) => [a.text, new URL(a.attrs.href, siteOrigin()).href, a.attrs.rel ?? null]);

  it('same links, same targets, rel="noopener noreferrer" on each off-site one', () => {
    const page = links(renderToStaticMarkup(<RichText doc={doc} locale="en" />));
    const feed = links(richTextToHtml(doc));
    expect(page).toEqual(feed);
    expect(page).toEqual([
      ['link 0', 'https://example.org/x', 'noopener noreferrer'],
      ['link 1', 'mailto:desk@example.org', 'noopener noreferrer'],
      ['link 2', `${siteOrigin()}/be/news/a`, null],
    ]);
  });
});
